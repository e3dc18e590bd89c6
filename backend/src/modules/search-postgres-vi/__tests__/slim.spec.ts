import fc from "fast-check"
import knexFactory, { type Knex } from "knex"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { normalizeSearchText } from "@cln/domain"
import searchSlimCopies from "../../../migration-scripts/search-slim-copies"
import "./search-registry"
import productIndex from "../../../search/product"
import VietnamesePostgresSearchService from "../service"
import { listingCopyReady, listingNames } from "../listing"
import { slimCopyReady, slimNames } from "../slim"

// The slim copy (../slim.ts) must answer every query it takes exactly as the built-in
// provider answers it over the whole document table: same hits in the same order, same
// count, same facet counts. Checked on a real PostgreSQL, for queries drawn at random, and
// again after the document table is written to (upserts, deletions, a truncation). The
// listing copy (../listing.ts) likewise, for the queries it takes (no text, no facets).

const server = {
  host: process.env.DB_HOST ?? "127.0.0.1",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD ?? "",
}
const DB = `cln_slim_${process.pid}`

let admin: Knex
let db: Knex
let service: VietnamesePostgresSearchService

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]>; transactional: <T>(cb: (m: Manager) => Promise<T>) => Promise<T> }
const managerOf = (k: Knex | Knex.Transaction): Manager => ({
  execute: (sql, params = []) => k.raw(sql, params as any).then((r: any) => r.rows),
  transactional: (cb) => (k as Knex).transaction((trx) => cb(managerOf(trx))),
})

// The product index as the Search Module resolves it (fields normalised by defineSearchIndex).
const index = {
  ...(productIndex as any),
  primary_key: "id",
  provider: "search-postgres-vi",
  settings: {},
  definition_hash: "slim-spec",
  physical_name: "product_slim_spec",
}

// A small shop: words with diacritics, so folded and accented queries both meet them.
const WORDS = ["chè", "shan", "tuyết", "thổ", "cẩm", "miến", "dong", "nón", "lá", "mật", "ong", "gốm", "mây", "tre", "dệt", "rượu", "ngô", "hồng", "sấy", "bưởi"]
const CRAFTS = ["tea", "weaving", "bamboo-rattan", "pottery", "food"]
const VILLAGES = ["hong-thai", "thuong-lam", "ha-yen", "vinh-loc", "ngoc-thuy", "soi-ha"]
const PROVINCES = ["Tuyên Quang", "Hà Giang", "Hà Nội"]
const MARKS = ["gi-chè-shan", "cm-cam-ham-yen", "cm-mien-dong"]

/** One in `n` is false. */
const mostly = (n: number) => fc.integer({ min: 1, max: n }).map((k) => k !== 1)
const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((ws) => ws.join(" "))

const product = fc.record({
  title: words(2, 4),
  description: words(8, 8),
  tag: fc.constantFrom(...WORDS),
  craft: fc.option(fc.constantFrom(...CRAFTS), { nil: undefined, freq: 10 }),
  village: fc.constantFrom(...VILLAGES),
  province: fc.constantFrom(...PROVINCES),
  stars: fc.option(fc.integer({ min: 3, max: 5 }), { nil: undefined, freq: 3 }),
  marks: fc.subarray(MARKS),
  cents: fc.integer({ min: 0, max: 998 }),
  inStock: mostly(10),
  published: mostly(20),
  mainChannel: mostly(20),
})

/** `n` products drawn from `seed` (the same every run). */
function shop(seed: number, n: number) {
  const [drawn] = fc.sample(fc.array(product, { minLength: n, maxLength: n }), { seed, numRuns: 1 })
  return drawn!.map((p, i) => {
    const title = `${p.title} ${i}`
    return {
      id: `prod_${String(i).padStart(4, "0")}`,
      handle: `p-${i}`,
      title,
      title_folded: normalizeSearchText(title),
      description: p.description,
      tags: [p.tag],
      craft: p.craft,
      village: p.village,
      province: p.province,
      stars: p.stars,
      marks: p.marks,
      mark_names: p.marks,
      // Unique, so that an order by price has no ties to break differently.
      price: 10_000 + i * 1_000 + p.cents,
      in_stock: p.inStock,
      status: p.published ? "published" : "draft",
      sales_channel_ids: p.mainChannel ? ["sc_main"] : ["sc_other"],
    }
  })
}

