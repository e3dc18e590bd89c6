#!/usr/bin/env node
// Issue #6 figure B (throughput): storefront pages on the benchmark shop (10,000 products),
// production builds (`medusa start`, the storefront's server `node .edge/src/edge/server.js`),
// autocannon with 10 connections, 20 s each after a 3 s warm-up, in one run:
// - as a visitor without a session (the edge's page cache may answer, see
//   storefront/src/edge/page-cache.ts),
// - with a real cart (a line added through the store API) and the cookies the storefront
//   sets for it: `cln_cart` and `cln_cart_count` (the edge serves the kept page with the
//   count written in),
// - for the product and listing pages, with `cln_cart` alone (a cart cookie from before
//   the count cookie existed: Next.js renders each request, as every cart did before).
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
  const store = (path, body) =>
    fetch(`${backendUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
      body: JSON.stringify(body),
    }).then(async (response) => ({ status: response.status, body: await response.json() }))
  const created = await store("/store/carts", { region_id: region.id })
  const cartId = created.body.cart?.id
  if (!cartId) throw new Error(`no cart for the cart-cookie runs (${created.status})`)
  // A demo variant with stock (the product measured may be sold out).
  const [variant] = await queryRows(
    db.databaseUrl,
    `select v.id from product_variant v
       join product p on p.id = v.product_id and p.deleted_at is null and p.handle not like 'bench-%'
       join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
       join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
     where v.deleted_at is null and il.stocked_quantity - il.reserved_quantity >= 10
     order by p.handle, v.id limit 1`
  )
  const added = await store(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 2 })
  // The count the storefront writes beside the cart cookie (src/lib/cart/store-api.ts, fetchCartCount).
  const count = (added.body.cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  if (count !== 2) throw new Error(`the cart for the cart-cookie runs has ${count} pieces, not 2 (${added.status})`)
  const pages = [
    { name: `product /vi/products/${product.handle}`, path: `/vi/products/${product.handle}` },
    { name: "listing /vi/products", path: "/vi/products" },
    { name: "home /vi", path: "/vi" },
    { name: "search /vi/search?q=chè shan tuyết", path: `/vi/search?q=${encodeURIComponent("chè shan tuyết")}` },
  ]
  const visitors = [
    { name: "anonymous", headers: {} },
    { name: "with a cart (cln_cart, cln_cart_count)", headers: { cookie: `cln_cart=${cartId}; cln_cart_count=${count}` } },
    { name: "with cln_cart only (no count cookie)", headers: { cookie: `cln_cart=${cartId}` }, pages: 2 },
  ]
  const results = []
  for (const visitor of visitors) {
    for (const page of pages.slice(0, visitor.pages ?? pages.length)) {
      const probe = await fetch(`${storefrontUrl}${page.path}`, { headers: visitor.headers })
      const html = await probe.text()
      // The header must show the visitor's count (the cart link's data-count).
      const shown = /data-count="(\d+)"/.exec(html)?.[1]
      const expected = visitor.headers.cookie ? String(count) : "0"
      if (shown !== expected) throw new Error(`${page.path}, ${visitor.name}: the header shows ${shown ?? "no count"}, not ${expected}`)
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
