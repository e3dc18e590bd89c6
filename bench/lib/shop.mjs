// The issue #6 benchmark shop: the demo data grown to 10,000 products (BENCH_PRODUCTS) in
// its own database (cln_bench_shop), made once and reused by later runs.
import path from "node:path"
import { queryRows } from "../../scripts/lib/database.mjs"
import { runToEnd } from "../../scripts/lib/processes.mjs"
import { BACKEND, ROOT, baseEnv, buildStale, openDatabase, prepareDatabase } from "../../scripts/lib/stack.mjs"

export const BENCH_PRODUCTS = Number(process.env.BENCH_PRODUCTS || 10_000)

const countProducts = async (url) =>
  Number((await queryRows(url, "select count(*)::int as n from product where deleted_at is null"))[0].n)

/**
 * Opens (or makes) the benchmark database and builds what is stale (BENCH_NO_BUILD=1 skips
 * the builds, for runs that share the machine with builds holding /tmp/cln-build.lock).
 * Returns the database, the publishable key and the product count.
 */
export async function openBenchShop() {
  const db = await openDatabase({ dbName: "cln_bench_shop", dirName: "bench-postgres" })
  const publishableKey = await prepareDatabase(db.databaseUrl)
  let products = await countProducts(db.databaseUrl)
  if (products < BENCH_PRODUCTS) {
    console.error(`[bench] ${products} products: generating the catalogue up to ${BENCH_PRODUCTS} (backend/src/scripts/bench-catalog.ts)…`)
    const started = Date.now()
    await runToEnd("bench-catalog", path.join(ROOT, "node_modules/.bin/medusa"), ["exec", "./src/scripts/bench-catalog.ts"], {
      cwd: BACKEND,
      env: { ...baseEnv, DATABASE_URL: db.databaseUrl, BENCH_PRODUCTS: String(BENCH_PRODUCTS) },
    })
    products = await countProducts(db.databaseUrl)
    console.error(`[bench] catalogue ready: ${products} products in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  }
  if (!process.env.BENCH_NO_BUILD) await buildStale()
  return { db, publishableKey, products }
}
