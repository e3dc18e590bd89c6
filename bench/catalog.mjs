#!/usr/bin/env node
// Issue #6 figure A: the store APIs with 10,000 products, 20 concurrent requests, in one
// run side by side: Medusa's own GET /store/products?limit=20 (default fields, the
// baseline), the listing exactly as the storefront's /products page asks for it
// (GET /store/product-cards: storefront/src/lib/data/products.ts listProductCards, 12
// cards priced in the VND region, vi-VN) and GET /store/product-search (a query, a facet
// filter, both); each kept (the backend's response cache) and computed (Cache-Control:
// no-cache). The listing as the storefront asked for it before (GET /store/products with
// the card fields) is measured computed, for comparison. Target for ours: p95 < 100 ms
// and at least 10× the baseline's req/s.
// `node bench/catalog.mjs --prepare` only makes the benchmark database.
import os from "node:os"
import { freePort, queryRows } from "../scripts/lib/database.mjs"
import { stopAll } from "../scripts/lib/processes.mjs"
import { launch, STORE_CARD_FIELDS } from "../scripts/lib/stack.mjs"
import { load, machine, writeResult } from "./lib/load.mjs"
import { openBenchShop } from "./lib/shop.mjs"

const duration = Number(process.env.BENCH_SECONDS || 20)
const connections = Number(process.env.BENCH_CONNECTIONS || 20)

