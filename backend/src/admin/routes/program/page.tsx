import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import {
  formatCount,
  formatPercent,
  formatVnd,
  KPI_STATUS_COLOR,
  KPI_STATUS_LABEL,
  monthlySeries,
  monthsOf,
  perMonth,
  totalsBy,
  type ImportError,
  type KpiGroup,
  type MonthlySeries,
  type ProgramDashboard,
} from "../../lib/program"
import { sdk } from "../../lib/sdk"

const PLAN_YEARS = Array.from({ length: 10 }, (_, i) => 2021 + i)
const thisYear = () => Math.min(2030, Math.max(2021, new Date(Date.now() + 7 * 3600_000).getUTCFullYear()))

/** Twelve monthly bars with their values written under each, for people who would rather look than read. */
const MonthBars = ({ title, year, values, format }: { title: string; year: number; values: number[]; format: (n: number) => string }) => {
  const max = Math.max(1, ...values)
  const months = monthsOf(year)
  return (
    <figure className="flex flex-col gap-y-2">
      <figcaption>
        <Text size="small" weight="plus">
          {title}
        </Text>
      </figcaption>
      <svg viewBox="0 0 600 160" role="img" aria-label={`${title}: ${values.map((v, i) => `tháng ${i + 1} ${format(v)}`).join(", ")}`} className="w-full">
        {values.map((v, i) => {
          const h = Math.round((v / max) * 120)
          return (
            <g key={months[i]}>
              <rect x={i * 50 + 8} y={130 - h} width={34} height={h} fill="#1f5d4a" rx={3} />
              <text x={i * 50 + 25} y={148} textAnchor="middle" fontSize="11" fill="#555">
                T{i + 1}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}

/** Colours of the stacked series, the last (grey) for the rest. */
const SERIES_COLORS = ["#1f5d4a", "#c0762b", "#3a6ea5", "#8a4f7d", "#b8a13a"]
const REST_COLOR = "#9aa0a6"

type SalesDimension = "craft" | "ocop_stars" | "village"
const DIMENSIONS: { value: SalesDimension; label: string }[] = [
  { value: "craft", label: "Theo nghề" },
  { value: "ocop_stars", label: "Theo số sao OCOP" },
  { value: "village", label: "Theo làng (5 làng doanh số cao nhất)" },
]

/** The year's VND sales per month, split by craft, OCOP stars or village, drawn as stacked bars. */
const SalesOverTime = ({ data }: { data: ProgramDashboard }) => {
  const [dimension, setDimension] = useState<SalesDimension>("craft")
  const { year, sales, labels } = data
  const series: { label: string; line: MonthlySeries }[] = (() => {
    const name = (line: MonthlySeries, of: (key: string) => string) => ({ label: line.rest ? "Còn lại" : of(line.key), line })
    if (dimension === "craft")
      return monthlySeries(year, sales.by_craft, "vnd", (p) => p.craft ?? "", 5).map((l) => name(l, (k) => (k ? labels.crafts[k]?.vi ?? k : "Chưa xếp nghề")))
    if (dimension === "ocop_stars")
      return monthlySeries(year, sales.by_ocop_stars, "vnd", (p) => String(p.ocop_stars ?? 0), 5).map((l) => name(l, (k) => (k === "0" ? "Chưa có OCOP" : `${k} sao`)))
    return monthlySeries(year, sales.by_village, "vnd", (p) => p.village_handle ?? "", 5).map((l) => name(l, (k) => (k ? labels.villages[k] ?? k : "Chưa gắn làng")))
  })()
  const months = monthsOf(year)
  const monthTotals = months.map((_, i) => series.reduce((sum, s) => sum + s.line.values[i], 0))
  const max = Math.max(1, ...monthTotals)
  const colorOf = (i: number, line: MonthlySeries) => (line.rest ? REST_COLOR : SERIES_COLORS[i % SERIES_COLORS.length])
  const title = `Doanh số qua sàn năm ${year} theo thời gian (VND), ${DIMENSIONS.find((d) => d.value === dimension)!.label.toLowerCase()}`
  return (
    <Container className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <Heading level="h2">Doanh số theo thời gian</Heading>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="sales-dimension" size="small">
            Chia theo
          </Label>
          <Select value={dimension} onValueChange={(v) => setDimension(v as SalesDimension)}>
            <Select.Trigger id="sales-dimension">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {DIMENSIONS.map((d) => (
                <Select.Item key={d.value} value={d.value}>
                  {d.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {series.length === 0 ? (
        <Text size="small">Chưa có doanh số bằng VND trong năm {year}.</Text>
      ) : (
        <figure className="flex flex-col gap-y-2">
          <svg viewBox="0 0 600 160" role="img" aria-label={`${title}: ${series.map((s) => `${s.label} ${formatVnd(s.line.total)}`).join(", ")}`} className="w-full">
            {months.map((month, i) => {
              let top = 130
              return (
                <g key={month}>
                  {series.map((s, j) => {
                    const h = (s.line.values[i] / max) * 120
                    top -= h
                    return h > 0 ? <rect key={j} x={i * 50 + 8} y={top} width={34} height={h} fill={colorOf(j, s.line)} /> : null
                  })}
                  <text x={i * 50 + 25} y={148} textAnchor="middle" fontSize="11" fill="#555">
                    T{i + 1}
                  </text>
                </g>
              )
            })}
          </svg>
          <figcaption className="flex flex-wrap gap-x-4 gap-y-1">
            {series.map((s, j) => (
              <Text key={j} size="small" className="flex items-center gap-1">
                <span aria-hidden="true" style={{ display: "inline-block", width: 10, height: 10, background: colorOf(j, s.line) }} />
                {s.label}: {formatVnd(s.line.total)}
              </Text>
            ))}
          </figcaption>
          <details>
            <summary className="text-ui-fg-interactive cursor-pointer text-sm">Xem bảng số liệu theo tháng</summary>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Tháng</Table.HeaderCell>
                  {series.map((s, j) => (
                    <Table.HeaderCell key={j}>{s.label}</Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {months.map((month, i) => (
                  <Table.Row key={month}>
                    <Table.Cell>Tháng {i + 1}</Table.Cell>
                    {series.map((s, j) => (
                      <Table.Cell key={j}>{formatVnd(s.line.values[i])}</Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </details>
        </figure>
      )}
    </Container>
  )
}

const GroupTable = ({ title, groups, label }: { title: string; groups: KpiGroup[]; label: (key: string | null) => string }) => {
  const pct = (g: KpiGroup, id: string) => formatPercent(g.kpis.find((k) => k.id === id)?.value.percent ?? null)
  return (
    <div className="flex flex-col gap-y-2">
      <Heading level="h2">{title}</Heading>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{title.startsWith("Theo xã") ? "Xã/phường" : "Nghề"}</Table.HeaderCell>
            <Table.HeaderCell>Số làng</Table.HeaderCell>
            <Table.HeaderCell>Hoạt động hiệu quả</Table.HeaderCell>
            <Table.HeaderCell>Có sản phẩm OCOP</Table.HeaderCell>
            <Table.HeaderCell>Có nhãn được bảo hộ</Table.HeaderCell>
            <Table.HeaderCell>Lao động được đào tạo</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {groups.map((g) => (
            <Table.Row key={g.key ?? "none"}>
              <Table.Cell>{label(g.key)}</Table.Cell>
              <Table.Cell>{g.village_count}</Table.Cell>
              <Table.Cell>{pct(g, "villages_effective")}</Table.Cell>
              <Table.Cell>{pct(g, "villages_with_ocop_product")}</Table.Cell>
              <Table.Cell>{pct(g, "villages_with_protected_mark")}</Table.Cell>
              <Table.Cell>{pct(g, "workers_trained")}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** Village figures from a spreadsheet: checked first (nothing written), then imported whole or not at all. */
const VillageImport = () => {
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<ImportError[]>([])
  const [summary, setSummary] = useState<string | null>(null)
  const queryClient = useQueryClient()
  const send = async (dryRun: boolean) => {
    if (!file) return
    setBusy(true)
    setErrors([])
    setSummary(null)
    try {
      const body = new FormData()
      body.append("file", file)
      const res = await fetch(`/admin/program/village-import${dryRun ? "?dry_run=true" : ""}`, { method: "POST", body, credentials: "include" })
      const data = await res.json()
      if (!res.ok) {
        setErrors(data.errors ?? [])
        toast.error(data.message ?? "Không nhập được tệp")
        return
      }
      const text = `${dryRun ? "Kiểm tra xong: sẽ cập nhật" : "Đã cập nhật"} ${data.updated} làng, ${data.unchanged} làng không đổi (${data.changes.length} ô thay đổi).`
      setSummary(text)
      toast.success(text)
      if (!dryRun) queryClient.invalidateQueries({ queryKey: ["program-dashboard"] })
    } catch (e) {
      toast.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Container className="flex flex-col gap-y-3">
      <Heading level="h2">Nhập số liệu làng nghề từ bảng tính</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Tệp XLSX hoặc CSV theo mẫu. Mọi dòng được kiểm tra; nếu có một lỗi, không dòng nào được nhập. Mỗi thay đổi được ghi vào nhật ký.
      </Text>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="village-import-file" size="small">
            Tệp số liệu
          </Label>
          <input id="village-import-file" type="file" accept=".xlsx,.csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <Button size="small" variant="secondary" disabled={!file || busy} onClick={() => send(true)}>
          Kiểm tra
        </Button>
        <Button size="small" disabled={!file || busy} onClick={() => send(false)}>
          Nhập
        </Button>
        <a className="text-ui-fg-interactive text-sm" href="/admin/program/village-import/template?format=xlsx">
          Tải tệp mẫu (XLSX)
        </a>
      </div>
      {summary && <Text size="small">{summary}</Text>}
      {errors.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Dòng</Table.HeaderCell>
              <Table.HeaderCell>Cột</Table.HeaderCell>
              <Table.HeaderCell>Lỗi</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {errors.map((e, i) => (
              <Table.Row key={i}>
                <Table.Cell>{e.row ?? "—"}</Table.Cell>
                <Table.Cell>{e.column ? `${e.column.letter} (${e.column.header})` : "—"}</Table.Cell>
                <Table.Cell>{e.message_vi}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

/** The province plan's targets computed from live data, with sales and scans, for trade officers. */
const ProgramPage = () => {
  const [year, setYear] = useState(thisYear())
  const { data, isLoading, error } = useQuery({
    queryKey: ["program-dashboard", year],
    queryFn: () => sdk.client.fetch<ProgramDashboard>("/admin/program/dashboard", { query: { year } }),
  })
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <Heading level="h1">Chương trình làng nghề</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Các chỉ tiêu của kế hoạch bảo tồn và phát triển làng nghề 2021–2030, tính từ dữ liệu hiện có{data ? ` (đến ngày ${data.as_of})` : ""}.
          </Text>
        </div>
        <div className="flex items-end gap-2">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="program-year" size="small">
              Năm
            </Label>
            <Select value={String(year)} onValueChange={(v) => setYear(Number(v))}>
              <Select.Trigger id="program-year">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {PLAN_YEARS.map((y) => (
                  <Select.Item key={y} value={String(y)}>
                    {y}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <a className="text-ui-fg-interactive text-sm" href={`/admin/program/report?year=${year}&format=xlsx`}>
            Báo cáo năm (XLSX)
          </a>
          <a className="text-ui-fg-interactive text-sm" href={`/admin/program/report?year=${year}&format=pdf`}>
            Báo cáo năm (PDF)
          </a>
        </div>
      </Container>
      {isLoading && <Container>Đang tính…</Container>}
      {error && <Container>{(error as Error).message}</Container>}
      {data && (
        <>
          <Container className="flex flex-col gap-y-2">
            <Heading level="h2">Chỉ tiêu ({data.village_count} làng nghề được công nhận)</Heading>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Chỉ tiêu</Table.HeaderCell>
                  <Table.HeaderCell>Hiện tại</Table.HeaderCell>
                  <Table.HeaderCell>Mục tiêu</Table.HeaderCell>
                  <Table.HeaderCell>Đánh giá</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.kpis.map((k) => (
                  <Table.Row key={k.id}>
                    <Table.Cell>{k.label.vi}</Table.Cell>
                    <Table.Cell>
                      {formatPercent(k.value.percent)} ({formatCount(k.value.numerator)}/{formatCount(k.value.denominator)})
                    </Table.Cell>
                    <Table.Cell>{k.target?.wording.vi ?? "Theo dõi"}</Table.Cell>
                    <Table.Cell>
                      <Badge color={KPI_STATUS_COLOR[k.status]}>{KPI_STATUS_LABEL[k.status]}</Badge>
                      {k.gap && (
                        <Text size="xsmall" className="text-ui-fg-subtle">
                          {k.gap.message.vi}
                        </Text>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            {data.data_errors.length > 0 && (
              <Text size="small" className="text-ui-fg-error">
                Số liệu mâu thuẫn, chưa tính: {data.data_errors.map((e) => `${e.village}: ${e.message.vi}`).join("; ")}
              </Text>
            )}
          </Container>
          <Container className="grid gap-4 lg:grid-cols-2">
            <MonthBars
              title={`Doanh số qua sàn năm ${year} (VND)`}
              year={year}
              values={perMonth(year, data.sales.by_village.filter((p) => p.currency_code === "vnd"), (p) => p.revenue)}
              format={formatVnd}
            />
            <MonthBars title={`Lượt quét mã truy xuất năm ${year} (${formatCount(data.scans.total)})`} year={year} values={perMonth(year, data.scans.by_month, (p) => p.scans)} format={formatCount} />
            <div className="flex flex-col gap-y-1">
              <Text size="small" weight="plus">
                Doanh số theo số sao OCOP (VND)
              </Text>
              {totalsBy(data.sales.by_ocop_stars, "vnd", (p) => (p.ocop_stars ? `${p.ocop_stars} sao` : "Chưa có OCOP")).map((row) => (
                <Text key={row.key} size="small">
                  {row.key}: {formatVnd(row.revenue)}
                </Text>
              ))}
            </div>
            <div className="flex flex-col gap-y-1">
              <Text size="small" weight="plus">
                Nghề và làng có nguy cơ mai một
              </Text>
              {data.at_risk.crafts.length === 0 && <Text size="small">Không có.</Text>}
              {data.at_risk.crafts.map((c) => (
                <Text key={c.craft} size="small">
                  {c.craft}: {[...c.at_risk, ...c.dormant].join(", ")}
                </Text>
              ))}
            </div>
          </Container>
          <SalesOverTime data={data} />
          <Container className="flex flex-col gap-y-4">
            <GroupTable title="Theo xã/phường" groups={data.by_commune} label={(k) => k ?? "Chưa có xã"} />
            <GroupTable title="Theo nghề" groups={data.by_craft} label={(k) => k ?? "Chưa có nghề"} />
          </Container>
        </>
      )}
      <VillageImport />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Chương trình làng nghề", icon: ChartBar })

export default ProgramPage
