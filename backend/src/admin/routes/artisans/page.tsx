import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"

type Title = "tho_gioi" | "nghe_nhan" | "nghe_nhan_uu_tu" | "nghe_nhan_nhan_dan"
type Artisan = {
  id: string
  name: string
  title: Title
  title_year: number | null
  ethnic_group: string
  craft_village: { name: string } | null
  producer: { name: string } | null
}

const TITLE_LABEL: Record<Title, string> = {
  tho_gioi: "Thợ giỏi",
  nghe_nhan: "Nghệ nhân",
  nghe_nhan_uu_tu: "Nghệ nhân ưu tú",
  nghe_nhan_nhan_dan: "Nghệ nhân nhân dân",
}

/** One row: the title and the year it was conferred, editable in place. */
const ArtisanRow = ({ artisan }: { artisan: Artisan }) => {
  const [title, setTitle] = useState<Title>(artisan.title)
  const [year, setYear] = useState(artisan.title_year ? String(artisan.title_year) : "")
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/artisans/${artisan.id}`, { method: "POST", body: { title, title_year: year ? Number(year) : null } }),
    onSuccess: () => {
      toast.success(`Đã lưu: ${artisan.name}`)
      queryClient.invalidateQueries({ queryKey: ["artisans"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <Table.Row>
      <Table.Cell>{artisan.name}</Table.Cell>
      <Table.Cell>{artisan.ethnic_group}</Table.Cell>
      <Table.Cell>{artisan.craft_village?.name ?? "—"}</Table.Cell>
      <Table.Cell>
        <Label htmlFor={`title-${artisan.id}`} className="sr-only">
          Danh hiệu của {artisan.name}
        </Label>
        <Select value={title} onValueChange={(v) => setTitle(v as Title)}>
          <Select.Trigger id={`title-${artisan.id}`}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(Object.keys(TITLE_LABEL) as Title[]).map((t) => (
              <Select.Item key={t} value={t}>
                {TITLE_LABEL[t]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Table.Cell>
      <Table.Cell>
        <Input aria-label={`Năm phong tặng của ${artisan.name}`} type="number" size="small" value={year} onChange={(e) => setYear(e.target.value)} />
      </Table.Cell>
      <Table.Cell>
        <Button size="small" variant="secondary" isLoading={save.isPending} onClick={() => save.mutate()}>
          Lưu
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}

/** Honoured artisans of the province's craft villages. */
const ArtisansPage = () => {
  const [q, setQ] = useState("")
  const { data, isLoading, error } = useQuery({
    queryKey: ["artisans", q],
    queryFn: () => sdk.client.fetch<{ artisans: Artisan[] }>("/admin/artisans", { query: { q: q || undefined, limit: 100 } }),
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Nghệ nhân</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Danh hiệu và năm phong tặng của thợ giỏi, nghệ nhân.
          </Text>
        </div>
        <Input type="search" size="small" placeholder="Tìm nghệ nhân" aria-label="Tìm nghệ nhân" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Họ tên</Table.HeaderCell>
              <Table.HeaderCell>Dân tộc</Table.HeaderCell>
              <Table.HeaderCell>Làng nghề</Table.HeaderCell>
              <Table.HeaderCell>Danh hiệu</Table.HeaderCell>
              <Table.HeaderCell>Năm</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {isLoading && (
              <Table.Row>
                <Table.Cell>Đang tải…</Table.Cell>
              </Table.Row>
            )}
            {data?.artisans.map((a) => <ArtisanRow key={a.id} artisan={a} />)}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Nghệ nhân", icon: Sparkles })

export default ArtisansPage
