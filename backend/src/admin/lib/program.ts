/** Shapes of the program dashboard API (GET /admin/program/dashboard) and helpers to draw it. */
export type Bilingual = { vi: string; en: string }

export type KpiResult = {
  id: string
  label: Bilingual
  target: { percent: number; wording: Bilingual } | null
  value: { numerator: number; denominator: number; percent: number | null }
  status: "met" | "short" | "tracked" | "no_data"
  gap: { count: number; message: Bilingual } | null
  lagging_villages: string[]
}

export type KpiGroup = { key: string | null; village_count: number; kpis: KpiResult[] }

export type SalesPoint = { month: string; currency_code: string; quantity: number; revenue: number }

export type ProgramDashboard = {
  year: number
  as_of: string
  village_count: number
  kpis: KpiResult[]
  by_commune: KpiGroup[]
  by_craft: KpiGroup[]
  at_risk: {
    crafts: { craft: string; at_risk: string[]; dormant: string[]; villages: number }[]
    villages: { id: string; handle: string; name: string; commune: string; status: string }[]
  }
  sales: { by_village: (SalesPoint & { village_handle: string | null })[]; by_craft: (SalesPoint & { craft: string | null })[]; by_ocop_stars: (SalesPoint & { ocop_stars: number | null })[] }
  scans: { total: number; by_month: { month: string; scans: number }[] }
  data_errors: { village: string; message: Bilingual }[]
  /** Names for the series' keys: craft key → category name, village handle → village name. */
  labels: { crafts: Record<string, Bilingual>; villages: Record<string, string> }
}

export type ImportError = { row: number | null; column: { letter: string; header: string } | null; message_vi: string }

export const KPI_STATUS_LABEL: Record<KpiResult["status"], string> = { met: "Đạt", short: "Chưa đạt", tracked: "Theo dõi", no_data: "Chưa có số liệu" }
export const KPI_STATUS_COLOR: Record<KpiResult["status"], "green" | "orange" | "grey"> = { met: "green", short: "orange", tracked: "grey", no_data: "grey" }

/** The twelve months of a year as "YYYY-MM". */
export const monthsOf = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`)

/** One value per month of the year (0 where nothing happened), summing the points of each month. */
export function perMonth<T extends { month: string }>(year: number, points: readonly T[], value: (point: T) => number): number[] {
  const totals = new Map<string, number>()
  for (const point of points) totals.set(point.month, (totals.get(point.month) ?? 0) + value(point))
  return monthsOf(year).map((month) => totals.get(month) ?? 0)
}

/** Sales of one currency grouped by a key (village, craft, stars), largest first. */
export function totalsBy<T extends SalesPoint>(points: readonly T[], currency: string, key: (point: T) => string): { key: string; revenue: number }[] {
  const totals = new Map<string, number>()
  for (const point of points) if (point.currency_code === currency) totals.set(key(point), (totals.get(key(point)) ?? 0) + point.revenue)
  return [...totals.entries()].map(([k, revenue]) => ({ key: k, revenue })).sort((a, b) => b.revenue - a.revenue)
}

/** One line of a chart: a key's monthly values. */
export type MonthlySeries = { key: string; values: number[]; total: number; /** The sum of every key past the top ones. */ rest: boolean }

/**
 * Monthly revenue of one currency split by a key (craft, village, stars): the `top` keys
 * with the most revenue over the year each as a series, largest first, and the rest summed
 * into one series marked `rest` (left out when empty), so a chart with hundreds of
 * villages stays readable while its bars still add up to the month's whole revenue.
 */
export function monthlySeries<T extends SalesPoint>(
  year: number,
  points: readonly T[],
  currency: string,
  key: (point: T) => string,
  top: number
): MonthlySeries[] {
  const ofCurrency = points.filter((p) => p.currency_code === currency)
  const ranked = totalsBy(ofCurrency, currency, key)
  const kept = new Set(ranked.slice(0, top).map((r) => r.key))
  const line = (k: string, of: readonly T[], rest: boolean): MonthlySeries => {
    const values = perMonth(year, of, (p) => p.revenue)
    return { key: k, values, total: values.reduce((a, b) => a + b, 0), rest }
  }
  const series = [...kept].map((k) => line(k, ofCurrency.filter((p) => key(p) === k), false))
  const rest = ofCurrency.filter((p) => !kept.has(key(p)))
  if (rest.length > 0) series.push(line("", rest, true))
  return series
}

export const formatVnd = (amount: number) => `${new Intl.NumberFormat("vi-VN").format(Math.round(amount))} ₫`
export const formatCount = (n: number) => new Intl.NumberFormat("vi-VN").format(n)
export const formatPercent = (p: number | null) => (p === null ? "—" : `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(p)}%`)
