import { addCalendarDays, addCalendarMonths, CERTIFICATE_TIME_ZONE, isCalendarDate, toCalendarDate, type CalendarDate } from "../certificates/dates"
import { MARK_KIND_LABELS, type MarkKind } from "../certificates/marks"
import { currencyDecimals } from "../money"
import {
  computeProgramKpis,
  kpiPercent,
  programKpiDefinition,
  CRAFT_VILLAGE_STATUS_LABELS,
  villageCrafts,
  type BilingualText,
  type ProgramDataError,
  type ProgramKpiStatus,
  type ProgramVillage,
} from "./kpi"

/**
 * The yearly report every agency sends the lead department before 15 November: the plan's
 * targets, each village's figures, certificates, sales and scans for one year. It is a
 * plain structure of tables with Vietnamese and English headers, so the backend can write
 * the same content to XLSX and PDF without deciding anything itself.
 */

/** Vietnam has kept UTC+7 all year since 1975; year boundaries are midnight there. */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60

/** The instants of a year on Vietnam's calendar, as [from, to) for a database query. */
export function vietnamYearRange(year: number): { from: Date; to: Date } {
  if (!Number.isInteger(year) || year < 1 || year > 9998) throw new RangeError(`Not a year: ${year}`)
  const start = (y: number) => {
    // setUTCFullYear, because Date.UTC reads years 0–99 as 1900–1999.
    const midnightUtc = new Date(0)
    midnightUtc.setUTCFullYear(y, 0, 1)
    return new Date(midnightUtc.getTime() - VIETNAM_UTC_OFFSET_MINUTES * 60_000)
  }
  return { from: start(year), to: start(year + 1) }
}

/** The year an instant falls in on Vietnam's calendar (31 Dec 17:00 UTC is already New Year there). */
export function vietnamYearOf(instant: Date): number {
  return Number(toCalendarDate(instant, CERTIFICATE_TIME_ZONE).slice(0, 4))
}

/** A cell: text, a number, a yes/no, a calendar day (in a "date" column), or text in both languages. */
export type ReportCell = string | number | boolean | null | BilingualText

/**
 * "percent" cells are percent points (75 = 75%); "money" cells are in the row's
 * `currency_code`; "date" cells are calendar days YYYY-MM-DD.
 */
export type ReportColumnType = "text" | "integer" | "percent" | "money" | "date" | "boolean"

export type ReportColumn = { key: string; label: BilingualText; type: ReportColumnType }

export type ReportRow = Record<string, ReportCell>

export type ProgramReportTableKey =
  | "targets"
  | "crafts_at_risk"
  | "villages"
  | "certificates_issued"
  | "certificates_expiring"
  | "sales_by_village"
  | "sales_by_craft"
  | "sales_by_ocop_stars"
  | "scans_by_village"

export type ReportTable = {
  key: ProgramReportTableKey
  title: BilingualText
  columns: ReportColumn[]
  rows: ReportRow[]
  /** Total rows (one per currency for sales); empty when a total means nothing. */
  totals: ReportRow[]
  note: BilingualText | null
}

/** An OCOP certificate, or a producer's right to use a GI or collective/certification mark. */
export type ReportCertificateRow = {
  kind: "ocop" | MarkKind
  number: string | null
  product_title: string
  producer_name: string
  village_handle: string | null
  /** OCOP stars; null for marks. */
  stars: number | null
  /** The mark's name ("Chè Shan tuyết Na Hang"); null for OCOP. */
  mark_name: string | null
  /** The decision or grant day. */
  issued_on: CalendarDate
  /** Last valid day; null when the right has no end date. */
  valid_until: CalendarDate | null
  /** An OCOP certificate status (submitted, verified, rejected, expired, revoked) or a right's (current, expired, revoked). */
  status: string
}

/** Sales for the year summed by the backend per village, craft, OCOP rating and currency. */
export type ReportSalesRow = {
  village_handle: string | null
  craft: string | null
  ocop_stars: number | null
  currency_code: string
  quantity: number
  /** In the currency's major units, as Medusa stores it. */
  revenue: number
}

