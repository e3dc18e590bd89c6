#!/usr/bin/env node
// Issue #2 figure: storefront product list page, server response p95 at 10 concurrent
// requests, against production builds (`next start` + `medusa start`) with demo data.
// Also measures the home and a product page, and Medusa's own Store API list for context.
import { freePort, queryRows } from "../scripts/lib/database.mjs"
import { stopAll } from "../scripts/lib/processes.mjs"
import { buildStale, launch, openDatabase, prepareDatabase } from "../scripts/lib/stack.mjs"
import { load, machine, writeResult } from "./lib/load.mjs"

const duration = Number(process.env.BENCH_SECONDS || 20)

const db = await openDatabase({ dbName: "cln_bench", dirName: "bench-postgres" })
try {
  const publishableKey = await prepareDatabase(db.databaseUrl)
  await buildStale()
  const { storefrontUrl, backendUrl } = await launch({
    databaseUrl: db.databaseUrl,
    publishableKey,
    backendPort: await freePort(9400),
    storefrontPort: await freePort(8400),
    quiet: true,
  })
  const [product] = await queryRows(db.databaseUrl, "select handle from product where deleted_at is null order by handle limit 1")
  const [region] = await queryRows(db.databaseUrl, "select id from region where currency_code = 'vnd' limit 1")
  const targets = [
    { name: "storefront /vi/products (product list)", url: `${storefrontUrl}/vi/products` },
    { name: "storefront /vi (home)", url: `${storefrontUrl}/vi` },
    { name: `storefront /vi/products/${product.handle}`, url: `${storefrontUrl}/vi/products/${product.handle}` },
    {
      name: "Medusa GET /store/products?limit=20 (default fields, for context)",
      url: `${backendUrl}/store/products?limit=20&region_id=${region.id}`,
      headers: { "x-publishable-api-key": publishableKey },
    },
  ]
  const results = []
  for (const t of targets) {
    const r = await load({ url: t.url, connections: 10, duration, headers: t.headers })
    results.push({ name: t.name, ...r })
    console.error(`${t.name}: ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, non-2xx ${r.non2xx}`)
  }
  writeResult("storefront", { machine: await machine(), results })
} finally {
  await stopAll()
  await db.stop()
}
