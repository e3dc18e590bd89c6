#!/usr/bin/env node
// Issue #8 figures: the mixed load (70 % trace scans, 25 % browsing and search, 5 %
// checkouts; scripts/lib/load-mix.mjs) against a topology that is already running, e.g.
//
//   RATE_LIMIT_TRACE_SCAN=off DATABASE_URL=postgres://postgres@127.0.0.1:5432/cln npm run topology
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/cln node bench/load.mjs
//
// It writes bench/results/load.json: requests and latencies per kind, the split drawn,
// and the checks of the load test (scans stored = redirects answered, orders stored =
// orders confirmed, stock never oversold), with each topology process's memory.
// The run changes the database as shoppers would: it places orders, records scans and
// sets two products' stock to 30 available (through the Admin API, as the demo admin).
//
//   DATABASE_URL          the topology's database (required: scans, orders and stock are read from it)
//   LOAD_STOREFRONT_URL   the storefront (default http://127.0.0.1:8000)
//   LOAD_PROXY_URL        the proxy in front of the servers (default http://127.0.0.1:9000)
//   BENCH_SECONDS         how long the mix runs (default 300); BENCH_CONNECTIONS clients (default 20)
//   LOAD_SEED             the random seed (default 8)
// All requests come from 127.0.0.1: start the topology with RATE_LIMIT_TRACE_SCAN=off, or
// the per-visitor scan limit leaves most scans unrecorded (the result says so).
import { readdirSync, readFileSync } from "node:fs"
import { loadBaseline, loadOutcome, memoryOf, prepareLoadFixtures, runLoadMix, send, serverErrors } from "../scripts/lib/load-mix.mjs"
import { findPublishableKey } from "../scripts/lib/stack.mjs"
import { machine, writeResult } from "./lib/load.mjs"

const databaseUrl = process.env.DATABASE_URL
const storefrontUrl = (process.env.LOAD_STOREFRONT_URL || "http://127.0.0.1:8000").replace(/\/$/, "")
const proxyUrl = (process.env.LOAD_PROXY_URL || "http://127.0.0.1:9000").replace(/\/$/, "")
const seconds = Number(process.env.BENCH_SECONDS || 300)
const connections = Number(process.env.BENCH_CONNECTIONS || 20)
const seed = Number(process.env.LOAD_SEED || 8)
const log = (msg) => console.error(`[load] ${msg}`)

if (!databaseUrl) {
  console.error("bench/load.mjs: set DATABASE_URL to the running topology's database (see the header of this file)")
  process.exit(2)
}
for (const url of [`${proxyUrl}/health`, `${storefrontUrl}/vi`]) {
  const answer = await send(url, { timeoutMs: 30_000 })
  if (answer.status !== 200) {
    console.error(`bench/load.mjs: ${url} answered ${answer.status || answer.error}; is the topology running (npm run topology)?`)
    process.exit(2)
  }
}

/** The topology's processes on this machine: `medusa start` and the storefront's server on this database. */
function topologyProcesses() {
  const found = []
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ")
      if (!/medusa start|edge\/server\.js/.test(cmdline)) continue
      const env = Object.fromEntries(
        readFileSync(`/proc/${entry}/environ`, "utf8")
          .split("\0")
          .filter(Boolean)
          .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)])
      )
      if (env.DATABASE_URL !== databaseUrl) continue
      const role = /edge\/server\.js/.test(cmdline) ? "storefront" : env.MEDUSA_WORKER_MODE || "shared"
      found.push({ name: `${role}:${env.PORT}`, pid: Number(entry), scanLimit: env.RATE_LIMIT_TRACE_SCAN ?? env.RATE_LIMIT })
    } catch {}
  }
  // A process's children are counted with it (memoryOf): keep only the outermost.
  return found
}

const publishableKey = await findPublishableKey(databaseUrl)
if (!publishableKey) throw new Error(`no storefront publishable key in ${databaseUrl}`)
const processes = topologyProcesses()
const scanLimit = [...new Set(processes.filter((p) => !p.name.startsWith("storefront")).map((p) => p.scanLimit ?? "default"))]
log(`processes: ${processes.map((p) => `${p.name} (pid ${p.pid})`).join(", ") || "none found on this machine for DATABASE_URL"}; RATE_LIMIT_TRACE_SCAN on the servers: ${scanLimit.join(", ") || "unknown"}`)

const fixtures = await prepareLoadFixtures({ databaseUrl, proxyUrl, storefrontUrl, publishableKey, scarce: 2, scarceStock: 30, log })
const baseline = await loadBaseline(databaseUrl, fixtures)
const peaks = {}
log(`running the mix for ${seconds} s with ${connections} clients against ${storefrontUrl} and ${proxyUrl}`)
const result = await runLoadMix({
  storefrontUrl,
  proxyUrl,
  publishableKey,
  fixtures,
  seconds,
  connections,
  seed,
  log,
  onTick: () => {
    for (const [name, m] of Object.entries(memoryOf(processes))) peaks[name] = Math.max(peaks[name] ?? 0, m.rss_mb)
  },
})
const memory = memoryOf(processes)
for (const [name, m] of Object.entries(memory)) m.highest_sampled_rss_mb = Math.max(peaks[name] ?? 0, m.rss_mb)
const outcome = await loadOutcome(databaseUrl, fixtures, baseline, result)
const { fivexx, noAnswer } = serverErrors(result)
const checks = {
  no_5xx: fivexx === 0,
  every_request_answered: noAnswer === 0,
  no_scan_lost: outcome.scans.stored === outcome.scans.redirects && outcome.scans.labels_mismatched.length === 0,
  no_order_lost: outcome.orders.purchases === outcome.orders.confirmed && outcome.orders.orders === outcome.orders.confirmed,
  no_oversold_stock: outcome.stock.every(
    (s) => s.levels.every((l) => l.reserved <= l.stocked) && s.ordered <= s.before.available && s.after.reserved - s.before.reserved === s.ordered
  ),
}
if (!checks.no_scan_lost && scanLimit.some((l) => l !== "off")) {
  log(`scans stored ${outcome.scans.stored} for ${outcome.scans.redirects} redirects: the servers run with RATE_LIMIT_TRACE_SCAN=${scanLimit.join(",")}, which drops one client's scans over the limit`)
}
const { byLabel, byKind, problems, scans: _scans, checkout, ...run } = result
writeResult("load", {
  machine: await machine(),
  ...run,
  byKind,
  byLabel,
  checkout: { placed: checkout.placed, refused: checkout.refused, failed: checkout.failed, messages: checkout.messages },
  fivexx,
  unanswered: noAnswer,
  outcome,
  checks,
  memory,
  problems: problems.slice(0, 10),
})
process.exit(Object.values(checks).every(Boolean) ? 0 : 1)
