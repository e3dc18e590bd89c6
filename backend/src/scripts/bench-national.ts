import { chainEvent, generateTraceCode, type TraceEventContent, type TraceStepKey, stepToEventShape, verifyChain } from "@cln/domain"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId, Modules } from "@medusajs/framework/utils"
import { createHash } from "node:crypto"
import { LINK_TABLES } from "../utils/program/tables"
import { DEMO_PRODUCER } from "./seed"
import { generateOrders, generateVillagesAndProducers, pick, rand, START } from "./bench-program"

/**
 * Benchmark data at provincial-to-national scale (issue #8, `bench/national.mjs`): 500 craft
 * villages, 10,000 producers, 100,000 products, 1,000,000 trace events, 5,000,000 scans and
 * 100,000 orders, or BENCH_FRACTION of each (0.01: 5, 100, 1,000, 10,000, 50,000, 1,000).
 * Sizes count generated rows, on top of the demo seed's; a rerun counts what exists and adds only the rest.
 *
 * At this size one workflow per row would take days (issue #6: 10,000 products through
 * createProductsWorkflow took 55 minutes), so most sets are written with SQL into the
 * modules' own tables, copying rows that the modules' own workflows wrote:
 * - villages and producers: through their workflows, as bench-program.ts does (shared code);
 * - products: copies of the demo products (made by createProductsWorkflow in the seed, with
 *   options, variants, prices, stock, images, category, sales channel, shipping profile,
 *   English translations and each variant's product trace code). Every row of a template
 *   product in every table it owns is copied with new ids in Medusa's format (prefix +
 *   ULID); ids pointing inside the copy are remapped. Title, handle, SKUs, prices and owner
 *   change per copy; product n belongs to bench producer n mod (bench producers), and copies
 *   a demo product of its village's craft. Then the Search module indexes them through the
 *   product index's own seed (a scoped `reindex`), so search sees what the catalogue holds;
 * - lots and trace events: lot n gets a lot code, 4 unit serials and an EPCIS-style event
 *   chain (harvest, craft steps, inspection, packing, shipping) hashed with @cln/domain's
 *   chainEvent, exactly as the append step chains them; the lot's head hash and count match;
 * - scans: BENCH scan n maps to (code, rank) as in bench-program.ts; rows are inserted with
 *   SQL, and each code's aggregate (count, first and last scan, first place) is set to what
 *   recordScansWorkflow would have left after those scans;
 * - orders: bench-program.ts's copies of two real orders, 5 % of them for the demo producer
 *   (the producer panel's bench signs in as that producer).
 * Trace codes are derived from the row's number (sha256), not random, and so is every
 * value; only ids (ULIDs) and the creation timestamps differ between two runs.
 */

const FRACTION = Number(process.env.BENCH_FRACTION || 1)
const FULL = { villages: 500, producers: 10_000, products: 100_000, events: 1_000_000, scans: 5_000_000, orders: 100_000 }
const TARGET = Object.fromEntries(Object.entries(FULL).map(([k, v]) => [k, Math.max(1, Math.round(v * FRACTION))])) as typeof FULL
/** Events per lot average 20 (a harvest-to-shipping story of a batch), so lots = events / 20. */
const EVENTS_PER_LOT = 20
const SERIALS_PER_LOT = 4
/** The share of orders that go to the demo producer, the one the order-list bench signs in as. */
const DEMO_PRODUCER_ORDER_SHARE = 0.05

/** BENCH_NATIONAL_SETS limits a run to some sets (e.g. "scans" and "orders" in two processes side by side). */
const SETS = new Set((process.env.BENCH_NATIONAL_SETS || "villages_producers,products,search_index,lots_events,scans,orders").split(","))

const NP = "nat-" // product handles: nat-<n>-<template handle>
const NL = "NAT-" // lot numbers: NAT-<n>

type Knex = any
type Row = Record<string, any>

const prefixOf = (id: string) => (id.includes("_") ? id.slice(0, id.lastIndexOf("_")) : "")
const newIdLike = (id: string) => generateEntityId(undefined, prefixOf(id) || undefined)

/** A trace code fixed by (kind, n): the issued alphabet and length, from sha256 bytes. */
function traceCodeOf(kind: string, n: number): string {
  const digest = createHash("sha256").update(`cln-national:${kind}:${n}`).digest()
  return generateTraceCode(12, (len) => new Uint8Array(digest.subarray(0, len)))
}

/** Inserts rows (all with the same keys) through json_populate_recordset, in chunks. */
async function insertRows(trx: Knex, table: string, rows: Row[], chunk = 5_000) {
  if (!rows.length) return
  const columns = Object.keys(rows[0]!)
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk)
    await trx.raw(`insert into ?? (${columns.map(() => "??").join(", ")}) select ${columns.map(() => "??").join(", ")} from json_populate_recordset(null::??, ?)`, [
      table,
      ...columns,
      ...columns,
      table,
      JSON.stringify(part),
    ])
  }
}

async function countOf(knex: Knex, table: string, where?: (q: any) => any): Promise<number> {
  const q = knex(table).count({ n: "*" })
  if (where) where(q)
  return Number((await q)[0].n)
}

