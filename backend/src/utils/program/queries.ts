import {
  calendarDateToStored,
  toCalendarDate,
  vietnamYearRange,
  type CalendarDate,
  type CraftVillageStatus,
  type ProgramVillage,
  type ReportCertificateRow,
  type ReportSalesRow,
  type ReportScanRow,
} from "@cln/domain"
import { CRAFT_KEYS } from "../../modules/craft-village/models/craft-village"
import { LINK_TABLES as L } from "./tables"

/**
 * The program's figures, summed in PostgreSQL with GROUP BY so that the dashboard reads a
 * few hundred rows whatever the number of orders or scans. Built with the knex builder and
 * bindings only; the few expressions knex has no builder for are fixed SQL with bindings.
 */

// Medusa's PG_CONNECTION is a knex instance; typed loosely to keep knex out of our dependencies.
export type Knex = any

/** Product categories name crafts with the village's craft key, hyphenated ("hemp_linen" → "hemp-linen"). */
export const craftCategoryHandle = (craft: string) => craft.replace(/_/g, "-")
const craftOfCategoryHandle = (handle: string) => handle.replace(/-/g, "_")

export type StoredVillage = ProgramVillage & { id: string; province: string }

/**
 * Every recognised village with the two flags that come from other modules:
 * - has_current_ocop_product: a product of one of its producers has a verified certificate
 *   valid through today (the rule of isCertificateCurrent);
 * - has_protected_mark_product: such a product claims a mark and its producer holds a
 *   current right to use that mark (the rule of isRightCurrent).
 */
export async function loadProgramVillages(knex: Knex, today: CalendarDate): Promise<StoredVillage[]> {
  const todayStored = calendarDateToStored(today)
  const productsOfVillage = () =>
    knex
      .from({ vp: L.villageProducer })
      .join({ pr: "producer" }, "pr.id", "vp.producer_id")
      .join({ pp: L.producerProduct }, "pp.producer_id", "vp.producer_id")
      .join({ p: "product" }, "p.id", "pp.product_id")
      .whereRaw("vp.craft_village_id = cv.id")
      .whereNull("vp.deleted_at")
      .whereNull("pr.deleted_at")
      .whereNull("pp.deleted_at")
      .whereNull("p.deleted_at")
  const ocop = productsOfVillage()
    .select(knex.raw("1"))
    .join({ poc: L.productOcopCertificate }, "poc.product_id", "p.id")
    .join({ oc: "ocop_certificate" }, "oc.id", "poc.ocop_certificate_id")
    .whereNull("poc.deleted_at")
    .whereNull("oc.deleted_at")
    .where("oc.status", "verified")
    .where("oc.valid_until", ">=", todayStored)
  const mark = productsOfVillage()
    .select(knex.raw("1"))
    .join({ pgm: L.productGeoMark }, "pgm.product_id", "p.id")
    .join({ pmr: L.producerMarkRight }, "pmr.producer_id", "vp.producer_id")
    .join({ mr: "mark_right" }, function (this: any) {
      this.on("mr.id", "=", "pmr.mark_right_id").andOn("mr.geo_mark_id", "=", "pgm.geo_mark_id")
    })
    .whereNull("pgm.deleted_at")
    .whereNull("pmr.deleted_at")
    .whereNull("mr.deleted_at")
    .where("mr.status", "current")
    .where((q: any) => q.whereNull("mr.expires_at").orWhere("mr.expires_at", ">=", todayStored))

  const rows: any[] = await knex
    .from({ cv: "craft_village" })
    .select(
      "cv.id",
      "cv.handle",
      "cv.name",
      "cv.commune",
      "cv.province",
      "cv.crafts",
      "cv.status",
      "cv.households",
      "cv.workers",
      "cv.workers_trained",
      "cv.households_env_compliant",
      "cv.tourism",
      "cv.decision_date",
      knex.raw("exists (?) as has_current_ocop_product", [ocop]),
      knex.raw("exists (?) as has_protected_mark_product", [mark])
    )
    .whereNull("cv.deleted_at")
    .orderBy("cv.handle")
  return rows.map((r) => ({
    id: r.id,
    handle: r.handle,
    name: r.name,
    commune: r.commune,
    province: r.province,
    crafts: r.crafts ?? [],
    // The column's check constraint allows only the four statuses.
    status: r.status as CraftVillageStatus,
    households: r.households,
    workers: r.workers,
    workers_trained: r.workers_trained,
    households_env_compliant: r.households_env_compliant,
    tourism: r.tourism,
    // Decision days are read on Vietnam's calendar whether stored at UTC or local midnight.
    decision_date: r.decision_date ? toCalendarDate(new Date(r.decision_date)) : null,
    has_current_ocop_product: r.has_current_ocop_product,
    has_protected_mark_product: r.has_protected_mark_product,
  }))
}

