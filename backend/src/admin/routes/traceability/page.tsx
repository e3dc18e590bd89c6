import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Scan } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

type Summary = {
  codes: Record<string, number>
  lots: number
  events: number
  scans: { total: number; last_7_days: number }
  producers: { producer_id: string; name: string; scan_count: number }[]
}

const vn = new Intl.NumberFormat("vi-VN")

const FIGURES: [string, (s: Summary) => number][] = [
  ["Mã sản phẩm", (s) => s.codes.product ?? 0],
  ["Lô hàng", (s) => s.lots],
  ["Sê-ri từng sản phẩm", (s) => s.codes.unit ?? 0],
  ["Sự kiện truy xuất", (s) => s.events],
  ["Lượt quét", (s) => s.scans.total],
  ["Lượt quét 7 ngày qua", (s) => s.scans.last_7_days],
]

/** Traceability totals for trade officers: codes issued, lots, events, and scans per producer. */
const TraceabilityPage = () => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["trace-summary"],
    queryFn: () => sdk.client.fetch<Summary>("/admin/trace/summary"),
  })
  const top = data?.producers ?? []
  const max = Math.max(1, ...top.map((p) => p.scan_count))
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Truy xuất nguồn gốc</Heading>
        <Text className="text-ui-fg-subtle" size="small">
          Mã QR đã phát hành, lô hàng và lượt người tiêu dùng quét nhãn.
        </Text>
      </div>
      {isLoading && <Text className="px-6 py-4">Đang tải…</Text>}
      {error && <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>}
      {data && (
        <>
          <dl className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-3">
            {FIGURES.map(([label, value]) => (
              <div key={label}>
                <dt className="text-ui-fg-subtle txt-small">{label}</dt>
                <dd className="txt-xlarge-plus">{vn.format(value(data))}</dd>
              </div>
            ))}
          </dl>
          <div className="px-6 py-4">
            <Heading level="h2">Lượt quét theo cơ sở</Heading>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Cơ sở</Table.HeaderCell>
                  <Table.HeaderCell>Lượt quét</Table.HeaderCell>
                  <Table.HeaderCell aria-hidden>&nbsp;</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {top.map((p) => (
                  <Table.Row key={p.producer_id}>
                    <Table.Cell>{p.name}</Table.Cell>
                    <Table.Cell>{vn.format(p.scan_count)}</Table.Cell>
                    <Table.Cell>
                      <div aria-hidden className="h-2 rounded bg-ui-tag-blue-icon" style={{ width: `${(p.scan_count / max) * 100}%`, minWidth: 2 }} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Truy xuất nguồn gốc", icon: Scan })

export default TraceabilityPage
