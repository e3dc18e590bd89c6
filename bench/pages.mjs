#!/usr/bin/env node
// Issue #6 figure B (throughput): storefront pages on the benchmark shop (10,000 products),
// production builds (`medusa start`, the storefront's server `node .edge/src/edge/server.js`),
// autocannon with 10 connections, 20 s each after a 3 s warm-up, in one run:
// - as a visitor without a session (the edge's page cache may answer, see
//   storefront/src/edge/page-cache.ts),
// - with a real cart's `cln_cart` cookie (the cache is bypassed: Next.js renders each request).
// Target: product and listing pages ≥ 185 req/s (5× the dtc-starter's 37 req/s).
import { freePort, queryRows } from "../scripts/lib/database.mjs"
import { stopAll } from "../scripts/lib/processes.mjs"
import { launch } from "../scripts/lib/stack.mjs"
import { load, machine, writeResult } from "./lib/load.mjs"
import { openBenchShop } from "./lib/shop.mjs"

const duration = Number(process.env.BENCH_SECONDS || 20)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)

const { db, publishableKey, products } = await openBenchShop()
try {
  const { storefrontUrl, backendUrl } = await launch({
    databaseUrl: db.databaseUrl,
    publishableKey,
    backendPort: await freePort(9430),
    storefrontPort: await freePort(8430),
    quiet: true,
    extraEnv: process.env.PAGE_CACHE ? { PAGE_CACHE: process.env.PAGE_CACHE } : {},
  })
  const [product] = await queryRows(db.databaseUrl, "select handle from product where deleted_at is null and handle not like 'bench-%' order by handle limit 1")
  const [region] = await queryRows(db.databaseUrl, "select id from region where currency_code = 'vnd' and deleted_at is null limit 1")
  const cartResponse = await fetch(`${backendUrl}/store/carts`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: JSON.stringify({ region_id: region.id }),
  })
  const { cart } = await cartResponse.json()
  if (!cart?.id) throw new Error(`no cart for the cart-cookie runs (${cartResponse.status})`)
  const pages = [
    { name: `product /vi/products/${product.handle}`, path: `/vi/products/${product.handle}` },
    { name: "listing /vi/products", path: "/vi/products" },
    { name: "home /vi", path: "/vi" },
    { name: "search /vi/search?q=chè shan tuyết", path: `/vi/search?q=${encodeURIComponent("chè shan tuyết")}` },
  ]
  const visitors = [
    { name: "anonymous", headers: {} },
    { name: "with cln_cart cookie", headers: { cookie: `cln_cart=${cart.id}` } },
  ]
  const results = []
  for (const visitor of visitors) {
    for (const page of pages) {
      const probe = await fetch(`${storefrontUrl}${page.path}`, { headers: visitor.headers })
      await probe.text()
      const r = await load({ url: `${storefrontUrl}${page.path}`, connections, duration, headers: visitor.headers })
      const name = `${page.name}, ${visitor.name}`
      results.push({ name, edge_cache: probe.headers.get("x-edge-cache") ?? "not used", ...r })
      console.error(`${name} [edge cache: ${probe.headers.get("x-edge-cache") ?? "not used"}]: ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}`)
    }
  }
  writeResult("pages", { machine: await machine(), products, connections, duration, page_cache: process.env.PAGE_CACHE ?? "on", results })
} finally {
  await stopAll()
  await db.stop()
}