const query = fc.record({
  q: fc.option(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 2 }).chain((ws) => fc.constantFrom(ws.join(" "), normalizeSearchText(ws.join(" ")))),
    { nil: undefined }
  ),
  craft: fc.option(fc.constantFrom(...CRAFTS), { nil: undefined }),
  village: fc.option(fc.constantFrom(...VILLAGES), { nil: undefined }),
  mark: fc.option(fc.constantFrom(...MARKS), { nil: undefined }),
  minStars: fc.option(fc.integer({ min: 3, max: 5 }), { nil: undefined }),
  priceMax: fc.option(fc.integer({ min: 20_000, max: 200_000 }), { nil: undefined }),
  inStock: fc.option(fc.boolean(), { nil: undefined }),
  skip: fc.constantFrom(0, 0, 5, 20),
  take: fc.constantFrom(0, 5, 20),
  order: fc.constantFrom(undefined, { price: "ASC" }, { price: "DESC" }),
  matchAny: fc.boolean(),
})

type Drawn = typeof query extends fc.Arbitrary<infer T> ? T : never

function providerQuery(d: Drawn) {
  const filters: Record<string, unknown> = { status: "published", sales_channel_ids: { $overlaps: ["sc_main"] } }
  if (d.craft) filters.craft = d.craft
  if (d.village) filters.village = d.village
  if (d.mark) filters.marks = { $overlaps: [d.mark] }
  if (d.minStars !== undefined) filters.stars = { $gte: d.minStars }
  if (d.priceMax !== undefined) filters.price = { $lte: d.priceMax }
  if (d.inStock !== undefined) filters.in_stock = d.inStock
  return {
    index,
    q: d.q,
    filters,
    attributes_to_retrieve: ["id", "handle", "title", "price", "stars", "marks", "village", "province", "craft", "in_stock"],
    pagination: { skip: d.skip, take: d.take, ...(d.order ? { order: d.order } : {}) },
    search_options: {
      count: "exact",
      match_strategy: d.matchAny ? "any" : undefined,
      facets: [
        { field: "craft", type: "value", limit: 100 },
        { field: "village", type: "value", limit: 3 },
        { field: "province", type: "value", limit: 100, sort: "alpha" },
        { field: "stars", type: "value", limit: 100 },
        { field: "marks", type: "value", limit: 100 },
        { field: "price", type: "range", ranges: [{ key: "a", to: 50_000 }, { key: "b", from: 50_000, to: 150_000 }, { key: "c", from: 150_000 }] },
        { field: "price", type: "stats" },
      ],
    },
  } as any
}

/** The built-in provider's answer, over the whole document table. */
const builtIn = (input: any) => PostgresSearchService.prototype.search.call(service, { ...input, q: input.q === undefined ? undefined : normalizeSearchText(input.q) || undefined })
/** What our provider answers (over the slim copy when it can). */
const ours = (input: any) => service.search(input)

const comparable = (r: any) => ({
  ids: r.hits.map((h: any) => h.id),
  documents: r.hits.map((h: any) => h.document),
  count: r.metadata.count,
  facets: r.facets,
})

async function expectSameAnswers(runs: number, seed: number) {
  const slim = vi.spyOn(service as any, "searchSlim")
  await fc.assert(
    fc.asyncProperty(query, async (d) => {
      const input = providerQuery(d)
      const [a, b] = await Promise.all([ours(input), builtIn(input)])
      expect(comparable(a)).toEqual(comparable(b))
      // Asked again before a write: the count and facets kept since the write, the page read afresh.
      expect(comparable(await ours(input))).toEqual(comparable(b))
    }),
    { numRuns: runs, seed }
  )
  // Every one of those queries is one the copy answers.
  expect(slim.mock.calls.length).toBeGreaterThanOrEqual(runs)
  slim.mockRestore()
}

/** A listing as the store asks for it (GET /store/product-cards): no text, no facets, ordered by id. */
const listingQueryDrawn = fc.record({
  craft: fc.option(fc.constantFrom(...CRAFTS), { nil: undefined }),
  mark: fc.option(fc.constantFrom(...MARKS), { nil: undefined }),
  minStars: fc.option(fc.integer({ min: 3, max: 5 }), { nil: undefined }),
  skip: fc.constantFrom(0, 0, 12, 100, 390),
  take: fc.constantFrom(0, 1, 12, 48),
  order: fc.constantFrom(undefined, { id: "ASC" }, { id: "DESC" }),
})