/**
 * The crafts the villages name, read on their own (one small query) so that the sales can
 * be summed while the villages and their flags are still being loaded.
 */
export async function loadVillageCrafts(knex: Knex): Promise<string[]> {
  const rows: { craft: string }[] = await knex
    .from({ cv: "craft_village" })
    .distinct(knex.raw("unnest(cv.crafts) as craft"))
    .whereNull("cv.deleted_at")
  return rows.map((r) => r.craft)
}

/** The craft keys products can be filed under: the model's plus any a village names. */
function craftHandles(villageCrafts: readonly string[]): string[] {
  return [...new Set([...CRAFT_KEYS, ...villageCrafts])].map(craftCategoryHandle)
}

/** One craft category per product (the first by handle), so a product in two crafts is not counted twice. */
function productCraft(knex: Knex, handles: string[]) {
  return knex
    .from({ pcp: "product_category_product" })
    .join({ pc: "product_category" }, "pc.id", "pcp.product_category_id")
    .distinctOn("pcp.product_id")
    .select("pcp.product_id", { craft_handle: "pc.handle" })
    .whereNull("pc.deleted_at")
    .whereIn("pc.handle", handles)
    .orderBy([{ column: "pcp.product_id" }, { column: "pc.handle" }])
}

/**
 * Month buckets as a comparison against the first instants of February…December (Vietnam
 * time): width_bucket over a timestamptz array costs a fraction of to_char/date_trunc
 * with a time zone on each of a million rows. Bucket 0 is January.
 */
function monthStarts(year: number): Date[] {
  return Array.from({ length: 11 }, (_, i) => {
    const firstOfMonth = new Date(0)
    firstOfMonth.setUTCFullYear(year, i + 1, 1)
    return new Date(firstOfMonth.getTime() - 7 * 3_600_000)
  })
}
const monthLabel = (year: number, bucket: number) => `${year}-${String(Number(bucket) + 1).padStart(2, "0")}`
const MONTH_BUCKET = "width_bucket(??, ?::timestamptz[])"

/**
 * Order lines of the year that were not canceled, with the seller's village, the
 * product's craft and its current OCOP stars. Revenue is quantity × unit price of the
 * order's current version, in the order's currency (never converted).
 */
function salesLines(knex: Knex, year: number, handles: string[]) {
  const { from, to } = vietnamYearRange(year)
  return knex
    .from({ o: "order" })
    .join({ oi: "order_item" }, function (this: any) {
      this.on("oi.order_id", "=", "o.id").andOn("oi.version", "=", "o.version")
    })
    .join({ li: "order_line_item" }, "li.id", "oi.item_id")
    .leftJoin({ po: L.producerOrder }, function (this: any) {
      this.on("po.order_id", "=", "o.id").andOnNull("po.deleted_at")
    })
    .leftJoin({ vp: L.villageProducer }, function (this: any) {
      this.on("vp.producer_id", "=", "po.producer_id").andOnNull("vp.deleted_at")
    })
    .leftJoin({ cv: "craft_village" }, function (this: any) {
      this.on("cv.id", "=", "vp.craft_village_id").andOnNull("cv.deleted_at")
    })
    .leftJoin(productCraft(knex, handles).as("pcr"), "pcr.product_id", "li.product_id")
    .leftJoin({ pob: L.productOcopBadge }, function (this: any) {
      this.on("pob.product_id", "=", "li.product_id").andOnNull("pob.deleted_at")
    })
    .leftJoin({ b: "ocop_badge" }, function (this: any) {
      this.on("b.id", "=", "pob.ocop_badge_id").andOnNull("b.deleted_at")
    })
    .select(
      knex.raw(`${MONTH_BUCKET} as month`, ["o.created_at", monthStarts(year)]),
      "o.currency_code",
      { village_handle: "cv.handle", craft_handle: "pcr.craft_handle", ocop_stars: "b.stars" },
      knex.raw("oi.quantity"),
      knex.raw("oi.quantity * coalesce(oi.unit_price, li.unit_price) as revenue")
    )
    .where("o.created_at", ">=", from)
    .where("o.created_at", "<", to)
    .whereNot("o.status", "canceled")
    .where("o.is_draft_order", false)
    .whereNull("o.deleted_at")
    .whereNull("oi.deleted_at")
    .whereNull("li.deleted_at")
}

