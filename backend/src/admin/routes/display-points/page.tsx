import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { DISPLAY_POINT_KIND_LABEL, type AdminCatalog, type AdminDisplayPoint, type DisplayPointKind } from "../../lib/promotion"
import { sdk } from "../../lib/sdk"

const NONE = "none"

const useCatalogs = () =>
  useQuery({ queryKey: ["catalogs"], queryFn: () => sdk.client.fetch<{ catalogs: AdminCatalog[] }>("/admin/catalogs") })

/** Which catalog a point shows; changing it changes what its printed poster opens, without reprinting. */
const CatalogChoice = ({ value, onChange, id }: { value: string | null; onChange: (id: string | null) => void; id: string }) => {
  const catalogs = useCatalogs()
  return (
    <Select value={value ?? NONE} onValueChange={(v) => onChange(v === NONE ? null : v)}>
      <Select.Trigger id={id} aria-label="Danh mục trưng bày">
        <Select.Value placeholder="Chọn danh mục" />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={NONE}>Chưa trưng bày danh mục nào</Select.Item>
        {(catalogs.data?.catalogs ?? []).map((c) => (
          <Select.Item key={c.id} value={c.id}>
            {c.title}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

const EMPTY = { name: "", handle: "", kind: "market_stall" as DisplayPointKind, address: "", commune: "", province: "Tuyên Quang", catalog_id: null as string | null }

const NewDisplayPoint = () => {
  const [form, setForm] = useState(EMPTY)
  const queryClient = useQueryClient()
  const create = useMutation({
    mutationFn: () => sdk.client.fetch("/admin/display-points", { method: "POST", body: form }),
    onSuccess: () => {
      toast.success("Đã thêm điểm trưng bày; in áp phích để dán tại điểm")
      setForm(EMPTY)
      queryClient.invalidateQueries({ queryKey: ["display-points"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const field = (key: "name" | "handle" | "address" | "commune" | "province", label: string) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`point-${key}`} size="small">
        {label}
      </Label>
      <Input id={`point-${key}`} size="small" value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </div>
  )
  return (
    <form
      className="flex flex-wrap items-end gap-2 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        create.mutate()
      }}
    >
      {field("name", "Tên điểm")}
      {field("handle", "Đường dẫn (chữ thường, gạch nối)")}
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="point-kind" size="small">
          Loại điểm
        </Label>
        <Select value={form.kind} onValueChange={(kind) => setForm({ ...form, kind: kind as DisplayPointKind })}>
          <Select.Trigger id="point-kind">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {Object.entries(DISPLAY_POINT_KIND_LABEL).map(([key, label]) => (
              <Select.Item key={key} value={key}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {field("address", "Địa chỉ")}
      {field("commune", "Xã/phường")}
      {field("province", "Tỉnh")}
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="point-catalog" size="small">
          Danh mục
        </Label>
        <CatalogChoice id="point-catalog" value={form.catalog_id} onChange={(catalog_id) => setForm({ ...form, catalog_id })} />
      </div>
      <Button size="small" type="submit" disabled={!form.name.trim() || !form.handle.trim() || create.isPending}>
        Thêm điểm
      </Button>
    </form>
  )
}

const PointRow = ({ point }: { point: AdminDisplayPoint }) => {
  const queryClient = useQueryClient()
  const change = useMutation({
    mutationFn: (catalog_id: string | null) => sdk.client.fetch(`/admin/display-points/${point.id}`, { method: "POST", body: { catalog_id } }),
    onSuccess: () => {
      toast.success(`Đã đổi danh mục của ${point.name}`)
      queryClient.invalidateQueries({ queryKey: ["display-points"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <Table.Row>
      <Table.Cell>
        <Text size="small" weight="plus">
          {point.name}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {[point.address, point.commune, point.province].join(", ")}
        </Text>
      </Table.Cell>
      <Table.Cell>{DISPLAY_POINT_KIND_LABEL[point.kind]}</Table.Cell>
      <Table.Cell>
        <CatalogChoice id={`catalog-${point.id}`} value={point.catalog?.id ?? null} onChange={(id) => change.mutate(id)} />
      </Table.Cell>
      <Table.Cell>{point.scan_count.toLocaleString("vi-VN")}</Table.Cell>
      <Table.Cell>
        {point.active ? <Badge color="green">Đang hoạt động</Badge> : <Badge color="grey">Tạm dừng</Badge>}
      </Table.Cell>
      <Table.Cell>
        <a href={`/admin/display-points/${point.id}/poster`} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
          Áp phích A4 (PDF)
        </a>
      </Table.Cell>
    </Table.Row>
  )
}

/** Market stalls, shops, rest stops and tourist sites that show a catalog through a QR poster. */
const DisplayPointsPage = () => {
  const { data, isLoading } = useQuery({
    queryKey: ["display-points"],
    queryFn: () => sdk.client.fetch<{ display_points: AdminDisplayPoint[] }>("/admin/display-points"),
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Điểm trưng bày</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Mỗi điểm có một áp phích A4 với mã QR mở danh mục đang trưng bày; mỗi lượt quét được đếm.
        </Text>
      </div>
      <NewDisplayPoint />
      {isLoading ? (
        <Text className="px-6 py-4">Đang tải…</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Điểm</Table.HeaderCell>
              <Table.HeaderCell>Loại</Table.HeaderCell>
              <Table.HeaderCell>Danh mục</Table.HeaderCell>
              <Table.HeaderCell>Lượt quét</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              <Table.HeaderCell>In</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.display_points ?? []).map((p) => (
              <PointRow key={p.id} point={p} />
            ))}
            {data && !data.display_points.length && (
              <Table.Row>
                <Table.Cell>Chưa có điểm trưng bày nào.</Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Điểm trưng bày", icon: Buildings })

export default DisplayPointsPage