async function expectSameListings(runs: number, seed: number) {
  const listing = vi.spyOn(service as any, "searchListing")
  await fc.assert(
    fc.asyncProperty(listingQueryDrawn, async (d) => {
      const filters: Record<string, unknown> = { status: "published", sales_channel_ids: { $overlaps: ["sc_main"] } }
      if (d.craft) filters.craft = d.craft
      if (d.mark) filters.marks = { $overlaps: [d.mark] }
      if (d.minStars !== undefined) filters.stars = { $gte: d.minStars }
      const input = {
        index,
        filters,
        attributes_to_retrieve: ["id", "handle", "title", "price", "stars", "marks", "craft", "in_stock"],
        pagination: { skip: d.skip, take: d.take, ...(d.order ? { order: d.order } : {}) },
        search_options: { count: "exact" },
      } as any
      const [a, b] = await Promise.all([ours(input), builtIn(input)])
      expect(comparable(a)).toEqual(comparable(b))
    }),
    { numRuns: runs, seed }
  )
  // Every one of those queries is one the listing copy answers.
  expect(listing.mock.calls.length).toBeGreaterThanOrEqual(runs)
  listing.mockRestore()
}

const listingRows = async () => Number((await db.raw(`SELECT count(*)::int AS n FROM "${listingNames(table()).table}"`)).rows[0].n)
const slimRows = async () => Number((await db.raw(`SELECT count(*)::int AS n FROM "${slimNames(table()).table}"`)).rows[0].n)
const wideRows = async () => Number((await db.raw(`SELECT count(*)::int AS n FROM "${table()}"`)).rows[0].n)
let tableName = ""
const table = () => tableName

beforeAll(async () => {
  admin = knexFactory({ client: "pg", connection: { ...server, database: "postgres" } })
  await admin.raw(`DROP DATABASE IF EXISTS "${DB}"`)
  await admin.raw(`CREATE DATABASE "${DB}"`)
  db = knexFactory({ client: "pg", connection: { ...server, database: DB }, pool: { min: 0, max: 8 } })
  // The provider's catalogue table, as the module's migration makes it.
  await db.raw(`CREATE TABLE search_postgres_index (
    "name" text PRIMARY KEY, "table_name" text, "schema_hash" text, "plan" jsonb,
    "document_count" integer NOT NULL DEFAULT 0,
    "created_at" timestamptz NOT NULL DEFAULT now(), "updated_at" timestamptz NOT NULL DEFAULT now())`)
  service = new VietnamesePostgresSearchService({ manager: managerOf(db) })
  await service.upsertIndex({ index })
  tableName = (await db.raw(`SELECT table_name FROM search_postgres_index WHERE name = ?`, [index.physical_name])).rows[0].table_name
  await service.upsertDocuments({ index: index.physical_name, definition: index, documents: shop(7, 400) as any })
}, 60_000)

afterAll(async () => {
  await db?.destroy()
  await admin?.raw(`DROP DATABASE IF EXISTS "${DB}"`)
  await admin?.destroy()
})

describe("the product index's listing copy", () => {
  it("is made with the product index and holds a row per document", async () => {
    expect(await listingCopyReady(managerOf(db).execute, table())).toBe(true)
    expect(await listingRows()).toBe(await wideRows())
  })

  it("answers random listings exactly as the built-in provider does over the whole documents", async () => {
    await expectSameListings(150, 20261130)
  })
})

