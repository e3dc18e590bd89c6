import {
  atRiskCrafts,
  buildProgramYearReport,
  computeProgramKpis,
  computeProgramKpisBy,
  expiringWindow,
  toCalendarDate,
  type ProgramYearReport,
} from "@cln/domain"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  loadCraftLabels,
  loadProgramVillages,
  loadReportCertificates,
  loadReportSales,
  loadReportScans,
  loadSalesSeries,
  loadScanSeries,
  loadVillageCrafts,
  type StoredVillage,
} from "./queries"

const DEFAULT_PROVINCE = "Tuyên Quang"

/** The province most villages are in (every village is in Tuyên Quang today). */
function provinceOf(villages: readonly StoredVillage[]): string {
  const counts = new Map<string, number>()
  for (const v of villages) counts.set(v.province, (counts.get(v.province) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? DEFAULT_PROVINCE
}

/**
 * What the program dashboard shows for a year: the plan's KPIs for the province, per
 * commune and per craft, the crafts and villages at risk, monthly sales and scans. The
 * flags, sales and scans are summed in PostgreSQL; the KPIs come from @cln/domain.
 */
export async function programDashboard(container: MedusaContainer, year: number, now = new Date()) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const today = toCalendarDate(now)
  // The three reads run side by side; the sales only need the crafts' names, read first.
  const crafts = await loadVillageCrafts(knex)
  const [villages, sales, scans, craftLabels] = await Promise.all([
    loadProgramVillages(knex, today),
    loadSalesSeries(knex, year, crafts),
    loadScanSeries(knex, year),
    loadCraftLabels(knex, crafts),
  ])
  const summary = computeProgramKpis(villages, { year })
  return {
    year,
    as_of: today,
    village_count: summary.village_count,
    kpis: summary.kpis,
    by_commune: computeProgramKpisBy("commune", villages, { year }),
    by_craft: computeProgramKpisBy("craft", villages, { year }),
    at_risk: {
      crafts: atRiskCrafts(villages),
      villages: villages
        .filter((v) => v.status === "at_risk" || v.status === "dormant")
        .map((v) => ({ id: v.id, handle: v.handle, name: v.name, commune: v.commune, crafts: v.crafts, status: v.status })),
    },
    sales,
    scans,
    data_errors: summary.data_errors,
    // Names for the keys the series use (craft keys, village handles), so charts can label them.
    labels: {
      crafts: craftLabels,
      villages: Object.fromEntries(villages.map((v) => [v.handle, v.name])),
    },
  }
}

/** The yearly report's content for a year, gathered and built; the renderers only lay it out. */
export async function programYearReport(container: MedusaContainer, year: number, now = new Date()): Promise<ProgramYearReport> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const as_of = toCalendarDate(now)
  const issued = { from: `${year}-01-01`, to: `${year}-12-31` }
  const crafts = await loadVillageCrafts(knex)
  const [villages, certificates, sales, scans, craft_labels] = await Promise.all([
    loadProgramVillages(knex, as_of),
    loadReportCertificates(knex, issued, expiringWindow(year, as_of)),
    loadReportSales(knex, year, crafts),
    loadReportScans(knex, year),
    loadCraftLabels(knex, crafts),
  ])
  return buildProgramYearReport({ year, as_of, province: provinceOf(villages), villages, certificates, sales, scans, craft_labels })
}
