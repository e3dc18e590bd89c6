import { addCalendarMonths, calendarDateToStored, toCalendarDate, vietnamYearRange } from "@cln/domain"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow, createProductCategoriesWorkflow, createProductsWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { GEO_INDICATION_MODULE } from "../../../src/modules/geo-indication"
import { OCOP_MODULE } from "../../../src/modules/ocop"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import { createCraftVillagesWorkflow } from "../../../src/workflows/craft-village/workflows/create-craft-villages"
import { createProducersWorkflow } from "../../../src/workflows/producer/workflows/create-producers"

/** The year the seeded figures are for; the dashboard and report are asked for it. */
export const YEAR = 2026
export const today = () => toCalendarDate(new Date())

type Status = "effective" | "struggling" | "at_risk" | "dormant"
export type VillageSeed = {
  handle: string
  name: string
  commune: string
  crafts: string[]
  status: Status
  households: number
  workers: number
  workers_trained: number
  households_env_compliant: number
  tourism: boolean
  decision_date: string | null
}

/** Eight recognised villages, six of them effective (the plan's "6 of 8"). */
/** The seeded crafts' categories: craft key → category name. */
export const CRAFT_NAMES: Record<string, string> = { tea: "Chè", brocade: "Thổ cẩm", bamboo_rattan: "Mây tre đan" }

export const VILLAGES: VillageSeed[] = [
  { handle: "lang-che-hong-thai", name: "Làng chè Hồng Thái", commune: "xã Hồng Thái", crafts: ["tea", "brocade"], status: "effective", households: 50, workers: 120, workers_trained: 100, households_env_compliant: 45, tourism: true, decision_date: "2026-03-15" },
  { handle: "lang-che-phin-ho", name: "Làng chè Phìn Hồ", commune: "xã Hồng Thái", crafts: ["tea"], status: "effective", households: 40, workers: 90, workers_trained: 90, households_env_compliant: 40, tourism: false, decision_date: "2019-06-01" },
  { handle: "lang-tho-cam-thuong-lam", name: "Làng dệt thổ cẩm Thượng Lâm", commune: "xã Thượng Lâm", crafts: ["brocade"], status: "effective", households: 60, workers: 150, workers_trained: 80, households_env_compliant: 50, tourism: true, decision_date: "2020-01-10" },
  { handle: "lang-tho-cam-lam-binh", name: "Làng thổ cẩm Lâm Bình", commune: "xã Thượng Lâm", crafts: ["brocade"], status: "effective", households: 30, workers: 70, workers_trained: 35, households_env_compliant: 30, tourism: false, decision_date: "2026-08-20" },
  { handle: "lang-non-la-minh-quang", name: "Làng nón Minh Quang", commune: "xã Minh Quang", crafts: ["bamboo_rattan"], status: "effective", households: 25, workers: 60, workers_trained: 60, households_env_compliant: 20, tourism: false, decision_date: "2018-05-05" },
  { handle: "lang-che-son-tra", name: "Làng chè Sơn Trà", commune: "xã Minh Quang", crafts: ["tea"], status: "effective", households: 35, workers: 80, workers_trained: 40, households_env_compliant: 35, tourism: true, decision_date: null },
  { handle: "lang-det-lanh-lung-tam", name: "Làng dệt lanh Lùng Tám", commune: "xã Lùng Tám", crafts: ["brocade"], status: "at_risk", households: 20, workers: 45, workers_trained: 10, households_env_compliant: 5, tourism: false, decision_date: "2017-09-09" },
  { handle: "lang-dan-may-yen-nguyen", name: "Làng đan mây Yên Nguyên", commune: "xã Lùng Tám", crafts: ["bamboo_rattan"], status: "dormant", households: 10, workers: 15, workers_trained: 0, households_env_compliant: 2, tourism: false, decision_date: "2015-02-02" },
]

