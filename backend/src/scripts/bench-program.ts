import {
  addCalendarMonths,
  calendarDateToStored,
  certificateValidUntil,
  DISPLAY_POINT_KIND_KEYS,
  issuingLevelFor,
  starsFromScore,
  toCalendarDate,
  type CalendarDate,
} from "@cln/domain"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createOrderWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { CRAFT_KEYS } from "../modules/craft-village/models/craft-village"
import { GEO_INDICATION_MODULE } from "../modules/geo-indication"
import { OCOP_MODULE } from "../modules/ocop"
import { PRODUCER_MODULE } from "../modules/producer"
import { LINK_TABLES } from "../utils/program/tables"
import { createGeoMarkWorkflow } from "../workflows/certificates/workflows/create-geo-mark"
import { createCraftVillagesWorkflow } from "../workflows/craft-village/workflows/create-craft-villages"
import { createProducersWorkflow } from "../workflows/producer/workflows/create-producers"
import { createDisplayPointWorkflow } from "../workflows/promotion/workflows/display-points"
import { createLotWorkflow } from "../workflows/traceability/workflows/create-lot"
import { issueUnitSerialsWorkflow } from "../workflows/traceability/workflows/issue-unit-serials"
import { recordScansWorkflow } from "../workflows/traceability/workflows/record-scans"
import { STOREFRONT_CHANNEL } from "./seed"

/**
 * Benchmark data for the program dashboard and yearly report (issue #7, `bench/program.mjs`):
 * grows the demo database to BENCH_VILLAGES craft villages (500), BENCH_PRODUCERS producers
 * (10,000), BENCH_ORDERS orders (100,000) and BENCH_SCANS trace-code scans (1,000,000),
 * with the OCOP certificates, marks, rights of use and display-point scans around them.
 * Totals count the demo seed's rows; a rerun counts what exists and adds only the rest.
 *
 * How each set is written:
 * - villages, producers (each linked to a village), products (BENCH_PRODUCTS_PER_VILLAGE per
 *   village, each owned by one of its producers), geo marks, lots with unit serials and
 *   display points go through our workflows and Medusa's, in batches;
 * - OCOP certificates, their badges and the rights of use go through the modules' services
 *   and `link.create`, as the program integration tests do: a submit and a verify workflow
 *   per certificate would only add events the benchmark does not read;
 * - scans go through recordScansWorkflow (the scan recorder's own batch workflow), 5,000 at
 *   a time, so that `scan` and each code's aggregate are what the module writes;
 * - orders are copies of two real orders made by createOrderWorkflow, inserted with SQL into
 *   the Order module's own tables (`order`, `order_address`, `order_line_item`, `order_item`,
 *   `order_summary`) and linked to their producer in the producer–order link table: one
 *   workflow per order would take hours for 100,000. Every column of the real rows is
 *   copied; ids are new ids in Medusa's format (prefix + ULID); the line, quantity, price,
 *   currency, date and status change per copy, and the summary's totals follow the line.
 *   display-point scans are inserted the same way (one workflow per scan otherwise).
 * Dates run from January 2024 to today, growing over time (about 45 % in the current year).
 * Everything is derived from the row's number, so the data set is the same on every machine.
 */

const env = (name: string, fallback: number) => Number(process.env[name] || fallback)
const TARGET = {
  villages: env("BENCH_VILLAGES", 500),
  producers: env("BENCH_PRODUCERS", 10_000),
  orders: env("BENCH_ORDERS", 100_000),
  scans: env("BENCH_SCANS", 1_000_000),
  displayScans: env("BENCH_DISPLAY_SCANS", 100_000),
}
const PRODUCTS_PER_VILLAGE = env("BENCH_PRODUCTS_PER_VILLAGE", 5)
const DISPLAY_POINTS = 20
export const START = new Date("2024-01-01T00:00:00+07:00")

export const V = "bench-lang-"
export const P = "bench-nsx-"
const SP = "bench-sp-"

/** A number in [0, 1) fixed by (n, salt): the data set is the same on every run. */
export function rand(n: number, salt: number): number {
  let h = (Math.imul(n ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 0x27d4eb2f, 0xc2b2ae35)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d)
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b)
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296
}
export const pick = <T>(xs: readonly T[], n: number, salt: number): T => xs[Math.floor(rand(n, salt) * xs.length)]!
/** An instant between START and `end`, denser towards the end (business grows). */
export const grownInstant = (u: number, end: Date) => new Date(START.getTime() + (end.getTime() - START.getTime()) * Math.pow(u, 1 / 1.6))