const { db, publishableKey, products } = await openBenchShop()
try {
  if (process.argv.includes("--prepare")) process.exit(0)
  const { backendUrl } = await launch({
    databaseUrl: db.databaseUrl,
    publishableKey,
    backendPort: await freePort(9410),
    storefrontPort: await freePort(8410),
    quiet: true,
    storefront: false,
  })
  const [region] = await queryRows(db.databaseUrl, "select id from region where currency_code = 'vnd' and deleted_at is null limit 1")
  const crafts = await queryRows(
    db.databaseUrl,
    "select id, handle from product_category where deleted_at is null and is_active and not is_internal order by handle limit 3"
  )
  const [craft] = crafts
  const headers = { "x-publishable-api-key": publishableKey }
  // Cache-Control: no-cache passes the backend's response cache (backend/src/api/store/response-cache.ts):
  // Medusa's own work on every request, as the baseline had it.
  const fresh = { ...headers, "cache-control": "no-cache" }
  // The listing's query as the storefront's SDK writes it (qs, in listProductCards' key
  // order: craft, min_stars, mark, region_id, locale, page, limit; absent ones left out),
  // so that the response cache keys match the storefront's.
  const listingPath = ({ craft, page }) => {
    const params = new URLSearchParams()
    if (craft) params.set("craft", craft)
    params.set("region_id", region.id)
    params.set("locale", "vi-VN")
    params.set("page", String(page))
    params.set("limit", "12")
    return `/store/product-cards?${params}`
  }
  // The listing as the storefront asked for it until the listing read the search index.
  const before = new URLSearchParams({ limit: "12", offset: "0", fields: STORE_CARD_FIELDS, region_id: region.id, locale: "vi-VN" })
  const ours = [
    { name: "/products page listing (GET /store/product-cards, page 1, 12 cards, VND prices, vi-VN)", path: listingPath({ page: 1 }) },
    { name: "listing, page 100", path: listingPath({ page: 100 }) },
    { name: "GET /store/product-search?q=che shan tuyet", path: `/store/product-search?q=${encodeURIComponent("che shan tuyet")}` },
    { name: `GET /store/product-search?craft=${craft.handle} (facet filter)`, path: `/store/product-search?craft=${craft.handle}` },
    { name: "GET /store/product-search?q=tra&min_stars=4 (query + facet)", path: `/store/product-search?q=tra&min_stars=4` },
  ]
  // Many different searches, as shoppers type them: words with and without diacritics,
  // villages, crafts, one-typo words, no match at all, with facet filters and pages.
  const words = ["che shan tuyet", "chè shan tuyết", "tho cam", "thổ cẩm", "mien dong", "miến dong", "non la", "nón lá", "mat ong", "mật ong",
    "tra", "trà", "ruou", "rượu", "gom", "gốm", "may tre", "mây tre", "det", "dệt", "shan tuyat", "tho cem", "mien dang", "zzzzqqq", "xyzw"]
  const searchMix = [
    ...words.map((q) => `/store/product-search?q=${encodeURIComponent(q)}`),
    ...words.slice(0, 10).map((q) => `/store/product-search?q=${encodeURIComponent(q)}&min_stars=3`),
    ...words.slice(0, 10).map((q) => `/store/product-search?q=${encodeURIComponent(q)}&page=2`),
    `/store/product-search?craft=${craft.handle}`,
    `/store/product-search?craft=${craft.handle}&page=3`,
  ]
  // Listing pages as shoppers page through them: the first ten pages of all products and
  // of three crafts, as the storefront's /products page asks for them.
  const listingMix = [undefined, ...crafts.map((c) => c.handle)].flatMap((craft) =>
    Array.from({ length: 10 }, (_, page) => listingPath({ craft, page: page + 1 }))
  )
  // Answers kept by the response cache first, so that no run pays for the backlog of the
  // slow ones (a request the client gave up on is still computed by the server).
  const targets = [
    ...ours.map((t) => ({ ...t, name: `ours: ${t.name}, as the storefront asks (response cache)`, headers })),
    { name: `ours: search mix, ${searchMix.length} different searches, as the storefront asks (response cache)`, paths: searchMix, headers },
    { name: `ours: listing mix, ${listingMix.length} different listing pages, as the storefront asks (response cache)`, paths: listingMix, headers },
    {
      name: `ours: search mix, ${searchMix.length} different searches, the search index written every second (every kept answer dropped each second)`,
      paths: searchMix,
      headers,
      writes: true,
    },
    {
      name: `ours: listing mix, ${listingMix.length} different listing pages, the search index written every second (every kept answer dropped each second)`,
      paths: listingMix,
      headers,
      writes: true,
    },
    { name: "baseline: Medusa GET /store/products?limit=20 (default fields), no-cache", path: `/store/products?limit=20&region_id=${region.id}`, headers: fresh },
    {
      name: "before: the listing as the storefront asked for it until now (GET /store/products, card fields, 12, prices, vi-VN), no-cache",
      path: `/store/products?${before}`,
      headers: fresh,
    },
    ...ours.map((t) => ({ ...t, name: `ours: ${t.name}, Cache-Control: no-cache (every request computed)`, headers: fresh })),
    { name: `ours: search mix, ${searchMix.length} different searches, Cache-Control: no-cache (every request computed)`, paths: searchMix, headers: fresh },
    { name: `ours: listing mix, ${listingMix.length} different listing pages, Cache-Control: no-cache (every request computed)`, paths: listingMix, headers: fresh },
  ]
  // Each must answer 200 before it is measured.
  for (const t of targets) {
    for (const path of t.paths ?? [t.path]) {
      const res = await fetch(`${backendUrl}${path}`, { headers: t.headers })
      const body = await res.json()
      if (res.status !== 200) throw new Error(`${t.name}: ${path}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`)
      t.count = t.paths ? (t.count ?? 0) + body.count : body.count
    }
  }
  const results = []
  const started = new Date().toISOString()
  // The 1-minute load average around each run: the machine may be shared.
  const load1 = () => +os.loadavg()[0].toFixed(2)
  for (const t of targets) {
    const loadBefore = load1()
    // A 60 s timeout: uncomputed answers take seconds at 20 connections and must still count.
    // `writes`: the search index's write mark moves every second, as a product change
    // indexed every second would move it (modules/search-postgres-vi/generation.ts).
    const writer = t.writes
      ? setInterval(() => queryRows(db.databaseUrl, `UPDATE search_postgres_index SET updated_at = clock_timestamp()`).catch(() => {}), 1_000)
      : null
    const r = await load({ url: `${backendUrl}${t.path ?? ""}`, paths: t.paths, connections, duration, headers: t.headers, timeout: 60 }).finally(
      () => writer && clearInterval(writer)
    )
    results.push({ name: t.name, count: t.count, ...r, load1_before: loadBefore, load1_after: load1() })
    // The requests cut off at the end of a run are still being computed: let them finish
    // (two sequential requests answered, then 2 s) before the next run starts.
    for (let i = 0; i < 2; i++) await fetch(`${backendUrl}${t.path ?? t.paths[0]}`, { headers: t.headers }).then((res) => res.text())
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    console.error(`${t.name} [count ${t.count}]: ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, non-2xx ${r.non2xx}`)
  }
  const baseline = results.find((r) => r.name.startsWith("baseline")).rps
  for (const r of results.filter((r) => !r.name.startsWith("baseline"))) r.times_baseline = +(r.rps / baseline).toFixed(1)
  writeResult("catalog", { machine: await machine(), started, ended: new Date().toISOString(), products, connections, duration, results })
} finally {
  await stopAll()
  await db.stop()
}