/** One producer and one product per village that sells or holds certificates. */
export const PRODUCTS = [
  { key: "hong-thai", village: "lang-che-hong-thai", craft: "tea", title: "Chè Shan tuyết Hồng Thái" },
  { key: "phin-ho", village: "lang-che-phin-ho", craft: "tea", title: "Chè Phìn Hồ" },
  { key: "thuong-lam", village: "lang-tho-cam-thuong-lam", craft: "brocade", title: "Khăn thổ cẩm Thượng Lâm" },
  { key: "lam-binh", village: "lang-tho-cam-lam-binh", craft: "brocade", title: "Túi thổ cẩm Lâm Bình" },
  { key: "minh-quang", village: "lang-non-la-minh-quang", craft: "bamboo_rattan", title: "Nón lá Minh Quang" },
  { key: "son-tra", village: "lang-che-son-tra", craft: "tea", title: "Chè Sơn Trà" },
] as const
type ProductKey = (typeof PRODUCTS)[number]["key"]

/** OCOP certificates: only a verified one valid through today makes a village count. */
export const CERTIFICATES: { product: ProductKey; status: "verified" | "submitted"; stars: number; decision_date: string; valid_until: string; number: string }[] = [
  { product: "hong-thai", status: "verified", stars: 4, decision_date: `${YEAR}-02-10`, valid_until: addCalendarMonths(`${YEAR}-02-10`, 36), number: "OCOP-01" },
  { product: "phin-ho", status: "verified", stars: 3, decision_date: "2025-05-01", valid_until: "2028-04-30", number: "OCOP-02" },
  // Verified once but run out before today: not current.
  { product: "thuong-lam", status: "verified", stars: 3, decision_date: "2022-01-01", valid_until: "2024-12-31", number: "OCOP-03" },
  // Submitted, not yet checked: not counted.
  { product: "lam-binh", status: "submitted", stars: 4, decision_date: `${YEAR}-04-01`, valid_until: addCalendarMonths(`${YEAR}-04-01`, 36), number: "OCOP-04" },
  { product: "minh-quang", status: "verified", stars: 5, decision_date: `${YEAR}-06-15`, valid_until: addCalendarMonths(`${YEAR}-06-15`, 36), number: "OCOP-05" },
]

/** Rights of use of the tea GI and whether the product claims it. */
export const RIGHTS: { product: ProductKey; status: "current" | "revoked"; expires_at: string | null; claims: boolean }[] = [
  { product: "hong-thai", status: "current", expires_at: null, claims: true },
  { product: "phin-ho", status: "revoked", expires_at: null, claims: true },
  { product: "son-tra", status: "current", expires_at: addCalendarMonths(today(), 12), claims: true },
  // A right but no product claims the mark: the village has no product under it.
  { product: "thuong-lam", status: "current", expires_at: null, claims: false },
]

/** Orders: [product, quantity, unit price, currency, Vietnam-time instant, canceled]. */
export const ORDERS: { product: ProductKey; quantity: number; unit_price: number; currency: "vnd" | "usd"; at: string; canceled?: boolean }[] = [
  { product: "hong-thai", quantity: 2, unit_price: 120000, currency: "vnd", at: `${YEAR}-02-14T10:00:00+07:00` },
  { product: "hong-thai", quantity: 1, unit_price: 120000, currency: "vnd", at: `${YEAR}-03-01T00:30:00+07:00` },
  { product: "thuong-lam", quantity: 3, unit_price: 80000, currency: "vnd", at: `${YEAR}-03-20T15:00:00+07:00` },
  { product: "minh-quang", quantity: 1, unit_price: 250000, currency: "vnd", at: `${YEAR}-05-05T09:00:00+07:00`, canceled: true },
  { product: "phin-ho", quantity: 5, unit_price: 100000, currency: "vnd", at: `${YEAR - 1}-12-31T23:00:00+07:00` },
  { product: "lam-binh", quantity: 2, unit_price: 12, currency: "usd", at: `${YEAR}-06-10T08:00:00+07:00` },
  { product: "minh-quang", quantity: 4, unit_price: 250000, currency: "vnd", at: `${YEAR}-06-11T08:00:00+07:00` },
]