/** Label scans for the year per village; null for scans of codes no village owns (unknown codes). */
export type ReportScanRow = {
  village_handle: string | null
  scans: number
  /** Scans that were a code's first. */
  first_scans: number
  /** Scans answered with a warning: unknown code, broken chain, many scans or far apart. */
  suspicious: number
}

export type ProgramYearReportInput = {
  year: number
  /** The day the report is made (Vietnam's calendar); it starts the expiry window while the year is still running. */
  as_of: CalendarDate
  province: string
  villages: readonly ProgramVillage[]
  certificates: readonly ReportCertificateRow[]
  sales: readonly ReportSalesRow[]
  scans: readonly ReportScanRow[]
  /** Names of craft keys ("tea" → Chè / Tea); a key without one is shown as written. */
  craft_labels?: Readonly<Record<string, BilingualText>>
}

export type ProgramYearReport = {
  year: number
  province: string
  as_of: CalendarDate
  title: BilingualText
  period: { from: CalendarDate; to: CalendarDate; time_zone: string }
  /** Certificates whose last valid day falls in this window are listed as expiring. */
  expiring_window: { from: CalendarDate; to: CalendarDate }
  tables: ReportTable[]
  data_errors: ProgramDataError[]
}

const col = (key: string, vi: string, en: string, type: ReportColumnType = "text"): ReportColumn => ({ key, label: { vi, en }, type })

const KPI_STATUS_LABELS: Record<ProgramKpiStatus, BilingualText> = {
  met: { vi: "Đạt", en: "Met" },
  short: { vi: "Chưa đạt", en: "Short" },
  tracked: { vi: "Theo dõi", en: "Tracked" },
  no_data: { vi: "Chưa có số liệu", en: "No data" },
}

const CERTIFICATE_STATUS_LABELS: Record<string, BilingualText> = {
  submitted: { vi: "Chờ xác minh", en: "Awaiting verification" },
  verified: { vi: "Đã xác minh", en: "Verified" },
  rejected: { vi: "Bị từ chối", en: "Rejected" },
  current: { vi: "Còn hiệu lực", en: "Current" },
  expired: { vi: "Hết hiệu lực", en: "Expired" },
  revoked: { vi: "Bị thu hồi", en: "Revoked" },
}

const rightToUse = (kind: MarkKind): BilingualText => ({
  vi: `Quyền sử dụng ${MARK_KIND_LABELS[kind].vi.toLowerCase()}`,
  en: `Right to use a ${MARK_KIND_LABELS[kind].en.toLowerCase()}`,
})

const CERTIFICATE_KIND_LABELS: Record<ReportCertificateRow["kind"], BilingualText> = {
  ocop: { vi: "Giấy chứng nhận OCOP", en: "OCOP certificate" },
  geographic_indication: rightToUse("geographic_indication"),
  collective_mark: rightToUse("collective_mark"),
  certification_mark: rightToUse("certification_mark"),
}

/** Applications not yet decided or turned down were never issued; a revoked one needs no renewal. */
const NEVER_ISSUED = new Set(["submitted", "rejected"])

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true })

const NO_VILLAGE: BilingualText = { vi: "Không gắn với làng nghề", en: "Not linked to a village" }

function roundMoney(amount: number, currencyCode: string): number {
  const f = 10 ** currencyDecimals(currencyCode)
  return Math.round(amount * f) / f
}

/**
 * The window for "expiring within the next year": the twelve months after the reporting
 * year ends, or after the report's day while that year is still running (a report made on
 * 14 November must still warn about a certificate that runs out on 20 December).
 */
export function expiringWindow(year: number, asOf: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const yearStart = `${String(year).padStart(4, "0")}-01-01`
  const nextYearStart = `${String(year + 1).padStart(4, "0")}-01-01`
  const from = asOf < yearStart ? yearStart : asOf < nextYearStart ? asOf : nextYearStart
  return { from, to: addCalendarDays(addCalendarMonths(from, 12), -1) }
}