export const COMMUNES = [
  "xã Hồng Thái", "xã Thượng Lâm", "xã Minh Quang", "xã Lùng Tám", "xã Na Hang", "xã Lâm Bình", "xã Yên Sơn", "xã Chiêm Hóa",
  "xã Hàm Yên", "xã Sơn Dương", "xã Đồng Văn", "xã Mèo Vạc", "xã Quản Bạ", "xã Bắc Mê", "xã Hoàng Su Phì", "xã Xín Mần",
  "xã Vị Xuyên", "xã Bắc Quang", "xã Quang Bình", "xã Yên Minh", "phường Minh Xuân", "phường Hà Giang 1", "xã Tân Trào", "xã Kim Bình",
]
export const CRAFT_WORDS: Record<string, string> = {
  tea: "chè", brocade: "thổ cẩm", hemp_linen: "dệt lanh", bamboo_rattan: "mây tre đan", food: "bánh", honey: "mật ong", fruit: "cam", liquor: "rượu",
}
const groupOfCraft = (craft: string) =>
  craft === "tea" || craft === "liquor" ? "drinks" : craft === "food" || craft === "honey" || craft === "fruit" ? "food" : "handicrafts"
const STATUSES = (n: number) => {
  const u = rand(n, 11)
  return u < 0.8 ? "effective" : u < 0.9 ? "struggling" : u < 0.96 ? "at_risk" : "dormant"
}

type Knex = any