describe("the search index's slim copy", () => {
  it("is made with the index and holds a row per document, with only the fields queries narrow and count by", async () => {
    expect(await slimCopyReady(managerOf(db).execute, table())).toBe(true)
    expect(await slimRows()).toBe(await wideRows())
    const [row] = (await db.raw(`SELECT indexed FROM "${slimNames(table()).table}" LIMIT 1`)).rows
    expect(Object.keys(row.indexed)).not.toContain("description")
    expect(Object.keys(row.indexed)).not.toContain("title")
    expect(Object.keys(row.indexed)).toContain("price")
  })

  it("answers random queries exactly as the built-in provider does over the whole documents", async () => {
    await expectSameAnswers(150, 20261130)
  })

  it("counts a query's matches once between writes, and afresh after a write", async () => {
    const input = providerQuery({ q: "mật ong", skip: 0, take: 5, matchAny: false } as Drawn)
    const execute = vi.spyOn((service as any).manager_, "execute")
    const statements = () => execute.mock.calls.map(([sql]) => String(sql)).filter((sql) => sql.includes(slimNames(table()).table))
    const first = await ours(input)
    const again = await ours(input)
    expect(comparable(again)).toEqual(comparable(first))
    // Asked again, it is not matched, counted or ranked: only its documents are read.
    expect(statements()).toHaveLength(1)
    // A page past the ranked ids kept is ranked afresh, without counting.
    const deep = { ...providerQuery({ skip: 300, take: 20, matchAny: false } as unknown as Drawn), q: undefined }
    for (let ask = 0; ask < 2; ask++) expect(comparable(await ours(deep))).toEqual(comparable(await builtIn(deep)))
    expect(statements().slice(1).map((sql) => /COUNT\(\*\)/.test(sql))).toEqual([true, false])

    const added = { ...shop(19, 1)[0]!, id: "prod_honey", handle: "p-honey", title: "Mật ong bạc hà mới", price: 999_999, status: "published", sales_channel_ids: ["sc_main"] }
    await service.upsertDocuments({ index: index.physical_name, definition: index, documents: [added] as any })
    const after = await ours(input)
    execute.mockRestore()
    expect(after.metadata.count).toBe(first.metadata.count! + 1)
    expect(comparable(after)).toEqual(comparable(await builtIn(input)))
    await service.deleteDocuments({ index: index.physical_name, filters: { id: ["prod_honey"] } })
  })

  it("follows every write: updates, deletions by id and by filter, new documents", async () => {
    const changed = shop(11, 400).slice(0, 150).map((d) => ({ ...d, id: d.id }))
    await service.upsertDocuments({ index: index.physical_name, definition: index, documents: changed as any })
    await service.upsertDocuments({ index: index.physical_name, definition: index, documents: shop(13, 460).slice(400) as any })
    await service.deleteDocuments({ index: index.physical_name, filters: { id: ["prod_0001", "prod_0002", "prod_0003"] } })
    await service.deleteDocuments({ index: index.physical_name, filters: { village: "soi-ha" } as any })
    expect(await slimRows()).toBe(await wideRows())
    expect(await listingRows()).toBe(await wideRows())
    await expectSameAnswers(60, 7)
    await expectSameListings(60, 7)
  })

  it("empties with the index, and is rebuilt (by the migration script) if its triggers went missing", async () => {
    await service.clearIndex({ index: index.physical_name })
    expect(await slimRows()).toBe(0)
    expect(await listingRows()).toBe(0)
    await service.upsertDocuments({ index: index.physical_name, definition: index, documents: shop(17, 120) as any })

    // A copy no longer kept: queries go the built-in way (and stay right) until it is rebuilt.
    await db.raw(`DROP TRIGGER "${slimNames(table()).trigger}" ON "${table()}"`)
    await db.raw(`DELETE FROM "${table()}" WHERE id = 'prod_0005'`)
    ;(service as any).slimReady.clear()
    const slim = vi.spyOn(service as any, "searchSlim")
    const input = providerQuery({ q: "che", skip: 0, take: 20, matchAny: false } as Drawn)
    expect(comparable(await ours(input))).toEqual(comparable(await builtIn(input)))
    expect(slim).not.toHaveBeenCalled()
    slim.mockRestore()

    await searchSlimCopies({ container: { resolve: () => db } as any })
    expect(await slimCopyReady(managerOf(db).execute, table())).toBe(true)
    expect(await slimRows()).toBe(await wideRows())
    ;(service as any).slimReady.clear()
    await expectSameAnswers(30, 3)
  })

  it("goes with the index when the index is deleted", async () => {
    await service.deleteIndex({ index: index.physical_name })
    const [{ present }] = (await db.raw(`SELECT to_regclass(?) IS NOT NULL AS present`, [`"${slimNames(table()).table}"`])).rows
    expect(present).toBe(false)
    const [{ listed }] = (await db.raw(`SELECT to_regclass(?) IS NOT NULL AS listed`, [`"${listingNames(table()).table}"`])).rows
    expect(listed).toBe(false)
  })
})