async function tableExists(knex: Knex, table: string): Promise<boolean> {
  const rows = await knex("information_schema.tables").select("table_name").where({ table_schema: "public", table_name: table })
  return rows.length > 0
}

export default async function benchNational({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const started = Date.now()
  let setStarted = Date.now()
  // Today's start in Vietnam: data runs up to it, and is the same all day long (hashes included).
  const end = new Date(Math.floor((Date.now() + 7 * 3_600_000) / 86_400_000) * 86_400_000 - 7 * 3_600_000)
  const log = (msg: string) => logger.info(`bench national: ${msg} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  const timings: Record<string, number> = {}
  const done = (set: string) => {
    timings[set] = Math.round((Date.now() - setStarted) / 100) / 10
    log(`${set} ready in ${timings[set]} s`)
    setStarted = Date.now()
  }
  log(`fraction ${FRACTION}: target ${JSON.stringify(TARGET)}`)

  // Sizes count generated rows, on top of the demo seed's (16 villages, 16 producers, 48 products…).
  const demoVillages = await countOf(knex, "craft_village", (q) => q.whereNull("deleted_at").whereNot("handle", "like", "bench-lang-%"))
  const demoProducers = await countOf(knex, "producer", (q) => q.whereNull("deleted_at").whereNot("handle", "like", "bench-nsx-%"))
  const { benchVillages, producerIdByHandle } = await generateVillagesAndProducers(
    container,
    knex,
    { villages: demoVillages + TARGET.villages, producers: demoProducers + TARGET.producers },
    log
  )
  done("villages_producers")

  // Fresh statistics after each bulk set: the planner otherwise still sees the demo's few
  // rows and joins 100,000 products by nested loops.
  const analyze = (tables: string[]) => knex.raw(`analyze ${tables.map((t) => `"${t}"`).join(", ")}`)
  if (SETS.has("products")) await generateProducts(container, knex, benchVillages, producerIdByHandle, log)
  await analyze([...PRODUCT_TABLES, LINK_TABLES.producerProduct, LINK_TABLES.variantTraceCode, "trace_code", "producer", "craft_village", LINK_TABLES.villageProducer])
  done("products")
  if (SETS.has("search_index")) await indexProducts(container, knex, log)
  done("search_index")

  const products = await nationalProducts(knex)
  if (SETS.has("lots_events")) await generateLotsAndEvents(knex, products, end, log)
  await analyze(["lot", "trace_event", "trace_code", LINK_TABLES.variantLot])
  done("lots_events")
  if (SETS.has("scans")) await generateScans(knex, products, end, log)
  await analyze(["scan", "trace_code"])
  done("scans")

  // Orders: copies of real orders; 5 % for the demo producer, the rest over the copies,
  // popular products (low numbers within each block of 97) selling more.
  const demo: Row[] = await knex("product as p")
    .join("product_variant as v", "v.product_id", "p.id")
    .join(`${LINK_TABLES.producerProduct} as pp`, "pp.product_id", "p.id")
    .join("producer as pr", "pr.id", "pp.producer_id")
    .select("p.id", "p.title", "p.handle", { variant_id: "v.id", sku: "v.sku", producer_id: "pp.producer_id" })
    .where("pr.handle", DEMO_PRODUCER.handle)
    .whereNull("p.deleted_at")
    .whereNull("v.deleted_at")
    .whereNull("pp.deleted_at")
    .orderBy("v.id")
  const demoPrices = await vndPrices(knex, demo.map((d) => d.variant_id))
  const demoProducts = demo.map((d) => ({ ...d, price: demoPrices.get(d.variant_id) ?? 100_000 }))
  if (!demoProducts.length || !products.length) throw new Error("No demo producer products or no national products")
  const orderProducts = [demoProducts[0], ...products]
  // The copies (and their two templates) carry the template's e-mail; the demo seed's orders do not.
  const demoOrders = await countOf(knex, "order", (q) => q.whereNot("email", "nguoimua@example.vn").orWhereNull("email"))
  if (SETS.has("orders")) await generateOrders(container, knex, orderProducts, end, log, {
    target: demoOrders + TARGET.orders,
    productFor: (n) => {
      if (rand(n, 171) < DEMO_PRODUCER_ORDER_SHARE) return pick(demoProducts, n, 172)
      const block = Math.floor(rand(n, 173) * Math.ceil(products.length / 97))
      const within = Math.floor(Math.pow(rand(n, 174), 2) * 97)
      return products[Math.min(products.length - 1, block * 97 + within)]
    },
  })
  done("orders")

  await knex.raw(
    `analyze craft_village, producer, product, product_variant, price, "order", order_item, order_line_item, order_summary, scan, trace_code, trace_event, lot, ${[
      LINK_TABLES.villageProducer,
      LINK_TABLES.producerOrder,
      LINK_TABLES.producerProduct,
      LINK_TABLES.variantLot,
      LINK_TABLES.variantTraceCode,
    ].join(", ")}`
  )

  // One generated lot's chain, as the domain checks it. (The row counts are taken by
  // bench/national.mjs, which runs this script, after it ends.)
  const [lot] = await knex("lot").select("id", "code", "head_hash", "event_count").where("lot_number", `${NL}0`)
  if (lot) {
    const events = await knex("trace_event").select("*").where("lot_id", lot.id).orderBy("sequence")
    const verdict = verifyChain(
      events.map((e: Row) => ({ content: { ...e, lot_code: lot.code } as any, prev_hash: e.prev_hash, hash: e.hash })),
      { head: lot.head_hash, count: lot.event_count, lot_code: lot.code }
    )
    log(`chain of lot ${NL}0 (${lot.code}): ${JSON.stringify(verdict)}`)
    if (!verdict.valid) throw new Error("the generated chain does not verify")
  }
  log(`timings ${JSON.stringify(timings)}`)
  log("done")
}

// Products ---------------------------------------------------------------------------------

/** The tables a product's rows live in, each read from the rows found before it. */
type TemplateRows = Record<string, Row[]>

async function templateRows(knex: Knex, productId: string): Promise<TemplateRows> {
  const t: TemplateRows = {}
  const ids = (table: string, column = "id") => (t[table] ?? []).map((r) => r[column]).filter(Boolean)
  const live = (q: any) => q.whereNull("deleted_at")
  t.product = await knex("product").select("*").where("id", productId)
  // Options are exclusive to their product in Medusa 2.21, joined through product_product_option(_value).
  t.product_product_option = await live(knex("product_product_option").select("*").where("product_id", productId))
  t.product_option = await live(knex("product_option").select("*").whereIn("id", ids("product_product_option", "product_option_id")).where("is_exclusive", true))
  t.product_option_value = await live(knex("product_option_value").select("*").whereIn("option_id", ids("product_option")))
  t.product_product_option_value = await live(
    knex("product_product_option_value").select("*").whereIn("product_product_option_id", ids("product_product_option"))
  )
  t.product_variant = await live(knex("product_variant").select("*").where("product_id", productId))
  t.product_variant_option = await knex("product_variant_option").select("*").whereIn("variant_id", ids("product_variant"))
  t.image = await live(knex("image").select("*").where("product_id", productId))
  t.product_category_product = await knex("product_category_product").select("*").where("product_id", productId)
  t.product_tags = await knex("product_tags").select("*").where("product_id", productId)
  t.product_sales_channel = await live(knex("product_sales_channel").select("*").where("product_id", productId))
  t.product_shipping_profile = await live(knex("product_shipping_profile").select("*").where("product_id", productId))
  t.product_variant_price_set = await live(knex("product_variant_price_set").select("*").whereIn("variant_id", ids("product_variant")))
  t.price_set = await live(knex("price_set").select("*").whereIn("id", ids("product_variant_price_set", "price_set_id")))
  t.price = await live(knex("price").select("*").whereIn("price_set_id", ids("price_set")).whereNull("price_list_id"))
  t.price_rule = await live(knex("price_rule").select("*").whereIn("price_id", ids("price")))
  t.product_variant_inventory_item = await live(knex("product_variant_inventory_item").select("*").whereIn("variant_id", ids("product_variant")))
  t.inventory_item = await live(knex("inventory_item").select("*").whereIn("id", ids("product_variant_inventory_item", "inventory_item_id")))
  t.inventory_level = await live(knex("inventory_level").select("*").whereIn("inventory_item_id", ids("inventory_item")))
  if (await tableExists(knex, "product_variant_product_image")) {
    t.product_variant_product_image = await live(knex("product_variant_product_image").select("*").whereIn("variant_id", ids("product_variant")))
  }
  if (await tableExists(knex, "translation")) {
    t.translation = await live(
      knex("translation").select("*").whereIn("reference_id", [productId, ...ids("product_variant"), ...ids("product_option"), ...ids("product_option_value")])
    )
  }
  return t
}

// Insert order: a row's references first (no foreign keys across modules, but within the
// Product, Pricing and Inventory modules there are).
const PRODUCT_TABLES = [
  "product",
  "product_option",
  "product_option_value",
  "product_product_option",
  "product_product_option_value",
  "product_variant",
  "product_variant_option",
  "image",
  "product_variant_product_image",
  "product_category_product",
  "product_tags",
  "product_sales_channel",
  "product_shipping_profile",
  "price_set",
  "price",
  "price_rule",
  "product_variant_price_set",
  "inventory_item",
  "inventory_level",
  "product_variant_inventory_item",
  "translation",
] as const

const QUALITIES = ["Thượng hạng", "Đặc biệt", "Truyền thống", "Cổ truyền", "Mùa xuân", "Mùa thu", "Làm tay", "Quà tặng", "Gia đình", "Tuyển chọn", "Hảo hạng", "Vụ mới"]
const QUALITIES_EN = ["Premium", "Special", "Traditional", "Heritage", "Spring", "Autumn", "Handmade", "Gift", "Family", "Selected", "Fine", "New season"]

async function generateProducts(container: ExecArgs["container"], knex: Knex, villages: Row[], producerIdByHandle: Map<string, string>, log: (m: string) => void) {
  const copies = await countOf(knex, "product", (q) => q.where("handle", "like", `${NP}%`))
  const wanted = TARGET.products
  if (copies >= wanted) return
  // Templates: the demo products (made by createProductsWorkflow in the seed), by craft.
  const demo: Row[] = await knex("product as p")
    .join("product_category_product as pc", "pc.product_id", "p.id")
    .join("product_category as c", "c.id", "pc.product_category_id")
    .join(`${LINK_TABLES.producerProduct} as pp`, "pp.product_id", "p.id")
    .select("p.id", "p.handle", { craft: "c.handle" })
    .whereNull("p.deleted_at")
    .whereNull("pp.deleted_at")
    .where("p.status", "published")
    .whereNot("p.handle", "like", `${NP}%`)
    .whereNot("p.handle", "like", "bench-%")
    .orderBy("p.handle")
  if (!demo.length) throw new Error("No demo products to copy: run the demo seed first")
  const templates = new Map<string, TemplateRows>()
  for (const d of demo) templates.set(d.id, await templateRows(knex, d.id))
  const byCraft = new Map<string, Row[]>()
  for (const d of demo) byCraft.set(d.craft, [...(byCraft.get(d.craft) ?? []), d])
  const [producerLinkTemplate] = await knex(LINK_TABLES.producerProduct).select("*").where("product_id", demo[0]!.id)
  const [codeLinkTemplate] = await knex(LINK_TABLES.variantTraceCode).select("*").limit(1)
  const [codeTemplate] = await knex("trace_code").select("*").where("kind", "product").limit(1)
  const producers = producerIdByHandle.size
  log(`products: ${copies} copies of ${demo.length} demo products exist, ${wanted} wanted`)

  const BATCH = 1_000
  for (let n0 = copies; n0 < wanted; n0 += BATCH) {
    const rows: Record<string, Row[]> = {}
    const add = (table: string, row: Row) => (rows[table] ??= []).push(row)
    for (let n = n0; n < Math.min(wanted, n0 + BATCH); n++) {
      const producerNo = n % producers
      const village = villages[producerNo % villages.length]!
      const craft = (village.crafts[0] as string).replace(/_/g, "-")
      const candidates = byCraft.get(craft) ?? demo
      const base = pick(candidates, n, 201)
      const t = templates.get(base.id)!
      const ids = new Map<string, string>()
      for (const table of PRODUCT_TABLES) for (const r of t[table] ?? []) if (typeof r.id === "string") ids.set(r.id, newIdLike(r.id))
      const remap = (r: Row) => {
        const out: Row = {}
        for (const [k, v] of Object.entries(r)) out[k] = typeof v === "string" && ids.has(v) ? ids.get(v) : v
        return out
      }
      const quality = QUALITIES[Math.floor(n / producers) % QUALITIES.length]!
      const qualityEn = QUALITIES_EN[Math.floor(n / producers) % QUALITIES_EN.length]!
      const villageShort = String(village.name).replace(/^Làng /, "")
      const suffix = ` ${quality} — ${villageShort}`
      const factor = 0.7 + rand(n, 202) * 0.9
      const at = new Date(START.getTime() + (Date.now() - START.getTime()) * rand(n, 203))
      const stamps = { created_at: at, updated_at: at }
      const productId = ids.get(t.product![0]!.id)!
      const variantNo = new Map<string, number>((t.product_variant ?? []).map((v, i) => [v.id, i]))
      for (const table of PRODUCT_TABLES) {
        for (const r of t[table] ?? []) {
          const c = remap(r)
          if ("created_at" in c) Object.assign(c, stamps)
          if (table === "product") {
            c.title = `${r.title}${suffix}`
            c.handle = `${NP}${n}-${r.handle}`.slice(0, 120)
            c.external_id = null
            c.metadata = { ...(r.metadata ?? {}), bench: "national", n }
          } else if (table === "product_variant") {
            c.sku = `NAT-${n}-${variantNo.get(r.id)}`
            for (const k of ["barcode", "ean", "upc"]) if (k in c) c[k] = null
          } else if (table === "inventory_item") {
            if (c.sku) c.sku = `NAT-${n}-INV-${r.id.slice(-6)}`
          } else if (table === "price") {
            const amount = r.currency_code === "vnd" ? Math.max(1000, Math.round((Number(r.amount) * factor) / 1000) * 1000) : Math.round(Number(r.amount) * factor * 100) / 100
            c.amount = amount
            c.raw_amount = { value: String(amount), precision: 20 }
          } else if (table === "translation") {
            const tr = { ...(r.translations ?? {}) }
            if (typeof tr.title === "string" && r.reference === "product") tr.title = `${tr.title} ${qualityEn} — ${villageShort}`
            c.translations = tr
          }
          add(table, c)
        }
      }
      add(LINK_TABLES.producerProduct, {
        ...producerLinkTemplate,
        ...stamps,
        id: newIdLike(producerLinkTemplate.id),
        producer_id: producerIdByHandle.get(`bench-nsx-${producerNo}`),
        product_id: productId,
      })
      for (const v of t.product_variant ?? []) {
        const codeId = generateEntityId(undefined, prefixOf(codeTemplate.id))
        add("trace_code", {
          ...codeTemplate,
          ...stamps,
          id: codeId,
          code: traceCodeOf("product", n * 10 + variantNo.get(v.id)!),
          kind: "product",
          lot_id: null,
          scan_count: 0,
          first_scanned_at: null,
          first_scan_place: null,
          last_scanned_at: null,
        })
        add(LINK_TABLES.variantTraceCode, { ...codeLinkTemplate, ...stamps, id: newIdLike(codeLinkTemplate.id), product_variant_id: ids.get(v.id), trace_code_id: codeId })
      }
    }
    await knex.transaction(async (trx: Knex) => {
      for (const table of [...PRODUCT_TABLES, LINK_TABLES.producerProduct, "trace_code", LINK_TABLES.variantTraceCode]) {
        // Rows of one table may come from templates with different columns present: group by key set.
        const groups = new Map<string, Row[]>()
        for (const r of rows[table] ?? []) {
          const key = Object.keys(r).join(",")
          const group = groups.get(key)
          if (group) group.push(r)
          else groups.set(key, [r])
        }
        for (const group of groups.values()) await insertRows(trx, table, group)
      }
    })
    const now = Math.min(wanted, n0 + BATCH)
    if ((now / BATCH) % 5 === 0 || now === wanted) log(`products ${now}/${TARGET.products}`)
  }
}

/** The copies' search documents, through the product index's own seed (query.graph + transform). */
async function indexProducts(container: ExecArgs["container"], knex: Knex, log: (m: string) => void) {
  const search: any = container.resolve(Modules.SEARCH)
  // A database whose index was never filled (the prepared demo database: the worker fills it
  // on its first start) gets the boot seed the worker would run, over every product.
  const plan = await search.createSeedPlan_()
  if (plan.length) {
    log(`search index: seeding ${plan.map((a: Row) => `${a.index} (${a.reason})`).join(", ")} as a worker's first start does`)
    await search.executeSeedPlan_(plan)
  }
  const [active] = (
    await knex.raw(
      `select spi.table_name from search_index si
         join search_index_version v on v.search_index_id = si.id and v.version = si.active_version
         join search_postgres_index spi on spi.name = v.physical_name
        where si.name = 'product'`
    )
  ).rows
  if (!active) throw new Error("The product search index has no active PostgreSQL version (run db:migrate)")
  const missing: string[] = (
    await knex.raw(
      `select p.id from product p where p.handle like ? and p.deleted_at is null and p.status = 'published'
         and not exists (select 1 from ?? d where d.id = p.id) order by p.id`,
      [`${NP}%`, active.table_name]
    )
  ).rows.map((r: Row) => r.id)
  if (!missing.length) return
  log(`search index: ${missing.length} products to index into ${active.table_name}`)
  const CHUNK = 2_000
  for (let i = 0; i < missing.length; i += CHUNK) {
    await search.reindex({ index: "product", filters: { id: missing.slice(i, i + CHUNK) } })
    const now = Math.min(missing.length, i + CHUNK)
    if ((now / CHUNK) % 5 === 0 || now === missing.length) log(`search index ${now}/${missing.length}`)
  }
  const documents = Number((await knex.raw(`select count(*)::int as n from ??`, [active.table_name])).rows[0].n)
  log(`search index: ${documents} documents`)
}

type NationalProduct = { n: number; id: string; title: string; handle: string; variant_id: string; sku: string; price: number; producer_id: string; craft: string }

async function vndPrices(knex: Knex, variantIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (let i = 0; i < variantIds.length; i += 10_000) {
    const rows = await knex("product_variant_price_set as vps")
      .join("price as pr", "pr.price_set_id", "vps.price_set_id")
      .select("vps.variant_id", "pr.amount")
      .whereIn("vps.variant_id", variantIds.slice(i, i + 10_000))
      .where("pr.currency_code", "vnd")
      .whereNull("pr.price_list_id")
      .whereNull("pr.deleted_at")
      .whereNull("vps.deleted_at")
    for (const r of rows) out.set(r.variant_id, Math.min(out.get(r.variant_id) ?? Infinity, Number(r.amount)))
  }
  return out
}

/** The copies in number order, each with its first variant, VND price and owner. */
async function nationalProducts(knex: Knex): Promise<NationalProduct[]> {
  const rows: Row[] = (
    await knex.raw(
      `select distinct on (p.id) p.id, p.title, p.handle, v.id as variant_id, v.sku, pp.producer_id, pr.amount as price
         from product p
         join product_variant v on v.product_id = p.id and v.deleted_at is null
         join ?? pp on pp.product_id = p.id and pp.deleted_at is null
         left join product_variant_price_set vps on vps.variant_id = v.id and vps.deleted_at is null
         left join price pr on pr.price_set_id = vps.price_set_id and pr.currency_code = 'vnd' and pr.price_list_id is null and pr.deleted_at is null
        where p.handle like ? and p.deleted_at is null
        order by p.id, v.sku`,
      [LINK_TABLES.producerProduct, `${NP}%`]
    )
  ).rows
  return rows
    .map((r) => ({ ...r, n: Number(r.handle.slice(NP.length).split("-")[0]), price: Number(r.price ?? 100_000), craft: "" }))
    .sort((a, b) => a.n - b.n) as NationalProduct[]
}

// Lots and trace events -----------------------------------------------------------------------

const CRAFT_STEPS: Record<string, TraceStepKey[]> = {
  tea: ["withering", "rolling", "drying", "fermenting"],
  brocade: ["spinning", "dyeing", "weaving"],
  hemp_linen: ["spinning", "dyeing", "weaving"],
  bamboo_rattan: ["shaping", "carving", "drying"],
  food: ["shaping", "drying"],
  honey: ["drying"],
  fruit: ["drying"],
  liquor: ["fermenting", "brewing"],
}

/** Lot i's steps: harvest, receiving, then craft steps repeated, then inspection, packing, shipping. */
function stepsOf(count: number, craftSteps: TraceStepKey[]): TraceStepKey[] {
  const head: TraceStepKey[] = ["harvesting", "receiving"]
  const tail: TraceStepKey[] = ["inspecting", "packing", "shipping"]
  if (count <= head.length + tail.length) return [...head, ...tail].slice(0, count)
  const middle = Array.from({ length: count - head.length - tail.length }, (_, k) => craftSteps[k % craftSteps.length]!)
  return [...head, ...middle, ...tail]
}

async function generateLotsAndEvents(knex: Knex, products: NationalProduct[], end: Date, log: (m: string) => void) {
  const ours = Number(
    (await knex.raw(`select count(*)::int as n from trace_event e join lot l on l.id = e.lot_id where l.lot_number like ?`, [`${NL}%`])).rows[0].n
  )
  const wanted = TARGET.events
  const lots = Math.max(1, Math.round(wanted / EVENTS_PER_LOT))
  const lotsNow = await countOf(knex, "lot", (q) => q.where("lot_number", "like", `${NL}%`))
  if (lotsNow >= lots) return
  // Events per lot: 0.25–1.75 × the mean, then the remainder one by one, so the total is exact.
  const weights = Array.from({ length: lots }, (_, i) => 0.25 + 1.5 * rand(i, 301))
  const sum = weights.reduce((s, w) => s + w, 0)
  const counts = weights.map((w) => Math.max(1, Math.floor((w / sum) * wanted)))
  for (let i = 0, left = wanted - counts.reduce((s, c) => s + c, 0); left > 0; i = (i + 1) % lots, left--) counts[i]!++
  for (let i = lots - 1, over = counts.reduce((s, c) => s + c, 0) - wanted; over > 0; i = (i - 1 + lots) % lots) {
    if (counts[i]! > 1) {
      counts[i]!--
      over--
    }
  }
  const craftOf = new Map<string, string>(
    (
      await knex.raw(
        `select pp.product_id, v.crafts[1] as craft from ?? pp join ?? vp on vp.producer_id = pp.producer_id join craft_village v on v.id = vp.craft_village_id
          where pp.product_id in (select id from product where handle like ?)`,
        [LINK_TABLES.producerProduct, LINK_TABLES.villageProducer, `${NP}%`]
      )
    ).rows.map((r: Row) => [r.product_id, r.craft])
  )
  const [lotLinkTemplate] = await knex(LINK_TABLES.variantLot).select("*").limit(1)
  const PLACES = ["Nhà xưởng của hộ", "Đồi chè", "Sân phơi", "Kho hợp tác xã", "Điểm thu mua xã"]
  log(`lots: ${lotsNow} of ${lots} exist (${wanted} events wanted)`)
  const BATCH = 2_000
  for (let i0 = lotsNow; i0 < lots; i0 += BATCH) {
    const lotRows: Row[] = []
    const codeRows: Row[] = []
    const linkRows: Row[] = []
    const eventRows: Row[] = []
    for (let i = i0; i < Math.min(lots, i0 + BATCH); i++) {
      const p = products[(i * 7) % products.length]!
      const craft = craftOf.get(p.id) ?? "tea"
      const produced = new Date(START.getTime() + (end.getTime() - START.getTime()) * 0.9 * rand(i, 302))
      const lotId = generateEntityId(undefined, "lot")
      const code = traceCodeOf("lot", i)
      const steps = stepsOf(counts[i]!, CRAFT_STEPS[craft] ?? ["other"])
      let head: { hash: string; sequence: number } | null = null
      let at = produced.getTime()
      for (const step of steps) {
        at += Math.round((2 + rand(i * 64 + (head?.sequence ?? 0), 303) * 46) * 3_600_000)
        const shape = stepToEventShape(step)
        const content: Omit<TraceEventContent, "sequence"> = {
          lot_code: code,
          step,
          ...shape,
          event_time: new Date(at).toISOString(),
          event_time_zone_offset: "+07:00",
          read_point: null,
          biz_location: null,
          place_name: pick(PLACES, i * 64 + (head?.sequence ?? 0), 304),
          inputs: step === "harvesting" || step === "inspecting" || step === "shipping" ? [] : [{ label: "Nguyên liệu", quantity: 10 + Math.floor(rand(i, 305) * 90), uom: "kg" }],
          outputs: step === "inspecting" ? [] : [{ label: "Thành phẩm", quantity: 10 + Math.floor(rand(i, 306) * 90), uom: "kg" }],
          data: step === "inspecting" ? { result: "pass" } : {},
        }
        const e = chainEvent(head, content)
        const when = new Date(e.content.event_time)
        eventRows.push({
          id: generateEntityId(undefined, "tev"),
          lot_id: lotId,
          sequence: e.content.sequence,
          step: e.content.step,
          event_type: e.content.event_type,
          action: e.content.action,
          biz_step: e.content.biz_step,
          disposition: e.content.disposition,
          event_time: when,
          event_time_zone_offset: e.content.event_time_zone_offset,
          read_point: e.content.read_point,
          biz_location: e.content.biz_location,
          place_name: e.content.place_name,
          inputs: e.content.inputs,
          outputs: e.content.outputs,
          data: e.content.data,
          prev_hash: e.prev_hash,
          hash: e.hash,
          created_at: when,
          updated_at: when,
        })
        head = { hash: e.hash, sequence: e.content.sequence }
      }
      const stamps = { created_at: produced, updated_at: produced }
      lotRows.push({
        id: lotId,
        lot_number: `${NL}${i}`,
        code,
        quantity: 50 + Math.floor(rand(i, 307) * 450),
        uom: "pcs",
        produced_at: produced,
        expires_at: null,
        head_hash: head?.hash ?? null,
        event_count: head?.sequence ?? 0,
        serial_count: SERIALS_PER_LOT,
        zone_id: null,
        ...stamps,
      })
      codeRows.push({ id: generateEntityId(undefined, "tcode"), code, kind: "lot", lot_id: lotId, scan_count: 0, ...stamps })
      for (let s = 0; s < SERIALS_PER_LOT; s++) {
        codeRows.push({ id: generateEntityId(undefined, "tcode"), code: traceCodeOf("unit", i * SERIALS_PER_LOT + s), kind: "unit", lot_id: lotId, scan_count: 0, ...stamps })
      }
      linkRows.push({ ...lotLinkTemplate, ...stamps, id: newIdLike(lotLinkTemplate.id), product_variant_id: p.variant_id, lot_id: lotId })
    }
    await knex.transaction(async (trx: Knex) => {
      await insertRows(trx, "lot", lotRows)
      await insertRows(trx, "trace_code", codeRows)
      await insertRows(trx, LINK_TABLES.variantLot, linkRows)
      await insertRows(trx, "trace_event", eventRows, 10_000)
    })
    const now = Math.min(lots, i0 + BATCH)
    if ((now / BATCH) % 2 === 0 || now === lots) log(`lots ${now}/${lots}, events ${counts.slice(0, now).reduce((s, c) => s + c, 0)}/${TARGET.events}`)
  }
}

// Scans -----------------------------------------------------------------------------------------

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
/** SQL for `n` Crockford base32 characters of the bigint expression `v` (a ULID's alphabet), inlined. */
const base32Sql = (v: string, n: number) =>
  Array.from({ length: n }, (_, i) => `substr('${CROCKFORD}', ((${v} >> ${5 * (n - 1 - i)}) & 31)::int + 1, 1)`).join(" || ")

/**
 * Session functions for scans made inside PostgreSQL: a number in [0, 1) fixed by (k, salt)
 * (md5, the SQL counterpart of `rand`), and a ULID from an instant and a seed, so that ids
 * have Medusa's format (prefix + ULID) without crossing the wire row by row.
 */
const SCAN_SQL_FUNCTIONS = `
  create or replace function pg_temp.nat_u(k bigint, salt int) returns float8 language sql immutable as
    $$ select ('x' || substr(md5(k::text || ':' || salt::text), 1, 8))::bit(32)::bigint / 4294967296.0 $$;
  create or replace function pg_temp.nat_ulid(ms bigint, seed text) returns text language sql immutable as
    $$ select ${base32Sql("ms", 10)} || ${base32Sql(`('x' || substr(md5(seed), 1, 10))::bit(40)::bigint`, 8)} || ${base32Sql(
  `('x' || substr(md5(seed), 11, 10))::bit(40)::bigint`,
  8
)} $$;
  create or replace function pg_temp.nat_scan_ms(start_ms float8, end_ms float8, cnt int, rank int, k bigint) returns bigint language sql immutable as
    $$ select floor(start_ms + (end_ms - start_ms) * least(0.9999, (rank + pg_temp.nat_u(k, 83)) / cnt))::bigint $$;
`
const CITIES_SQL = `(values (0, 'VN', '22', 'Tuyên Quang'), (1, 'VN', 'HN', 'Hà Nội'), (2, 'VN', 'SG', 'Hồ Chí Minh'), (3, 'VN', '20', 'Hà Giang'), (4, 'VN', 'DN', 'Đà Nẵng'), (5, 'JP', '13', 'Tokyo')) as city(i, country, region, city)`

/**
 * Scans of the copies' codes (product codes, lot codes, unit serials). Code c gets count_c
 * scans (product codes most, lot codes fewer, each unit a handful), numbered in time order
 * from the code's first scan to today; scan k = (code, rank). The plan is made here and the
 * rows inside PostgreSQL (INSERT … SELECT: 5,000,000 rows sent one by one would take most
 * of an hour), in one transaction with each code's aggregate set to what
 * recordScansWorkflow leaves after those scans: the count, the first and last instants and
 * the first scan's place. So a rerun finds all of them or none.
 */
async function generateScans(knex: Knex, products: NationalProduct[], end: Date, log: (m: string) => void) {
  const codes: { id: string; kind: string; code: string }[] = (
    await knex.raw(
      `select tc.id, tc.kind, tc.code from trace_code tc join ?? l on l.trace_code_id = tc.id join product_variant v on v.id = l.product_variant_id
         join product p on p.id = v.product_id where p.handle like ?
       union all
       select tc.id, tc.kind, tc.code from trace_code tc join lot on lot.id = tc.lot_id where lot.lot_number like ?`,
      [LINK_TABLES.variantTraceCode, `${NP}%`, `${NL}%`]
    )
  ).rows.sort((a: Row, b: Row) => (a.code < b.code ? -1 : 1))
  if (!codes.length) throw new Error("No trace codes on the national products")
  const scanned = Number((await knex.raw(`select coalesce(sum(scan_count), 0)::bigint as n from trace_code where id = any(?)`, [codes.map((c) => c.id)])).rows[0].n)
  const wanted = TARGET.scans
  log(`scans: ${scanned} of ${wanted} on ${codes.length} codes exist`)
  if (scanned >= wanted) return
  if (scanned > 0) throw new Error(`${scanned} scans on the generated codes, fewer than ${wanted}: the set is written in one transaction, so this database was changed by hand`)
  const weights = codes.map((c, i) => (c.kind === "product" ? 6 : c.kind === "lot" ? 2 : 0.35) * (0.2 + 1.8 * rand(i, 81)))
  const sum = weights.reduce((s, w) => s + w, 0)
  const counts = weights.map((w) => Math.floor((w / sum) * wanted))
  for (let i = 0, left = wanted - counts.reduce((s, c) => s + c, 0); left > 0; i = (i + 1) % counts.length, left--) counts[i]!++
  const plan: Row[] = []
  let first = 0
  codes.forEach((c, i) => {
    // Most codes start early and keep being scanned, so scans grow over time.
    if (counts[i]) plan.push({ id: c.id, kind: c.kind, first, cnt: counts[i], start_ms: START.getTime() + (end.getTime() - START.getTime()) * 0.95 * rand(i, 82) ** 3 })
    first += counts[i]!
  })
  await knex.transaction(async (trx: Knex) => {
    // Index upkeep of 5,000,000 rows inserted in random key order is most of the cost: the
    // scan table's indexes are dropped and built again, as they were, in this transaction.
    const indexes: { indexname: string; indexdef: string }[] = (
      await trx.raw(`select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename = 'scan' and indexname <> 'scan_pkey'`)
    ).rows
    for (const index of indexes) await trx.raw(`drop index ??`, [index.indexname])
    await trx.raw(`alter table scan drop constraint scan_pkey`)
    await trx.raw(SCAN_SQL_FUNCTIONS)
    await trx.raw(`create temp table nat_scan_plan (id text primary key, kind text, first bigint, cnt int, start_ms float8) on commit drop`)
    await insertRows(trx, "nat_scan_plan", plan, 50_000)
    log(`scans: plan of ${plan.length} codes loaded`)
    const endMs = end.getTime()
    const CHUNK = 50_000
    for (let i = 0; i < plan.length; i += CHUNK) {
      await trx.raw(
        `insert into scan (id, trace_code_id, scanned_at, country, region, city, place, fingerprint, verdict, created_at, updated_at)
         select 'scan_' || pg_temp.nat_ulid(s.ms, 'scan:' || s.k), s.id, s.at, city.country, city.region, city.city,
                jsonb_build_object('country', city.country, 'region', city.region, 'city', city.city, 'lat', null, 'lon', null, 'name', city.city),
                substr(md5(s.k::text || ':fp'), 1, 16),
                case when s.rank = 0 then 'first_scan' when s.u < 0.01 then 'chain_broken' when s.u < 0.015 and s.kind <> 'product' then 'walked_up' else 'scanned_before' end,
                s.at, s.at
           from (select p.id, p.kind, r as rank, p.first + r as k, pg_temp.nat_u(p.first + r, 85) as u,
                        pg_temp.nat_scan_ms(p.start_ms, ?, p.cnt, r, p.first + r) as ms
                   from (select * from nat_scan_plan order by id offset ? limit ?) p, generate_series(0, p.cnt - 1) r) s0
                 cross join lateral (select s0.*, to_timestamp(s0.ms / 1000.0) as at) s
           join ${CITIES_SQL} on city.i = floor(pg_temp.nat_u(s.k, 84) * 6)::int`,
        [endMs, i, CHUNK]
      )
      const now = Math.min(plan.length, i + CHUNK)
      log(`scans: codes ${now}/${plan.length}`)
    }
    await trx.raw(
      `update trace_code tc set scan_count = p.cnt,
              first_scanned_at = to_timestamp(pg_temp.nat_scan_ms(p.start_ms, ?, p.cnt, 0, p.first) / 1000.0),
              last_scanned_at = to_timestamp(pg_temp.nat_scan_ms(p.start_ms, ?, p.cnt, p.cnt - 1, p.first + p.cnt - 1) / 1000.0),
              first_scan_place = jsonb_build_object('country', city.country, 'region', city.region, 'city', city.city, 'lat', null, 'lon', null, 'name', city.city)
         from nat_scan_plan p join ${CITIES_SQL} on city.i = floor(pg_temp.nat_u(p.first, 84) * 6)::int
        where tc.id = p.id`,
      [endMs, endMs]
    )
    log("scans: rebuilding the scan table's indexes")
    await trx.raw(`alter table scan add constraint scan_pkey primary key (id)`)
    for (const index of indexes) await trx.raw(index.indexdef)
  })
  log(`scans ${wanted}/${wanted}, aggregates of ${plan.length} codes set`)
}