const QUANTITY = "sum(l.quantity)::float8 as quantity"
const REVENUE = "sum(l.revenue)::float8 as revenue"

export type SalesPoint = { month: string; currency_code: string; quantity: number; revenue: number }
export type SalesSeries = {
  by_village: (SalesPoint & { village_handle: string | null })[]
  by_craft: (SalesPoint & { craft: string | null })[]
  by_ocop_stars: (SalesPoint & { ocop_stars: number | null })[]
}

/** Monthly sales per village, per craft and per OCOP rating, in one pass over the orders (GROUPING SETS). */
export async function loadSalesSeries(knex: Knex, year: number, villageCrafts: readonly string[]): Promise<SalesSeries> {
  // Summed first at the finest grain (a hash aggregate into a few thousand rows), so the
  // three grouping sets sort those rather than every order line.
  const fine = knex
    .from(salesLines(knex, year, craftHandles(villageCrafts)).as("s"))
    .select("s.month", "s.currency_code", "s.village_handle", "s.craft_handle", "s.ocop_stars", knex.raw("sum(s.quantity) as quantity"), knex.raw("sum(s.revenue) as revenue"))
    .groupBy("s.month", "s.currency_code", "s.village_handle", "s.craft_handle", "s.ocop_stars")
  const rows: any[] = await knex
    .from(fine.as("l"))
    .select(
      "l.month",
      "l.currency_code",
      "l.village_handle",
      "l.craft_handle",
      "l.ocop_stars",
      knex.raw("grouping(l.village_handle) as g_village"),
      knex.raw("grouping(l.craft_handle) as g_craft"),
      knex.raw(QUANTITY),
      knex.raw(REVENUE)
    )
    .groupByRaw(
      "grouping sets ((l.month, l.currency_code, l.village_handle), (l.month, l.currency_code, l.craft_handle), (l.month, l.currency_code, l.ocop_stars))"
    )
  const series: SalesSeries = { by_village: [], by_craft: [], by_ocop_stars: [] }
  for (const r of rows) {
    const point = { month: monthLabel(year, r.month), currency_code: r.currency_code, quantity: Number(r.quantity), revenue: Number(r.revenue) }
    if (Number(r.g_village) === 0) series.by_village.push({ ...point, village_handle: r.village_handle })
    else if (Number(r.g_craft) === 0) series.by_craft.push({ ...point, craft: r.craft_handle ? craftOfCategoryHandle(r.craft_handle) : null })
    else series.by_ocop_stars.push({ ...point, ocop_stars: r.ocop_stars === null ? null : Number(r.ocop_stars) })
  }
  const byMonth = (a: SalesPoint, b: SalesPoint) => a.month.localeCompare(b.month) || a.currency_code.localeCompare(b.currency_code)
  series.by_village.sort(byMonth)
  series.by_craft.sort(byMonth)
  series.by_ocop_stars.sort(byMonth)
  return series
}

/** The year's sales per village, craft, OCOP rating and currency, as the report sums them. */
export async function loadReportSales(knex: Knex, year: number, villageCrafts: readonly string[]): Promise<ReportSalesRow[]> {
  const rows: any[] = await knex
    .from(salesLines(knex, year, craftHandles(villageCrafts)).as("l"))
    .select("l.village_handle", "l.craft_handle", "l.ocop_stars", "l.currency_code", knex.raw(QUANTITY), knex.raw(REVENUE))
    .groupBy("l.village_handle", "l.craft_handle", "l.ocop_stars", "l.currency_code")
  return rows.map((r) => ({
    village_handle: r.village_handle ?? null,
    craft: r.craft_handle ? craftOfCategoryHandle(r.craft_handle) : null,
    ocop_stars: r.ocop_stars === null ? null : Number(r.ocop_stars),
    currency_code: r.currency_code,
    quantity: Number(r.quantity),
    revenue: Number(r.revenue),
  }))
}

export type ScanSeries = { total: number; by_month: { month: string; scans: number }[] }

/**
 * Label scans of the year per month (Vietnam's calendar), over the scan table alone: a range
 * of its scanned_at index, so a million scans cost a read of the year's entries only.
 */