/** The yearly report for one year, from figures the backend has already gathered. */
export function buildProgramYearReport(input: ProgramYearReportInput): ProgramYearReport {
  const { year } = input
  if (!Number.isInteger(year) || year < 1 || year > 9998) throw new RangeError(`Not a year: ${year}`)
  if (!isCalendarDate(input.as_of)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${input.as_of}"`)
  const yearText = String(year).padStart(4, "0")
  const period = { from: `${yearText}-01-01`, to: `${yearText}-12-31`, time_zone: CERTIFICATE_TIME_ZONE }
  const window = expiringWindow(year, input.as_of)

  const villageByHandle = new Map(input.villages.map((v) => [v.handle, v]))
  const villageCell = (handle: string | null): ReportCell => (handle === null ? NO_VILLAGE : (villageByHandle.get(handle)?.name ?? handle))
  const craftCell = (craft: string): BilingualText => input.craft_labels?.[craft] ?? { vi: craft, en: craft }
  const craftsCell = (crafts: string[]): BilingualText => ({
    vi: crafts.map((c) => craftCell(c).vi).join(", "),
    en: crafts.map((c) => craftCell(c).en).join(", "),
  })

  const summary = computeProgramKpis(input.villages, { year })

  const targets: ReportTable = {
    key: "targets",
    title: { vi: "Kết quả thực hiện các chỉ tiêu của Kế hoạch", en: "Results against the plan's targets" },
    columns: [
      col("indicator", "Chỉ tiêu", "Indicator"),
      col("target", "Mục tiêu", "Target"),
      col("numerator", "Kết quả", "Result", "integer"),
      col("denominator", "Trên tổng số", "Out of", "integer"),
      col("percent", "Tỷ lệ (%)", "Share (%)", "percent"),
      col("status", "Đánh giá", "Assessment"),
      col("gap", "Còn thiếu", "Gap"),
      col("source", "Nguồn số liệu", "Source"),
    ],
    rows: summary.kpis.map((k) => ({
      indicator: k.label,
      target: k.target ? k.target.wording : KPI_STATUS_LABELS.tracked,
      numerator: k.value.numerator,
      denominator: k.value.denominator,
      percent: k.value.percent,
      status: KPI_STATUS_LABELS[k.status],
      gap: k.gap ? k.gap.message : null,
      source: programKpiDefinition(k.id).source,
    })),
    totals: [],
    note: summary.data_errors.length
      ? {
          vi: `${summary.data_errors.length} lỗi số liệu: làng có lỗi không được tính vào chỉ tiêu liên quan (xem bảng làng nghề).`,
          en: `${summary.data_errors.length} data errors: villages with errors are left out of the figures concerned (see the villages table).`,
        }
      : null,
  }

  const atRisk = summary.kpis.find((k) => k.id === "crafts_at_risk")?.at_risk_crafts ?? []
  const craftsAtRisk: ReportTable = {
    key: "crafts_at_risk",
    title: { vi: "Nghề có nguy cơ mai một", en: "Crafts at risk of dying out" },
    columns: [
      col("craft", "Nghề", "Craft"),
      col("villages", "Số làng làm nghề", "Villages practising it", "integer"),
      col("at_risk", "Làng có nguy cơ mai một", "Villages at risk"),
      col("dormant", "Làng tạm ngừng hoạt động", "Dormant villages"),
    ],
    rows: atRisk.map((c) => ({
      craft: craftCell(c.craft),
      villages: c.villages,
      at_risk: c.at_risk.map((h) => villageByHandle.get(h)?.name ?? h).join(", "),
      dormant: c.dormant.map((h) => villageByHandle.get(h)?.name ?? h).join(", "),
    })),
    totals: [],
    note: null,
  }

  const errorsByVillage = new Map<string, ProgramDataError[]>()
  for (const e of summary.data_errors) errorsByVillage.set(e.village, [...(errorsByVillage.get(e.village) ?? []), e])
  const villages: ReportTable = {
    key: "villages",
    title: { vi: "Số liệu từng làng nghề", en: "Figures per craft village" },
    columns: [
      col("handle", "Mã làng", "Village code"),
      col("name", "Tên làng nghề", "Village"),
      col("commune", "Xã, phường", "Commune"),
      col("crafts", "Nghề", "Crafts"),
      col("status", "Tình trạng hoạt động", "Status"),
      col("households", "Số hộ", "Households", "integer"),
      col("households_env_compliant", "Số hộ đạt quy định môi trường", "Households meeting environmental rules", "integer"),
      col("households_env_compliant_percent", "Tỷ lệ hộ đạt quy định môi trường (%)", "Households meeting environmental rules (%)", "percent"),
      col("workers", "Số lao động", "Workers", "integer"),
      col("workers_trained", "Số lao động được đào tạo", "Workers trained", "integer"),
      col("workers_trained_percent", "Tỷ lệ lao động được đào tạo (%)", "Workers trained (%)", "percent"),
      col("ocop", "Có sản phẩm OCOP", "Has an OCOP-rated product", "boolean"),
      col("protected_mark", "Có sản phẩm được bảo hộ nhãn hiệu", "Has a product under a protected brand", "boolean"),
      col("tourism", "Gắn với du lịch", "Linked to tourism", "boolean"),
      col("decision_date", "Ngày quyết định công nhận", "Recognition decision date", "date"),
      col("notes", "Ghi chú", "Notes"),
    ],
    rows: [...input.villages]
      .sort((a, b) => collator.compare(a.commune, b.commune) || collator.compare(a.name, b.name))
      .map((v) => {
        const errors = errorsByVillage.get(v.handle) ?? []
        const broken = (field: ProgramDataError["field"]) => errors.some((e) => e.field === field)
        return {
          handle: v.handle,
          name: v.name,
          commune: v.commune,
          crafts: craftsCell(villageCrafts(v)),
          status: CRAFT_VILLAGE_STATUS_LABELS[v.status] ?? v.status,
          households: v.households,
          households_env_compliant: v.households_env_compliant,
          // A share worked out from contradictory figures would be wrong; the note says why it is blank.
          households_env_compliant_percent: broken("households") || broken("households_env_compliant") ? null : kpiPercent(v.households_env_compliant, v.households),
          workers: v.workers,
          workers_trained: v.workers_trained,
          workers_trained_percent: broken("workers") || broken("workers_trained") ? null : kpiPercent(v.workers_trained, v.workers),
          ocop: v.has_current_ocop_product,
          protected_mark: v.has_protected_mark_product,
          tourism: v.tourism,
          decision_date: v.decision_date,
          notes: errors.length
            ? { vi: errors.map((e) => e.message.vi).join("; "), en: errors.map((e) => e.message.en).join("; ") }
            : null,
        }
      }),
    totals: [],
    note: null,
  }

  const certificateColumns = [
    col("kind", "Loại", "Kind"),
    col("number", "Số giấy chứng nhận", "Certificate no."),
    col("product", "Sản phẩm", "Product"),
    col("mark", "Nhãn hiệu, chỉ dẫn địa lý", "Mark or geographical indication"),
    col("stars", "Hạng sao OCOP", "OCOP stars", "integer"),
    col("producer", "Chủ thể", "Producer"),
    col("village", "Làng nghề", "Village"),
    col("issued_on", "Ngày cấp", "Issued on", "date"),
    col("valid_until", "Hiệu lực đến", "Valid until", "date"),
    col("status", "Tình trạng", "Status"),
  ]
  const certificateRow = (c: ReportCertificateRow): ReportRow => ({
    kind: CERTIFICATE_KIND_LABELS[c.kind] ?? c.kind,
    number: c.number,
    product: c.product_title,
    mark: c.mark_name,
    stars: c.stars,
    producer: c.producer_name,
    village: villageCell(c.village_handle),
    issued_on: c.issued_on,
    valid_until: c.valid_until,
    status: CERTIFICATE_STATUS_LABELS[c.status] ?? c.status,
  })
  const byDay = (day: (c: ReportCertificateRow) => string) => (a: ReportCertificateRow, b: ReportCertificateRow) =>
    day(a).localeCompare(day(b)) || collator.compare(a.number ?? "", b.number ?? "")

  const issued = input.certificates
    .filter((c) => !NEVER_ISSUED.has(c.status) && c.issued_on >= period.from && c.issued_on <= period.to)
    .sort(byDay((c) => c.issued_on))
  const expiring = input.certificates
    .filter((c) => !NEVER_ISSUED.has(c.status) && c.status !== "revoked" && c.valid_until !== null && c.valid_until >= window.from && c.valid_until <= window.to)
    .sort(byDay((c) => c.valid_until ?? ""))

  const certificatesIssued: ReportTable = {
    key: "certificates_issued",
    title: { vi: `Giấy chứng nhận cấp trong năm ${year}`, en: `Certificates issued in ${year}` },
    columns: certificateColumns,
    rows: issued.map(certificateRow),
    totals: [],
    note: null,
  }
  const certificatesExpiring: ReportTable = {
    key: "certificates_expiring",
    title: {
      vi: `Giấy chứng nhận hết hiệu lực từ ${viDate(window.from)} đến ${viDate(window.to)}`,
      en: `Certificates running out from ${window.from} to ${window.to}`,
    },
    columns: certificateColumns,
    rows: expiring.map(certificateRow),
    totals: [],
    note: { vi: "Sản phẩm OCOP cần được đánh giá lại trước ngày hết hiệu lực.", en: "OCOP products must be re-rated before the certificate runs out." },
  }

  const salesTable = (
    key: ProgramReportTableKey,
    title: BilingualText,
    groupColumn: ReportColumn,
    groupOf: (r: ReportSalesRow) => { id: string; cell: ReportCell; order: (string | number)[] }
  ): ReportTable => {
    const groups = new Map<string, { cell: ReportCell; order: (string | number)[]; currency_code: string; quantity: number; revenue: number }>()
    for (const r of input.sales) {
      const g = groupOf(r)
      const currency = r.currency_code.toLowerCase()
      const id = `${g.id}\u0000${currency}`
      const entry = groups.get(id) ?? { cell: g.cell, order: [...g.order, currency], currency_code: currency, quantity: 0, revenue: 0 }
      entry.quantity += r.quantity
      entry.revenue += r.revenue
      groups.set(id, entry)
    }
    const rows = [...groups.values()].sort((a, b) => compareOrder(a.order, b.order))
    const totals = new Map<string, { quantity: number; revenue: number }>()
    for (const r of rows) {
      const t = totals.get(r.currency_code) ?? { quantity: 0, revenue: 0 }
      t.quantity += r.quantity
      t.revenue += r.revenue
      totals.set(r.currency_code, t)
    }
    return {
      key,
      title,
      columns: [
        groupColumn,
        col("currency_code", "Tiền tệ", "Currency"),
        col("quantity", "Số lượng bán", "Units sold", "integer"),
        col("revenue", "Doanh thu", "Revenue", "money"),
      ],
      rows: rows.map((r) => ({
        [groupColumn.key]: r.cell,
        currency_code: r.currency_code.toUpperCase(),
        quantity: r.quantity,
        revenue: roundMoney(r.revenue, r.currency_code),
      })),
      totals: [...totals]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, t]) => ({
          [groupColumn.key]: { vi: "Tổng cộng", en: "Total" },
          currency_code: currency.toUpperCase(),
          quantity: t.quantity,
          revenue: roundMoney(t.revenue, currency),
        })),
      // Sales are never converted between currencies: rates would change the figures after the fact.
      note: totals.size > 1 ? { vi: "Doanh thu được tính riêng theo từng loại tiền.", en: "Revenue is totalled separately per currency." } : null,
    }
  }

  const villageName = (handle: string | null) => (handle === null ? "" : (villageByHandle.get(handle)?.name ?? handle))
  const salesByVillage = salesTable(
    "sales_by_village",
    { vi: `Doanh số năm ${year} theo làng nghề`, en: `Sales in ${year} by village` },
    col("village", "Làng nghề", "Village"),
    (r) => ({ id: r.village_handle ?? "", cell: villageCell(r.village_handle), order: [r.village_handle === null ? 1 : 0, villageName(r.village_handle)] })
  )
  const salesByCraft = salesTable(
    "sales_by_craft",
    { vi: `Doanh số năm ${year} theo nghề`, en: `Sales in ${year} by craft` },
    col("craft", "Nghề", "Craft"),
    (r) => ({
      id: r.craft ?? "",
      cell: r.craft === null ? { vi: "Không xác định nghề", en: "No craft" } : craftCell(r.craft),
      order: [r.craft === null ? 1 : 0, r.craft === null ? "" : craftCell(r.craft).vi],
    })
  )
  const salesByStars = salesTable(
    "sales_by_ocop_stars",
    { vi: `Doanh số năm ${year} theo hạng sao OCOP`, en: `Sales in ${year} by OCOP rating` },
    col("ocop_stars", "Hạng sao OCOP", "OCOP rating"),
    (r) => ({
      id: String(r.ocop_stars ?? ""),
      cell: r.ocop_stars === null ? { vi: "Chưa có sao OCOP", en: "No OCOP rating" } : { vi: `${r.ocop_stars} sao`, en: `${r.ocop_stars}★` },
      // Highest rating first, unrated last.
      order: [r.ocop_stars === null ? 1 : 0, -(r.ocop_stars ?? 0)],
    })
  )

  const scanGroups = new Map<string, { handle: string | null; scans: number; first_scans: number; suspicious: number }>()
  for (const s of input.scans) {
    const id = s.village_handle ?? ""
    const g = scanGroups.get(id) ?? { handle: s.village_handle, scans: 0, first_scans: 0, suspicious: 0 }
    g.scans += s.scans
    g.first_scans += s.first_scans
    g.suspicious += s.suspicious
    scanGroups.set(id, g)
  }
  const scanRows = [...scanGroups.values()].sort((a, b) => compareOrder([a.handle === null ? 1 : 0, villageName(a.handle)], [b.handle === null ? 1 : 0, villageName(b.handle)]))
  const sum = (key: "scans" | "first_scans" | "suspicious") => scanRows.reduce((s, r) => s + r[key], 0)
  const scansByVillage: ReportTable = {
    key: "scans_by_village",
    title: { vi: `Lượt quét mã truy xuất năm ${year}`, en: `Trace-code scans in ${year}` },
    columns: [
      col("village", "Làng nghề", "Village"),
      col("scans", "Lượt quét", "Scans", "integer"),
      col("first_scans", "Lượt quét lần đầu", "First scans", "integer"),
      col("suspicious", "Lượt quét đáng ngờ", "Suspicious scans", "integer"),
    ],
    rows: scanRows.map((r) => ({ village: villageCell(r.handle), scans: r.scans, first_scans: r.first_scans, suspicious: r.suspicious })),
    totals: scanRows.length ? [{ village: { vi: "Tổng cộng", en: "Total" }, scans: sum("scans"), first_scans: sum("first_scans"), suspicious: sum("suspicious") }] : [],
    note: null,
  }

  return {
    year,
    province: input.province,
    as_of: input.as_of,
    title: {
      vi: `Báo cáo kết quả thực hiện Kế hoạch bảo tồn và phát triển làng nghề năm ${year} – tỉnh ${input.province}`,
      en: `Craft-village preservation and development plan: results for ${year} – ${input.province} province`,
    },
    period,
    expiring_window: window,
    tables: [targets, craftsAtRisk, villages, certificatesIssued, certificatesExpiring, salesByVillage, salesByCraft, salesByStars, scansByVillage],
    data_errors: summary.data_errors,
  }
}

function compareOrder(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (x === y) continue
    if (x === undefined) return -1
    if (y === undefined) return 1
    const c = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y))
    if (c !== 0) return c
  }
  return 0
}

/** 2026-12-20 → 20/12/2026, as Vietnamese documents write dates. */
function viDate(date: CalendarDate): string {
  const [y, m, d] = date.split("-")
  return `${d}/${m}/${y}`
}
