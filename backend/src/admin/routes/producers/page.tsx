import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Input, Table, Tabs, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { TablePages } from "../../components/table-pages"
import { sdk } from "../../lib/sdk"
import { LEGAL_KIND_LABEL, STATUS_COLOR, STATUS_LABEL, type AdminProducer, type ProducerStatus } from "../../lib/producers"

const PAGE_SIZE = 20
const TABS: ProducerStatus[] = ["pending", "approved", "rejected", "suspended"]

/** Producers and their applications: the officers' review queue. */
const ProducersPage = () => {
  const [status, setStatus] = useState<ProducerStatus>("pending")
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)
  const { data, isLoading, error } = useQuery({
    queryKey: ["producers", status, q, page],
    queryFn: () =>
      sdk.client.fetch<{ producers: AdminProducer[]; count: number }>("/admin/producers", {
        query: { status, q: q || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE, order: "-created_at" },
      }),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Người bán</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Duyệt hồ sơ đăng ký bán hàng, tạm ngừng hoặc cho bán lại.
          </Text>
        </div>
        <Input
          type="search"
          size="small"
          placeholder="Tìm theo tên"
          aria-label="Tìm người bán theo tên"
          value={q}
          onChange={(e) => {
            setQ(e.target.value)
            setPage(0)
          }}
        />
      </div>
      <Tabs value={status} onValueChange={(v) => (setStatus(v as ProducerStatus), setPage(0))}>
        <Tabs.List className="px-6 py-2">
          {TABS.map((s) => (
            <Tabs.Trigger key={s} value={s}>
              {STATUS_LABEL[s]}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tên</Table.HeaderCell>
              <Table.HeaderCell>Loại hình</Table.HeaderCell>
              <Table.HeaderCell>Làng nghề</Table.HeaderCell>
              <Table.HeaderCell>Ngày đăng ký</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {isLoading && (
              <Table.Row>
                <Table.Cell>Đang tải…</Table.Cell>
              </Table.Row>
            )}
            {data?.producers.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>
                  <Link to={`/producers/${p.id}`} className="text-ui-fg-interactive">
                    {p.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{LEGAL_KIND_LABEL[p.legal_kind]}</Table.Cell>
                <Table.Cell>{p.craft_village?.name ?? "—"}</Table.Cell>
                <Table.Cell>{new Date(p.created_at).toLocaleDateString("vi-VN")}</Table.Cell>
                <Table.Cell>
                  <Badge color={STATUS_COLOR[p.status]}>{STATUS_LABEL[p.status]}</Badge>
                </Table.Cell>
              </Table.Row>
            ))}
            {data && !data.producers.length && (
              <Table.Row>
                <Table.Cell>Không có hồ sơ nào.</Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      )}
      <TablePages count={data?.count ?? 0} pageSize={PAGE_SIZE} page={page} onPage={setPage} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Người bán", icon: BuildingStorefront })

export default ProducersPage
