import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"

type VillageStatus = "effective" | "struggling" | "at_risk" | "dormant"
type Village = {
  id: string
  name: string
  commune: string
  crafts: string[]
  households: number
  workers: number
  workers_trained: number
  households_env_compliant: number
  status: VillageStatus
}

const STATUS_LABEL: Record<VillageStatus, string> = {
  effective: "Hoạt động hiệu quả",
  struggling: "Khó khăn",
  at_risk: "Có nguy cơ mai một",
  dormant: "Ngừng hoạt động",
}
const STATUS_COLOR: Record<VillageStatus, "green" | "orange" | "red" | "grey"> = {
  effective: "green",
  struggling: "orange",
  at_risk: "red",
  dormant: "grey",
}
const FIGURES = [
  ["households", "Số hộ"],
  ["households_env_compliant", "Hộ đạt chuẩn môi trường"],
  ["workers", "Lao động"],
  ["workers_trained", "Lao động được đào tạo"],
] as const

/** One village's yearly figures and status, edited by an officer. */
const EditVillage = ({ village }: { village: Village }) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState(() => ({ ...village }))
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/craft-villages/${village.id}`, {
        method: "POST",
        body: {
          status: form.status,
          ...Object.fromEntries(FIGURES.map(([key]) => [key, Number(form[key])])),
        },
      }),
    onSuccess: () => {
      toast.success(`Đã lưu: ${village.name}`)
      queryClient.invalidateQueries({ queryKey: ["craft-villages"] })
      setOpen(false)
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <Drawer open={open} onOpenChange={(o) => (setOpen(o), o && setForm({ ...village }))}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Sửa số liệu
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{village.name}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          {FIGURES.map(([key, label]) => (
            <div key={key} className="flex flex-col gap-y-1">
              <Label htmlFor={`${village.id}-${key}`}>{label}</Label>
              <Input
                id={`${village.id}-${key}`}
                type="number"
                min={0}
                value={String(form[key])}
                onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value as unknown as number }))}
              />
            </div>
          ))}
          <div className="flex flex-col gap-y-1">
            <Label>Tình trạng</Label>
            <Select value={form.status} onValueChange={(v) => setForm((f) => ({ ...f, status: v as VillageStatus }))}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {(Object.keys(STATUS_LABEL) as VillageStatus[]).map((s) => (
                  <Select.Item key={s} value={s}>
                    {STATUS_LABEL[s]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary">Huỷ</Button>
          </Drawer.Close>
          <Button isLoading={save.isPending} onClick={() => save.mutate()}>
            Lưu
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** The province's craft-village register: figures, status, and editing. */
const CraftVillagesPage = () => {
  const [q, setQ] = useState("")
  const { data, isLoading, error } = useQuery({
    queryKey: ["craft-villages", q],
    queryFn: () =>
      sdk.client.fetch<{ craft_villages: Village[]; count: number }>("/admin/craft-villages", {
        query: { q: q || undefined, limit: 100, order: "name" },
      }),
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Làng nghề</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Số liệu hằng năm của các làng nghề được công nhận.
          </Text>
        </div>
        <Input type="search" size="small" placeholder="Tìm làng nghề" aria-label="Tìm làng nghề" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Làng nghề</Table.HeaderCell>
              <Table.HeaderCell>Xã/phường</Table.HeaderCell>
              <Table.HeaderCell>Hộ (đạt chuẩn MT)</Table.HeaderCell>
              <Table.HeaderCell>Lao động (đào tạo)</Table.HeaderCell>
              <Table.HeaderCell>Tình trạng</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {isLoading && (
              <Table.Row>
                <Table.Cell>Đang tải…</Table.Cell>
              </Table.Row>
            )}
            {data?.craft_villages.map((v) => (
              <Table.Row key={v.id}>
                <Table.Cell>{v.name}</Table.Cell>
                <Table.Cell>{v.commune}</Table.Cell>
                <Table.Cell>
                  {v.households} ({v.households_env_compliant})
                </Table.Cell>
                <Table.Cell>
                  {v.workers} ({v.workers_trained})
                </Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLOR[v.status]}>{STATUS_LABEL[v.status]}</Badge>
                </Table.Cell>
                <Table.Cell>
                  <EditVillage village={v} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Làng nghề", icon: MapPin })

export default CraftVillagesPage