/** Scans of the products' own trace codes: [product, instant, verdict]. */
export const SCANS: { product: ProductKey; at: string; verdict: string }[] = [
  { product: "hong-thai", at: `${YEAR}-01-05T08:00:00+07:00`, verdict: "first_scan" },
  { product: "hong-thai", at: `${YEAR}-01-06T08:00:00+07:00`, verdict: "scanned_before" },
  { product: "hong-thai", at: `${YEAR}-02-01T00:10:00+07:00`, verdict: "scanned_before" },
  { product: "thuong-lam", at: `${YEAR}-02-02T08:00:00+07:00`, verdict: "first_scan" },
  { product: "thuong-lam", at: `${YEAR}-07-07T08:00:00+07:00`, verdict: "chain_broken" },
  { product: "son-tra", at: `${YEAR - 1}-11-11T08:00:00+07:00`, verdict: "first_scan" },
]

export const monthOf = (instant: string) => toCalendarDate(new Date(instant)).slice(0, 7)
export const inYear = (instant: string, year = YEAR) => {
  const { from, to } = vietnamYearRange(year)
  const t = new Date(instant).getTime()
  return t >= from.getTime() && t < to.getTime()
}

export type ProgramSeed = { villageIds: Record<string, string>; producerIds: Record<string, string>; productIds: Record<string, string> }

/** Writes the villages only (the import tests need nothing else). */
export async function seedVillages(container: MedusaContainer, villages: VillageSeed[] = VILLAGES): Promise<Record<string, string>> {
  const { result } = await createCraftVillagesWorkflow(container).run({
    input: {
      villages: villages.map((v) => ({
        ...v,
        province: "Tuyên Quang",
        recognition_kind: "lang_nghe_truyen_thong" as const,
        decision_date: v.decision_date ? calendarDateToStored(v.decision_date) : null,
      })),
    },
  })
  return Object.fromEntries(result.map((v: any) => [v.handle, v.id]))
}