export async function loadScanSeries(knex: Knex, year: number): Promise<ScanSeries> {
  const { from, to } = vietnamYearRange(year)
  const rows: any[] = await knex
    .from({ s: "scan" })
    .select(knex.raw(`${MONTH_BUCKET} as month`, ["s.scanned_at", monthStarts(year)]), knex.raw("count(*)::int as scans"))
    .where("s.scanned_at", ">=", from)
    .where("s.scanned_at", "<", to)
    .whereNull("s.deleted_at")
    .groupByRaw("1")
    .orderBy("month")
  const by_month = rows.map((r) => ({ month: monthLabel(year, r.month), scans: Number(r.scans) }))
  return { total: by_month.reduce((s, m) => s + m.scans, 0), by_month }
}

/** A unit serial scanned more often than this is flagged as a possible copy (UNIT_SCAN_WARNING). */
const UNIT_SCAN_WARNING = 5

/**
 * The year's scans per village. Scans are first summed per code (one pass over the scan
 * table), then the few thousand codes are walked to their product, producer and village.
 * Suspicious scans are those shown a broken chain or walked up from an unknown lot or
 * serial, plus the scans of a unit serial past its fifth (counted from the code's
 * all-time total, so scans in earlier years count towards the five).
 */
export async function loadReportScans(knex: Knex, year: number): Promise<ReportScanRow[]> {
  const { from, to } = vietnamYearRange(year)
  const perCode = knex
    .from({ s: "scan" })
    .select(
      "s.trace_code_id",
      knex.raw("count(*) filter (where s.scanned_at < ?) as scans", [to]),
      knex.raw("count(*) filter (where s.scanned_at < ? and s.verdict = 'first_scan') as first_scans", [to]),
      knex.raw("count(*) filter (where s.scanned_at < ? and s.verdict in ('chain_broken', 'walked_up', 'unknown_code')) as flagged", [to]),
      knex.raw("count(*) as since_start")
    )
    .where("s.scanned_at", ">=", from)
    .whereNull("s.deleted_at")
    .groupBy("s.trace_code_id")
  const rows: any[] = await knex
    .from(perCode.as("pc"))
    .join({ tc: "trace_code" }, "tc.id", "pc.trace_code_id")
    .leftJoin({ vtc: L.variantTraceCode }, function (this: any) {
      this.on("vtc.trace_code_id", "=", "tc.id").andOnNull("vtc.deleted_at")
    })
    .leftJoin({ vl: L.variantLot }, function (this: any) {
      this.on("vl.lot_id", "=", "tc.lot_id").andOnNull("vl.deleted_at")
    })
    .leftJoin({ pv: "product_variant" }, function (this: any) {
      this.on("pv.id", "=", knex.raw("coalesce(vtc.product_variant_id, vl.product_variant_id)"))
    })
    .leftJoin({ pp: L.producerProduct }, function (this: any) {
      this.on("pp.product_id", "=", "pv.product_id").andOnNull("pp.deleted_at")
    })
    .leftJoin({ vp: L.villageProducer }, function (this: any) {
      this.on("vp.producer_id", "=", "pp.producer_id").andOnNull("vp.deleted_at")
    })
    .leftJoin({ cv: "craft_village" }, function (this: any) {
      this.on("cv.id", "=", "vp.craft_village_id").andOnNull("cv.deleted_at")
    })
    .select(
      "cv.handle",
      knex.raw("sum(pc.scans)::int as scans"),
      knex.raw("sum(pc.first_scans)::int as first_scans"),
      knex.raw(
        // Scans before the year = all-time total − scans since the year began; the year's
        // scans of a unit serial past the fifth are those whose running number exceeds it.
        `sum(pc.flagged + case when tc.kind = 'unit' then greatest(0, pc.scans - greatest(0, ? - greatest(0, tc.scan_count - pc.since_start))) else 0 end)::int as suspicious`,
        [UNIT_SCAN_WARNING]
      )
    )
    .where("pc.scans", ">", 0)
    .groupBy("cv.handle")
  return rows.map((r) => ({ village_handle: r.handle ?? null, scans: r.scans, first_scans: r.first_scans, suspicious: r.suspicious }))
}

/**
 * OCOP certificates and rights of use that the report may list: decided or granted around
 * the year, or running out around the expiry window. The report's builder applies the
 * exact windows; this only keeps the rows few.
 */
