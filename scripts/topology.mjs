#!/usr/bin/env node
// `npm run topology`: the production topology on this machine, without Docker. Two
// `medusa start` servers and one worker from the production build, on one PostgreSQL and
// one Redis, behind a round-robin proxy on 127.0.0.1, with the storefront in front.
//
//   DATABASE_URL      PostgreSQL database (default: the embedded one `npm start` uses, in .data/postgres)
//   REDIS_URL         Redis server (default redis://127.0.0.1:6379); without a database number
//                     (/N) the run claims an empty one from 1 up and empties it when it stops
//   TOPOLOGY_SERVERS  how many server processes (default 2)
//   PORT              the proxy's port (default 9000); STOREFRONT_PORT the storefront's (default 8000)
//   --no-storefront   backend processes and proxy only
import exitHook from "async-exit-hook"
import { stopAll } from "./lib/processes.mjs"
import { DEMO_ADMIN, DEMO_PRODUCER, openDatabase } from "./lib/stack.mjs"
import { DEFAULT_REDIS_URL, startTopology } from "./lib/topology.mjs"

const withStorefront = !process.argv.includes("--no-storefront")
const servers = Number(process.env.TOPOLOGY_SERVERS || 2)
const started = Date.now()

let db
let topology
let stopping = false
async function stopEverything() {
  if (stopping) return
  stopping = true
  console.log("\n[topology] stopping…")
  await topology?.stop()
  await stopAll()
  await db?.stop().catch((e) => console.error(`[topology] PostgreSQL did not stop cleanly: ${e.message}`))
}
exitHook((done) => {
  stopEverything().finally(done)
})

try {
  db = await openDatabase()
  topology = await startTopology({
    databaseUrl: db.databaseUrl,
    redisUrl: process.env.REDIS_URL || DEFAULT_REDIS_URL,
    servers,
    storefront: withStorefront,
    proxyPort: Number(process.env.PORT || 9000),
    storefrontPort: Number(process.env.STOREFRONT_PORT || 8000),
    quiet: false,
  })
  const t = topology
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const row = (label, value) => `    ${label.padEnd(15)}${value}`
  console.log(`
  Chợ Làng Nghề, production topology on this machine (ready in ${seconds} s)

${[
  ...(t.storefrontUrl ? [row("Storefront", `${t.storefrontUrl}/vi   (through the proxy to the servers)`)] : []),
  row("Proxy", `${t.proxyUrl}   round robin over ${t.servers.map((s) => s.name).join(", ")}; admin at ${t.proxyUrl}/app`),
  ...t.servers.map((s) => row(s.name, `${s.url}   MEDUSA_WORKER_MODE=server, pid ${s.pid}`)),
  row("worker", `${t.worker.url}   MEDUSA_WORKER_MODE=worker (subscribers, scheduled jobs), pid ${t.worker.pid}`),
  row("Redis", t.redisUrl),
  row("Database", db.embedded ? `embedded PostgreSQL (.data/postgres), ${t.databaseUrl}` : t.databaseUrl),
].join("\n")}

    Admin ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}; producer ${DEMO_PRODUCER.email} / ${DEMO_PRODUCER.password}
  Press Ctrl-C to stop everything.
`)
  const first = await Promise.race(t.processes.map((p) => p.child.exited.then((r) => [p.name, r])))
  if (!stopping) {
    console.error(`[topology] ${first[0]} exited (${first[1].code ?? first[1].signal}); stopping the rest`)
    await stopEverything()
    process.exit(1)
  }
} catch (e) {
  console.error(`[topology] start failed: ${e.message}`)
  await stopEverything()
  process.exit(1)
}