/** The whole program data set: villages, producers, products, certificates, rights, orders and scans. */
export async function seedProgram(container: MedusaContainer): Promise<ProgramSeed> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const villageIds = await seedVillages(container)

  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: {
      product_categories: Object.entries(CRAFT_NAMES).map(([craft, name]) => ({ name, handle: craft.replace(/_/g, "-"), is_active: true })),
    },
  })
  const categoryOf = (craft: string) => categories.find((c: any) => c.handle === craft.replace(/_/g, "-"))!.id

  const producerIds: Record<string, string> = {}
  const productIds: Record<string, string> = {}
  const variantIds: Record<string, string> = {}
  for (const [i, p] of PRODUCTS.entries()) {
    const { result: [producer] } = await createProducersWorkflow(container).run({
      input: {
        producers: [
          {
            handle: `htx-${p.key}`,
            name: `HTX ${p.title}`,
            legal_kind: "cooperative",
            tax_code: `50001112${String(i).padStart(2, "0")}`,
            phone: `09120001${String(i).padStart(2, "0")}`,
            email: `htx-${p.key}@example.vn`,
            address: "tỉnh Tuyên Quang",
            status: "approved",
            craft_village_id: villageIds[p.village]!,
          },
        ],
      },
    })
    producerIds[p.key] = producer!.id
    const { result: [product] } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: p.title,
            handle: `sp-${p.key}`,
            status: "published",
            category_ids: [categoryOf(p.craft)],
            options: [{ title: "Loại", values: ["Tiêu chuẩn"] }],
            variants: [{ title: "Tiêu chuẩn", options: { Loại: "Tiêu chuẩn" }, manage_inventory: false, prices: [{ amount: 100000, currency_code: "vnd" }] }],
          },
        ],
        additional_data: { producer_id: producer!.id },
      },
    })
    productIds[p.key] = product!.id
    variantIds[p.key] = (product as any).variants[0].id
  }

  const ocop = container.resolve(OCOP_MODULE) as any
  for (const c of CERTIFICATES) {
    const stored = {
      product_group: "drinks",
      score: c.stars * 18 + 2,
      stars: c.stars,
      certificate_number: c.number,
      decision_number: `${c.number}/QĐ-UBND`,
      decision_date: calendarDateToStored(c.decision_date),
      issuing_level: "province",
      issuing_body: "UBND tỉnh Tuyên Quang",
      valid_until: calendarDateToStored(c.valid_until),
    }
    const [certificate] = await ocop.createOcopCertificates([
      { ...stored, status: c.status, evidence_url: "https://example.vn/qd.png", submitted_at: new Date() },
    ])
    await link.create({ [Modules.PRODUCT]: { product_id: productIds[c.product] }, [OCOP_MODULE]: { ocop_certificate_id: certificate.id } })
    if (c.status === "verified" && c.valid_until >= today()) {
      const [badge] = await ocop.createOcopBadges([{ ...stored, certificate_id: certificate.id }])
      await link.create({ [Modules.PRODUCT]: { product_id: productIds[c.product] }, [OCOP_MODULE]: { ocop_badge_id: badge.id } })
    }
  }

  const geo = container.resolve(GEO_INDICATION_MODULE) as any
  const [mark] = await geo.createGeoMarks([
    { handle: "che-shan-tuyet-na-hang", kind: "geographic_indication", name: "Chè Shan tuyết Na Hang", certificate_number: "00104", product_name: "Chè Shan tuyết", managing_body: "UBND tỉnh Tuyên Quang" },
  ])
  for (const r of RIGHTS) {
    const [right] = await geo.createMarkRights([
      { granted_at: calendarDateToStored(`${YEAR}-01-15`), expires_at: r.expires_at ? calendarDateToStored(r.expires_at) : null, status: r.status, geo_mark_id: mark.id },
    ])
    await link.create({ [PRODUCER_MODULE]: { producer_id: producerIds[r.product] }, [GEO_INDICATION_MODULE]: { mark_right_id: right.id } })
    if (r.claims) await link.create({ [Modules.PRODUCT]: { product_id: productIds[r.product] }, [GEO_INDICATION_MODULE]: { geo_mark_id: mark.id } })
  }

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Việt Nam", currency_code: "vnd", countries: ["vn"] }, { name: "Hoa Kỳ", currency_code: "usd", countries: ["us"] }] },
  })
  for (const o of ORDERS) {
    const { result: order } = await createOrderWorkflow(container).run({
      input: {
        region_id: regions.find((r: any) => r.currency_code === o.currency)!.id,
        email: "buyer@example.vn",
        currency_code: o.currency,
        items: [{ title: o.product, quantity: o.quantity, unit_price: o.unit_price, product_id: productIds[o.product], variant_id: variantIds[o.product] } as any],
        shipping_address: { first_name: "Lan", last_name: "Nguyễn", address_1: "12 Tân Trào", city: "Tuyên Quang", country_code: "vn" },
      },
    })
    await link.create({ [PRODUCER_MODULE]: { producer_id: producerIds[o.product] }, [Modules.ORDER]: { order_id: order.id } })
    // Orders are placed now; the fixture dates them, and cancels one, directly in the table.
    await knex("order").where({ id: order.id }).update({ created_at: new Date(o.at), ...(o.canceled ? { status: "canceled", canceled_at: new Date(o.at) } : {}) })
    await knex("order_line_item").whereIn("id", knex("order_item").select("item_id").where({ order_id: order.id })).update({ product_id: productIds[o.product] })
  }

  // Every variant gets a product-level trace code when it is created; scans are of those.
  const codes: { product_variant_id: string; trace_code_id: string }[] = await knex("product_product_variant_traceability_trace_code").select(
    "product_variant_id",
    "trace_code_id"
  )
  const codeOf = (product: ProductKey) => codes.find((c) => c.product_variant_id === variantIds[product])!.trace_code_id
  await knex("scan").insert(
    SCANS.map((s, i) => ({ id: `scan_test_${i}`, trace_code_id: codeOf(s.product), scanned_at: new Date(s.at), verdict: s.verdict }))
  )
  return { villageIds, producerIds, productIds }
}