export default async function benchProgram({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const started = Date.now()
  const end = new Date()
  const today = toCalendarDate(end)
  const log = (msg: string) => logger.info(`bench program: ${msg} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  const count = async (table: string, where?: (q: any) => any): Promise<number> => {
    const q = knex(table).count({ n: "*" })
    if (where) where(q)
    return Number((await q)[0].n)
  }
  log(`target ${TARGET.villages} villages, ${TARGET.producers} producers, ${TARGET.orders} orders, ${TARGET.scans} scans`)

  const { benchVillages, producerIdByHandle } = await generateVillagesAndProducers(container, knex, TARGET, log)

  // Products: the first PRODUCTS_PER_VILLAGE producers of each bench village sell one ------
  const sellers = Math.min(producerIdByHandle.size, benchVillages.length * PRODUCTS_PER_VILLAGE)
  const existingProducts = new Set<string>((await knex("product").select("handle").where("handle", "like", `${SP}%`)).map((r: any) => r.handle))
  const missing = Array.from({ length: sellers }, (_, n) => n).filter((n) => !existingProducts.has(`${SP}${n}`))
  if (missing.length) {
    const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: STOREFRONT_CHANNEL } })
    const { data: profiles } = await query.graph({ entity: "shipping_profile", fields: ["id"], filters: { type: "default" } })
    const categories = new Map<string, string>((await knex("product_category").select("id", "handle").whereNull("deleted_at")).map((r: any) => [r.handle, r.id]))
    for (let k = 0; k < missing.length; k += 100) {
      const batch = missing.slice(k, k + 100)
      const { result: created } = await createProductsWorkflow(container).run({
        input: {
          products: batch.map((n) => {
            const village = benchVillages[n % benchVillages.length]!
            const craft = village.crafts[0]!
            const price = (40 + Math.floor(rand(n, 31) * 460)) * 1000
            return {
              title: `${CRAFT_WORDS[craft]![0]!.toUpperCase()}${CRAFT_WORDS[craft]!.slice(1)} ${village.name} loại ${Math.floor(n / benchVillages.length) + 1}`,
              handle: `${SP}${n}`,
              status: ProductStatus.PUBLISHED,
              category_ids: [categories.get(craft.replace(/_/g, "-"))].filter(Boolean) as string[],
              shipping_profile_id: profiles[0]?.id,
              sales_channels: channels[0] ? [{ id: channels[0].id }] : [],
              metadata: { bench: true },
              options: [{ title: "Loại", values: ["Tiêu chuẩn"] }],
              variants: [
                {
                  title: "Tiêu chuẩn",
                  sku: `BENCH-SP-${n}`,
                  manage_inventory: false,
                  options: { Loại: "Tiêu chuẩn" },
                  prices: [
                    { currency_code: "vnd", amount: price },
                    { currency_code: "usd", amount: Math.round(price / 250) / 100 },
                  ],
                },
              ],
            }
          }),
        },
      })
      // The owner link, as the products-created hook makes it (one producer per workflow run there).
      await link.create(
        created.map((p: any) => {
          const n = Number(p.handle.slice(SP.length))
          return { [PRODUCER_MODULE]: { producer_id: producerIdByHandle.get(`${P}${n}`)! }, [Modules.PRODUCT]: { product_id: p.id } }
        })
      )
      log(`products ${existingProducts.size + k + batch.length}/${sellers}`)
    }
  }
  // Bench products in number order, with their variant, price and owner.
  const products: { n: number; id: string; title: string; handle: string; variant_id: string; sku: string; price: number; producer_id: string }[] = (
    await knex("product as p")
      .join("product_variant as v", "v.product_id", "p.id")
      .join(`${LINK_TABLES.producerProduct} as pp`, "pp.product_id", "p.id")
      .select("p.id", "p.title", "p.handle", { variant_id: "v.id", sku: "v.sku", producer_id: "pp.producer_id" })
      .where("p.handle", "like", `${SP}%`)
      .whereNull("p.deleted_at")
      .whereNull("v.deleted_at")
      .whereNull("pp.deleted_at")
  )
    .map((r: any) => {
      const n = Number(r.handle.slice(SP.length))
      return { ...r, n, price: (40 + Math.floor(rand(n, 31) * 460)) * 1000 }
    })
    .sort((a: any, b: any) => a.n - b.n)

  // OCOP certificates: about 60 % of products; badges for those verified and current ------
  const certified = new Set<string>(
    (await knex(LINK_TABLES.productOcopCertificate).select("product_id").whereIn("product_id", products.map((p) => p.id))).map((r: any) => r.product_id)
  )
  const uncertified = products.filter((p) => rand(p.n, 41) < 0.6 && !certified.has(p.id))
  if (uncertified.length) {
    const ocop = container.resolve(OCOP_MODULE) as any
    const rows = uncertified.flatMap((p) => {
      const score = 50 + rand(p.n, 42) * 49
      const stars = starsFromScore(score)
      const decided = addCalendarMonths("2022-01-10" as CalendarDate, Math.floor(rand(p.n, 43) * 58))
      const u = rand(p.n, 44)
      const status = u < 0.8 ? "verified" : u < 0.9 ? "submitted" : u < 0.95 ? "rejected" : "revoked"
      const validUntil = certificateValidUntil(decided)
      return [
        {
          product: p,
          certificate: {
            product_group: groupOfCraft(benchVillages[p.n % benchVillages.length]!.crafts[0]!),
            score: Math.round(score * 10) / 10,
            stars,
            certificate_number: `OCOP-B-${p.n}`,
            decision_number: `${1000 + p.n}/QĐ-UBND`,
            decision_date: calendarDateToStored(decided),
            issuing_level: issuingLevelFor(stars)!,
            issuing_body: stars === 5 ? "Hội đồng OCOP Trung ương" : "UBND tỉnh Tuyên Quang",
            valid_until: calendarDateToStored(validUntil),
            // A verified certificate past its last day is what the daily job marks expired.
            status: status === "verified" && validUntil < today ? "expired" : status,
            evidence_url: "https://example.vn/ocop-quyet-dinh.png",
            submitted_at: calendarDateToStored(decided),
            reviewed_at: status === "submitted" ? null : calendarDateToStored(decided),
            reviewed_by: status === "submitted" ? null : "bench",
          },
        },
      ]
    })
    for (let k = 0; k < rows.length; k += 500) {
      const batch = rows.slice(k, k + 500)
      const created: any[] = await ocop.createOcopCertificates(batch.map((r) => r.certificate))
      await link.create(created.map((c, i) => ({ [Modules.PRODUCT]: { product_id: batch[i]!.product.id }, [OCOP_MODULE]: { ocop_certificate_id: c.id } })))
      const current = created.map((c, i) => ({ c, p: batch[i]!.product })).filter(({ c }) => c.status === "verified")
      const badges: any[] = await ocop.createOcopBadges(
        current.map(({ c }) => ({
          certificate_id: c.id,
          stars: c.stars,
          score: c.score,
          product_group: c.product_group,
          certificate_number: c.certificate_number,
          decision_number: c.decision_number,
          decision_date: c.decision_date,
          issuing_level: c.issuing_level,
          issuing_body: c.issuing_body,
          valid_until: c.valid_until,
        }))
      )
      await link.create(badges.map((b, i) => ({ [Modules.PRODUCT]: { product_id: current[i]!.p.id }, [OCOP_MODULE]: { ocop_badge_id: b.id } })))
    }
    log(`${rows.length} OCOP certificates`)
  }

  // Marks: one collective mark per craft; rights for about 30 % of the sellers ------------
  const markIds = new Map<string, string>((await knex("geo_mark").select("id", "handle").where("handle", "like", "bench-nh-%")).map((r: any) => [r.handle, r.id]))
  for (const craft of CRAFT_KEYS) {
    const handle = `bench-nh-${craft.replace(/_/g, "-")}`
    if (markIds.has(handle)) continue
    const { result } = await createGeoMarkWorkflow(container).run({
      input: {
        handle,
        kind: "collective_mark",
        name: `Nhãn hiệu tập thể ${CRAFT_WORDS[craft]} Tuyên Quang`,
        certificate_number: `4-0${CRAFT_KEYS.indexOf(craft)}-BENCH`,
        product_name: CRAFT_WORDS[craft]!,
        managing_body: "Hội Làng nghề tỉnh Tuyên Quang",
        decision_number: null,
        decision_date: null,
      } as any,
    })
    markIds.set(handle, result.id)
  }
  const holders = new Set<string>(
    (await knex(LINK_TABLES.producerMarkRight).select("producer_id").whereIn("producer_id", products.map((p) => p.producer_id))).map((r: any) => r.producer_id)
  )
  const toGrant = products.filter((p) => rand(p.n, 51) < 0.3 && !holders.has(p.producer_id))
  if (toGrant.length) {
    const geo = container.resolve(GEO_INDICATION_MODULE) as any
    const grants = toGrant
      .map((p) => {
        const village = benchVillages[p.n % benchVillages.length]!
        const u = rand(p.n, 52)
        const granted = addCalendarMonths("2023-03-01" as CalendarDate, Math.floor(rand(p.n, 53) * 44))
        return {
          p,
          mark: markIds.get(`bench-nh-${village.crafts[0]!.replace(/_/g, "-")}`)!,
          right: {
            granted_at: calendarDateToStored(granted),
            expires_at: u < 0.5 ? null : calendarDateToStored(addCalendarMonths(granted, 24 + Math.floor(rand(p.n, 54) * 36))),
            status: u > 0.95 ? "revoked" : "current",
          },
          claims: rand(p.n, 55) < 0.85,
        }
      })
      .map((g) => ({ ...g, right: { ...g.right, status: g.right.status === "current" && g.right.expires_at && toCalendarDate(g.right.expires_at) < today ? "expired" : g.right.status } }))
    for (let k = 0; k < grants.length; k += 500) {
      const batch = grants.slice(k, k + 500)
      const created: any[] = await geo.createMarkRights(batch.map((g) => ({ ...g.right, geo_mark_id: g.mark })))
      await link.create(created.map((r, i) => ({ [PRODUCER_MODULE]: { producer_id: batch[i]!.p.producer_id }, [GEO_INDICATION_MODULE]: { mark_right_id: r.id } })))
      const claims = batch.filter((g) => g.claims)
      await link.create(claims.map((g) => ({ [Modules.PRODUCT]: { product_id: g.p.id }, [GEO_INDICATION_MODULE]: { geo_mark_id: g.mark } })))
    }
    log(`${grants.length} rights of use`)
  }

  // Lots: one per village (its first seller's product) with 4 unit serials ----------------
  const lotsNow = await count(LINK_TABLES.variantLot, (q) => q.whereIn("product_variant_id", products.map((p) => p.variant_id)))
  const lotProducts = products.filter((p) => p.n < benchVillages.length)
  for (const [i, p] of lotProducts.slice(lotsNow).entries()) {
    const { result: lot } = await createLotWorkflow(container).run({
      input: { producer_id: p.producer_id, variant_id: p.variant_id, quantity: 200, uom: "pcs", produced_at: new Date(START.getTime() + rand(p.n, 61) * (end.getTime() - START.getTime()) * 0.8) },
    })
    await issueUnitSerialsWorkflow(container).run({ input: { lot_id: (lot as any).id, count: 4 } })
    if ((lotsNow + i + 1) % 100 === 0) log(`lots ${lotsNow + i + 1}/${lotProducts.length}`)
  }

  // Orders -----------------------------------------------------------------------------
  await generateOrders(container, knex, products, end, log)

  // Scans ------------------------------------------------------------------------------
  await generateScans(container, knex, products, end, log)
  await generateDisplayScans(container, knex, end, log)

  await knex.raw(
    `analyze craft_village, producer, product, "order", order_item, order_line_item, order_summary, scan, trace_code, ocop_certificate, ocop_badge, mark_right, display_point_scan, ${[
      LINK_TABLES.villageProducer,
      LINK_TABLES.producerOrder,
      LINK_TABLES.producerProduct,
    ].join(", ")}`
  )
  log("done")
}

/**
 * Villages and producers (totals counting the demo seed's), through their workflows; a
 * rerun adds only the rest. Producer n belongs to bench village n mod (bench villages).
 * Also used by bench-national.ts.
 */
export async function generateVillagesAndProducers(
  container: ExecArgs["container"],
  knex: Knex,
  target: { villages: number; producers: number },
  log: (m: string) => void
) {
  const count = async (table: string, where?: (q: any) => any): Promise<number> => {
    const q = knex(table).count({ n: "*" })
    if (where) where(q)
    return Number((await q)[0].n)
  }
  // Villages ---------------------------------------------------------------------------
  const villagesNow = await count("craft_village", (q) => q.whereNull("deleted_at"))
  const benchVillagesNow = await count("craft_village", (q) => q.where("handle", "like", `${V}%`))
  for (let i = benchVillagesNow, added = 0; added < target.villages - villagesNow; ) {
    const size = Math.min(100, target.villages - villagesNow - added)
    await createCraftVillagesWorkflow(container).run({
      input: {
        villages: Array.from({ length: size }, (_, k) => {
          const n = i + k
          const craft = CRAFT_KEYS[n % CRAFT_KEYS.length]!
          const crafts = rand(n, 1) < 0.2 ? [craft, CRAFT_KEYS[(n + 3) % CRAFT_KEYS.length]!] : [craft]
          const households = 20 + Math.floor(rand(n, 2) * 180)
          const workers = Math.floor(households * (1.8 + rand(n, 3)))
          const decided = rand(n, 4)
          return {
            handle: `${V}${n}`,
            name: `Làng ${CRAFT_WORDS[craft]} ${pick(COMMUNES, n, 5).replace(/^(xã|phường) /, "")} ${n}`,
            commune: pick(COMMUNES, n, 5),
            province: "Tuyên Quang",
            crafts,
            recognition_kind: pick(["lang_nghe", "lang_nghe_truyen_thong", "nghe_truyen_thong"] as const, n, 6),
            decision_no: `${100 + n}/QĐ-UBND`,
            // Most recognised years ago; some in each plan year, about 4 % not yet decided.
            decision_date: decided < 0.04 ? null : calendarDateToStored(`${2008 + Math.floor(decided * 19)}-${String(1 + (n % 12)).padStart(2, "0")}-15` as CalendarDate),
            households,
            workers,
            workers_trained: Math.floor(workers * (0.4 + rand(n, 7) * 0.6)),
            households_env_compliant: Math.floor(households * (0.5 + rand(n, 8) * 0.5)),
            status: STATUSES(n) as any,
            tourism: rand(n, 9) < 0.2,
          }
        }),
      },
    })
    added += size
    i += size
    log(`villages ${villagesNow + added}/${target.villages}`)
  }
  const benchVillages: { id: string; handle: string; crafts: string[]; commune: string; name: string }[] = await knex("craft_village")
    .select("id", "handle", "crafts", "commune", "name")
    .where("handle", "like", `${V}%`)
    .whereNull("deleted_at")
    .orderByRaw("length(handle), handle")
  if (!benchVillages.length) throw new Error("No bench villages: is BENCH_VILLAGES above the demo seed's count?")

  // Producers: producer n belongs to bench village n mod (bench villages) ----------------
  const producersNow = await count("producer", (q) => q.whereNull("deleted_at"))
  const benchProducersNow = await count("producer", (q) => q.where("handle", "like", `${P}%`))
  for (let i = benchProducersNow, added = 0; added < target.producers - producersNow; ) {
    const size = Math.min(500, target.producers - producersNow - added)
    await createProducersWorkflow(container).run({
      input: {
        producers: Array.from({ length: size }, (_, k) => {
          const n = i + k
          const village = benchVillages[n % benchVillages.length]!
          const kind = pick(["household", "household", "cooperative", "enterprise"] as const, n, 21)
          return {
            handle: `${P}${n}`,
            name: `${kind === "cooperative" ? "HTX" : kind === "enterprise" ? "Công ty TNHH" : "Hộ"} ${village.name} ${Math.floor(n / benchVillages.length) + 1}`,
            legal_kind: kind,
            tax_code: kind === "household" ? null : String(5000000000 + n),
            phone: `09${String(10000000 + n).slice(-8)}`,
            email: `${P}${n}@example.vn`,
            address: `${village.commune}, tỉnh Tuyên Quang`,
            status: rand(n, 22) < 0.95 ? ("approved" as const) : ("pending" as const),
            craft_village_id: village.id,
          }
        }),
      },
    })
    added += size
    i += size
    log(`producers ${producersNow + added}/${target.producers}`)
  }
  const producerIdByHandle = new Map<string, string>(
    (await knex("producer").select("id", "handle").where("handle", "like", `${P}%`)).map((r: any) => [r.handle, r.id])
  )
  return { benchVillages, producerIdByHandle }
}

const ORDER_TABLES = ["order_address", "order", "order_line_item", "order_item", "order_summary"] as const
const prefixOf = (id: string) => id.slice(0, id.lastIndexOf("_"))

/** Copies of two real orders (one per currency); see the file's comment for why SQL. */
export async function generateOrders(
  container: ExecArgs["container"],
  knex: Knex,
  products: any[],
  end: Date,
  log: (m: string) => void,
  options: { target?: number; productFor?: (n: number) => any } = {}
) {
  const target = options.target ?? TARGET.orders
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const total = async () => Number((await knex("order").count({ n: "*" }))[0].n)
  let existing = await total()
  if (existing >= target) return
  // The templates: real orders from the Order module's own workflow, linked like any other.
  const regions: any[] = await knex("region").select("id", "currency_code").whereNull("deleted_at")
  const [channel] = await knex("sales_channel").select("id").where("name", STOREFRONT_CHANNEL)
  const templates: Record<string, string> = {}
  for (const currency of ["vnd", "usd"]) {
    const p = products[0]
    const { result: order } = await createOrderWorkflow(container).run({
      input: {
        region_id: regions.find((r) => r.currency_code === currency)?.id,
        sales_channel_id: channel?.id,
        email: "nguoimua@example.vn",
        currency_code: currency,
        items: [{ title: "Tiêu chuẩn", quantity: 1, unit_price: currency === "vnd" ? p.price : p.price / 25000, product_id: p.id, variant_id: p.variant_id } as any],
        shipping_address: { first_name: "Lan", last_name: "Nguyễn", address_1: "12 Tân Trào", city: "phường Minh Xuân", province: "Tuyên Quang", country_code: "vn", phone: "0987654321" },
      },
    })
    await link.create({ [PRODUCER_MODULE]: { producer_id: p.producer_id }, [Modules.ORDER]: { order_id: order.id } })
    templates[currency] = order.id
  }
  existing += 2
  const rowsOf = async (orderId: string) => {
    const [order] = await knex("order").select("*").where("id", orderId)
    const items = await knex("order_item").select("*").where("order_id", orderId)
    return {
      order,
      address: order.shipping_address_id ? (await knex("order_address").select("*").where("id", order.shipping_address_id))[0] : null,
      item: items[0],
      line: (await knex("order_line_item").select("*").where("id", items[0].item_id))[0],
      summary: (await knex("order_summary").select("*").where("order_id", orderId))[0],
    }
  }
  const template = { vnd: await rowsOf(templates.vnd!), usd: await rowsOf(templates.usd!) }
  // A custom display id is unique per order; the workflow leaves it empty, and so do the copies.
  if (template.vnd.order.custom_display_id || template.usd.order.custom_display_id) throw new Error("The template order has a custom display id")
  const templateTotal = { vnd: Number(template.vnd.line.unit_price), usd: Number(template.usd.line.unit_price) }

  const BATCH = 2_000
  // Popular products sell more: the i-th product's weight falls off slowly.
  const weights = products.map((_, i) => 1 / Math.sqrt(1 + (i % 97)))
  const cumulative: number[] = []
  weights.reduce((s, w, i) => (cumulative[i] = s + w), 0)
  const totalWeight = cumulative[cumulative.length - 1]!
  const productFor = options.productFor ?? ((n: number) => {
    const u = rand(n, 71) * totalWeight
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < u) lo = mid + 1
      else hi = mid
    }
    return products[lo]
  })
  for (let n = existing; n < target; n += BATCH) {
    const size = Math.min(BATCH, target - n)
    const rows: Record<(typeof ORDER_TABLES)[number], any[]> = { order: [], order_address: [], order_line_item: [], order_item: [], order_summary: [] }
    const links: any[] = []
    for (let k = 0; k < size; k++) {
      const i = n + k
      const currency = rand(i, 72) < 0.05 ? "usd" : "vnd"
      const t = template[currency]
      const p = productFor(i)
      const quantity = 1 + Math.floor(Math.pow(rand(i, 73), 3) * 6)
      const unitPrice = currency === "vnd" ? p.price : Math.round(p.price / 250) / 100
      const at = grownInstant(rand(i, 74), end)
      const u = rand(i, 75)
      // Older orders are done; recent ones still open; a few were canceled.
      const status = u < 0.03 ? "canceled" : end.getTime() - at.getTime() > 14 * 86_400_000 ? "completed" : "pending"
      const orderId = generateEntityId(undefined, prefixOf(t.order.id))
      const addressId = t.address ? generateEntityId(undefined, prefixOf(t.address.id)) : null
      const lineId = generateEntityId(undefined, prefixOf(t.line.id))
      const itemId = generateEntityId(undefined, prefixOf(t.item.id))
      const stamps = { created_at: at, updated_at: at }
      const raw = (v: number) => ({ value: String(v), precision: 20 })
      rows.order.push({ ...t.order, ...stamps, id: orderId, shipping_address_id: addressId, status, canceled_at: status === "canceled" ? at : null })
      if (t.address) rows.order_address.push({ ...t.address, ...stamps, id: addressId })
      rows.order_line_item.push({
        ...t.line,
        ...stamps,
        id: lineId,
        totals_id: t.line.totals_id ? itemId : null,
        title: "Tiêu chuẩn",
        product_id: p.id,
        variant_id: p.variant_id,
        product_title: p.title,
        product_handle: p.handle,
        variant_sku: p.sku,
        unit_price: unitPrice,
        raw_unit_price: raw(unitPrice),
      })
      rows.order_item.push({
        ...t.item,
        ...stamps,
        id: itemId,
        order_id: orderId,
        item_id: lineId,
        quantity,
        raw_quantity: raw(quantity),
        ...(t.item.unit_price !== null ? { unit_price: unitPrice, raw_unit_price: raw(unitPrice) } : {}),
      })
      rows.order_summary.push({
        ...t.summary,
        ...stamps,
        id: generateEntityId(undefined, prefixOf(t.summary.id)),
        order_id: orderId,
        totals: scaleTotals(t.summary.totals, templateTotal[currency], unitPrice * quantity),
      })
      links.push({ id: generateEntityId(undefined, "link"), producer_id: p.producer_id, order_id: orderId, ...stamps })
    }
    await knex.transaction(async (trx: Knex) => {
      for (const table of ORDER_TABLES) {
        if (!rows[table].length) continue
        // display_id is left to the order's sequence, as Medusa leaves it.
        const columns = Object.keys(rows[table][0]).filter((c) => !(table === "order" && c === "display_id"))
        await trx.raw(`insert into ?? (${columns.map(() => "??").join(", ")}) select ${columns.map(() => "??").join(", ")} from json_populate_recordset(null::??, ?)`, [
          table,
          ...columns,
          ...columns,
          table,
          JSON.stringify(rows[table]),
        ])
      }
      await trx(LINK_TABLES.producerOrder).insert(links)
    })
    log(`orders ${n + size}/${target}`)
  }
}

/** The template's summary with every amount equal to the template's total replaced by the copy's. */
function scaleTotals(totals: any, from: number, to: number): any {
  if (totals === null || totals === undefined) return totals
  const walk = (v: any): any => {
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
    if (typeof v === "number" && v === from) return to
    if (typeof v === "string" && v !== "" && Number(v) === from) return String(to)
    return v
  }
  return walk(totals)
}

/**
 * BENCH_SCANS scans of the bench products' codes (product, lot and unit codes) through
 * recordScansWorkflow. Code c gets count_c scans, numbered 0…count_c−1 in time order; a
 * scan's number n maps to (code, rank), so a rerun resumes where the last one stopped.
 */
async function generateScans(container: ExecArgs["container"], knex: Knex, products: any[], end: Date, log: (m: string) => void) {
  const variantIds = products.map((p) => p.variant_id)
  const productCodes = await knex(`${LINK_TABLES.variantTraceCode} as l`).join("trace_code as tc", "tc.id", "l.trace_code_id").select("tc.id", "tc.kind").whereIn("l.product_variant_id", variantIds)
  const lotCodes = await knex(`${LINK_TABLES.variantLot} as l`).join("trace_code as tc", "tc.lot_id", "l.lot_id").select("tc.id", "tc.kind").whereIn("l.product_variant_id", variantIds)
  const codes: { id: string; kind: string }[] = [...productCodes, ...lotCodes].sort((a, b) => (a.id < b.id ? -1 : 1))
  if (!codes.length) throw new Error("No trace codes on the bench products")
  const scansNow = await countRows(knex, "scan")
  const benchNow = Number((await knex("scan").whereIn("trace_code_id", codes.map((c) => c.id)).count({ n: "*" }))[0].n)
  const wanted = Math.max(0, TARGET.scans - (scansNow - benchNow))
  if (benchNow >= wanted) return
  // Scans per code: product codes most, lot codes fewer, unit serials a handful each (some
  // past the five that raise a warning).
  const weight = (c: { kind: string }, i: number) => (c.kind === "product" ? 6 : c.kind === "lot" ? 2 : 0.35) * (0.2 + 1.8 * rand(i, 81))
  const weights = codes.map(weight)
  const sum = weights.reduce((s, w) => s + w, 0)
  const counts = weights.map((w) => Math.floor((w / sum) * wanted))
  for (let i = 0, left = wanted - counts.reduce((s, c) => s + c, 0); left > 0; i = (i + 1) % counts.length, left--) counts[i]!++
  const firstOf: number[] = []
  counts.reduce((s, c, i) => ((firstOf[i] = s), s + c), 0)
  // Most codes start early and keep being scanned, so scans grow over time like orders (about 45 % in the current year).
  const startOf = codes.map((_, i) => START.getTime() + (end.getTime() - START.getTime()) * 0.95 * rand(i, 82) ** 3)
  const CITIES = [
    { country: "VN", region: "22", city: "Tuyên Quang" },
    { country: "VN", region: "HN", city: "Hà Nội" },
    { country: "VN", region: "SG", city: "Hồ Chí Minh" },
    { country: "VN", region: "20", city: "Hà Giang" },
    { country: "JP", region: "13", city: "Tokyo" },
  ]
  const BATCH = 5_000
  let c = 0
  for (let n = benchNow; n < wanted; n += BATCH) {
    const batch = []
    for (let k = n; k < Math.min(wanted, n + BATCH); k++) {
      while (firstOf[c]! + counts[c]! <= k) c++
      while (firstOf[c]! > k) c--
      const rank = k - firstOf[c]!
      const from = startOf[c]!
      const at = new Date(from + (end.getTime() - from) * Math.min(0.9999, (rank + rand(k, 83)) / counts[c]!))
      const place = pick(CITIES, k, 84)
      const u = rand(k, 85)
      batch.push({
        trace_code_id: codes[c]!.id,
        scanned_at: at,
        ...place,
        place: { ...place, lat: null, lon: null, name: place.city },
        fingerprint: Math.floor(rand(k, 86) * 2 ** 32).toString(16).padStart(8, "0") + Math.floor(rand(k, 87) * 2 ** 32).toString(16).padStart(8, "0"),
        verdict: rank === 0 ? "first_scan" : u < 0.01 ? "chain_broken" : u < 0.015 && codes[c]!.kind !== "product" ? "walked_up" : "scanned_before",
      })
    }
    await recordScansWorkflow(container).run({ input: batch })
    if ((n / BATCH) % 10 === 9 || n + BATCH >= wanted) log(`scans ${scansNow - benchNow + Math.min(wanted, n + BATCH)}/${TARGET.scans}`)
  }
}

async function countRows(knex: Knex, table: string): Promise<number> {
  return Number((await knex(table).count({ n: "*" }))[0].n)
}

/** Display points and BENCH_DISPLAY_SCANS scans of their posters (not part of BENCH_SCANS). */
async function generateDisplayScans(container: ExecArgs["container"], knex: Knex, end: Date, log: (m: string) => void) {
  const points: { id: string; handle: string }[] = await knex("display_point").select("id", "handle").where("handle", "like", "bench-dp-%")
  for (let i = points.length; i < DISPLAY_POINTS; i++) {
    const { result } = await createDisplayPointWorkflow(container).run({
      input: {
        handle: `bench-dp-${i}`,
        name: `Điểm trưng bày ${i + 1}`,
        kind: DISPLAY_POINT_KIND_KEYS[i % DISPLAY_POINT_KIND_KEYS.length]!,
        address: `${i + 1} Tân Trào`,
        commune: pick(COMMUNES, i, 91),
        province: "Tuyên Quang",
      },
    })
    points.push({ id: (result as any).id, handle: `bench-dp-${i}` })
  }
  points.sort((a, b) => Number(a.handle.slice(9)) - Number(b.handle.slice(9)))
  const now = Number((await knex("display_point_scan").whereIn("display_point_id", points.map((p) => p.id)).count({ n: "*" }))[0].n)
  const BATCH = 5_000
  for (let n = now; n < TARGET.displayScans; n += BATCH) {
    const rows = []
    for (let k = n; k < Math.min(TARGET.displayScans, n + BATCH); k++) {
      const at = grownInstant(rand(k, 92), end)
      rows.push({ id: generateEntityId(undefined, "dpscan"), display_point_id: pick(points, k, 93).id, scanned_at: at, locale: rand(k, 94) < 0.9 ? "vi" : "en", created_at: at, updated_at: at })
    }
    await knex("display_point_scan").insert(rows)
  }
  if (now < TARGET.displayScans) log(`display-point scans ${TARGET.displayScans}`)
}