export async function loadReportCertificates(
  knex: Knex,
  issued: { from: CalendarDate; to: CalendarDate },
  expiring: { from: CalendarDate; to: CalendarDate }
): Promise<ReportCertificateRow[]> {
  const day = 86_400_000
  const lo = (d: CalendarDate) => new Date(calendarDateToStored(d).getTime() - day)
  const hi = (d: CalendarDate) => new Date(calendarDateToStored(d).getTime() + 2 * day)
  const ownerJoins = (q: any, productColumn: string | null) => {
    if (productColumn) {
      q.leftJoin({ pp: L.producerProduct }, function (this: any) {
        this.on("pp.product_id", "=", productColumn).andOnNull("pp.deleted_at")
      })
    }
    return q
      .leftJoin({ pr: "producer" }, "pr.id", productColumn ? "pp.producer_id" : "pmr.producer_id")
      .leftJoin({ vp: L.villageProducer }, function (this: any) {
        this.on("vp.producer_id", "=", "pr.id").andOnNull("vp.deleted_at")
      })
      .leftJoin({ cv: "craft_village" }, "cv.id", "vp.craft_village_id")
  }
  const ocop: any[] = await ownerJoins(
    knex
      .from({ oc: "ocop_certificate" })
      .join({ poc: L.productOcopCertificate }, function (this: any) {
        this.on("poc.ocop_certificate_id", "=", "oc.id").andOnNull("poc.deleted_at")
      })
      .join({ p: "product" }, "p.id", "poc.product_id"),
    "p.id"
  )
    .select("oc.certificate_number", "oc.decision_number", "oc.stars", "oc.decision_date", "oc.valid_until", "oc.status", {
      product_title: "p.title",
      producer_name: "pr.name",
      village_handle: "cv.handle",
    })
    .whereNull("oc.deleted_at")
    .where((q: any) =>
      q.whereBetween("oc.decision_date", [lo(issued.from), hi(issued.to)]).orWhereBetween("oc.valid_until", [lo(expiring.from), hi(expiring.to)])
    )
  const rights: any[] = await ownerJoins(
    knex
      .from({ mr: "mark_right" })
      .join({ gm: "geo_mark" }, "gm.id", "mr.geo_mark_id")
      .leftJoin({ pmr: L.producerMarkRight }, function (this: any) {
        this.on("pmr.mark_right_id", "=", "mr.id").andOnNull("pmr.deleted_at")
      }),
    null
  )
    .select("gm.kind", "gm.certificate_number", "gm.name as mark_name", "gm.product_name", "mr.granted_at", "mr.expires_at", "mr.status", {
      producer_name: "pr.name",
      village_handle: "cv.handle",
    })
    .whereNull("mr.deleted_at")
    .whereNull("gm.deleted_at")
    .where((q: any) =>
      q.whereBetween("mr.granted_at", [lo(issued.from), hi(issued.to)]).orWhereBetween("mr.expires_at", [lo(expiring.from), hi(expiring.to)])
    )
  const calendar = (v: Date | string | null) => (v ? toCalendarDate(new Date(v)) : null)
  return [
    ...ocop.map(
      (c): ReportCertificateRow => ({
        kind: "ocop",
        number: c.certificate_number ?? c.decision_number,
        product_title: c.product_title,
        producer_name: c.producer_name ?? "",
        village_handle: c.village_handle ?? null,
        stars: Number(c.stars),
        mark_name: null,
        issued_on: calendar(c.decision_date)!,
        valid_until: calendar(c.valid_until),
        status: c.status,
      })
    ),
    ...rights.map(
      (r): ReportCertificateRow => ({
        kind: r.kind,
        number: r.certificate_number ?? null,
        product_title: r.product_name,
        producer_name: r.producer_name ?? "",
        village_handle: r.village_handle ?? null,
        stars: null,
        mark_name: r.mark_name,
        issued_on: calendar(r.granted_at)!,
        valid_until: calendar(r.expires_at),
        status: r.status,
      })
    ),
  ]
}

/** Names of the crafts from their product categories (Vietnamese name, English translation when there is one). */
export async function loadCraftLabels(knex: Knex, villageCrafts: readonly string[]): Promise<Record<string, { vi: string; en: string }>> {
  const rows: any[] = await knex
    .from({ pc: "product_category" })
    .leftJoin({ t: "translation" }, function (this: any) {
      this.on("t.reference_id", "=", "pc.id")
        .andOnVal("t.reference", "=", "product_category")
        .andOn(knex.raw("t.locale_code ilike 'en%'"))
        .andOnNull("t.deleted_at")
    })
    .select("pc.handle", "pc.name", knex.raw("t.translations->>'name' as name_en"))
    .whereIn("pc.handle", craftHandles(villageCrafts))
    .whereNull("pc.deleted_at")
  const labels: Record<string, { vi: string; en: string }> = {}
  for (const r of rows) labels[craftOfCategoryHandle(r.handle)] = { vi: r.name, en: r.name_en || r.name }
  return labels
}
