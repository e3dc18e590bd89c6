#!/usr/bin/env node
// Issue #4 figures: the GS1 resolver and the trace page, production builds, autocannon with
// 50 connections for 30 s each; then the scans stored must equal the resolutions answered
// (scans are written in batches, so nothing may be lost under load).
import { freePort, queryRows } from "../scripts/lib/database.mjs"
import { stopAll } from "../scripts/lib/processes.mjs"
import { buildStale, launch, openDatabase, prepareDatabase } from "../scripts/lib/stack.mjs"
import autocannon from "autocannon"
import { load, machine, writeResult } from "./lib/load.mjs"

const duration = Number(process.env.BENCH_SECONDS || 30)
const connections = Number(process.env.BENCH_CONNECTIONS || 50)

const db = await openDatabase({ dbName: "cln_bench", dirName: "bench-postgres" })
const scansStored = async () => Number((await queryRows(db.databaseUrl, "select count(*)::int as n from scan"))[0].n)
try {
  const publishableKey = await prepareDatabase(db.databaseUrl)
  await buildStale()
  const { storefrontUrl } = await launch({
    databaseUrl: db.databaseUrl,
    publishableKey,
    backendPort: await freePort(9400),
    storefrontPort: await freePort(8400),
    quiet: true,
    // Every scan comes from this one loopback address and must be stored to be counted;
    // the per-visitor scan limit (backend/src/api/rate-limit.ts) would drop most of them.
    extraEnv: { RATE_LIMIT_TRACE_SCAN: "off" },
  })
  // A unit serial of a lot with a GTIN: the longest resolution (GTIN → lot → serial).
  const [unit] = await queryRows(
    db.databaseUrl,
    `select tc.code, l.lot_number, v.barcode from trace_code tc join lot l on l.id = tc.lot_id
       join product_product_variant_traceability_lot vl on vl.lot_id = l.id join product_variant v on v.id = vl.product_variant_id
      where tc.kind = 'unit' and v.barcode is not null order by tc.code limit 1`
  )
  const resolverUrl = `${storefrontUrl}/01/${unit.barcode.padStart(14, "0")}/10/${unit.lot_number}/21/${unit.code}`
  const tracePageUrl = `${storefrontUrl}/vi/trace/${unit.code}`
  // Every label of the demo data (product, lot and unit codes), for runs where concurrent
  // requests rarely share a code, so the edge's coalescing of live reads helps little.
  const codes = (await queryRows(db.databaseUrl, "select code from trace_code where deleted_at is null order by code")).map((r) => r.code)
  const spreadResolverPaths = codes.map((code) => `/t/${code}`)
  const spreadPagePaths = codes.map((code) => `/vi/trace/${code}`)

  /** Waits until no scan has been stored for a second (the edge and the backend write in batches); returns the count. */
  async function settledScans() {
    let last = await scansStored()
    for (let quiet = 0; quiet < 4; ) {
      await new Promise((r) => setTimeout(r, 250))
      const now = await scansStored()
      quiet = now === last ? quiet + 1 : 0
      last = now
    }
    return last
  }

  // Each target runs twice after a 3 s warm-up (not measured): as fast as 50 connections go
  // (closed loop: the server's ceiling, where latency is all queueing), then held at the
  // figure's 500 requests/s (autocannon's overallRate) for the p99 a visitor gets at that
  // load. Between runs, scans still on their way to the database land first, so no run
  // pays for the one before it.
  const targets = [
    { name: "resolver GET /01/{gtin}/10/{lot}/21/{serial} → 307", url: resolverUrl, scans: true },
    { name: "trace page GET /vi/trace/{serial}", url: tracePageUrl },
    { name: "trace page GET /vi/trace/{serial}, Accept-Encoding: gzip", url: tracePageUrl, headers: { "accept-encoding": "gzip" } },
    { name: `resolver GET /t/{code} → 307, ${codes.length} codes in turn`, url: storefrontUrl, paths: spreadResolverPaths, scans: true },
    { name: `trace page GET /vi/trace/{code}, ${codes.length} codes in turn`, url: storefrontUrl, paths: spreadPagePaths },
  ]
  const timed = []
  let ingest = null
  for (const target of targets) {
    for (const rate of [undefined, 500]) {
      const before = await settledScans()
      const result = await load({ url: target.url, paths: target.paths, headers: target.headers, connections, duration, rate })
      const name = `${target.name}${rate ? ", held at 500 req/s" : ", as fast as it goes"}`
      timed.push({ name, ...result })
      console.error(`${name}: ${result.rps} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, statuses ${JSON.stringify(result.statuses)}`)
      if (target.scans && !rate && !ingest) {
        // How long the scans of a full-speed run take to reach the database after it ends.
        const ended = Date.now()
        const stored = (await settledScans()) - before
        ingest = { scans_stored: stored, drained_after_run_s: +((Date.now() - ended) / 1000 - 1).toFixed(1) }
        console.error(`scans of that run stored: ${stored}, the last ${ingest.drained_after_run_s} s after it ended`)
      }
    }
  }

  // A timed run stops with requests in flight, so the exact check is a separate run of a
  // fixed number of resolutions: every one must become a stored scan.
  const exact = Number(process.env.BENCH_SCANS || 10_000)
  const before = await settledScans()
  const counted = await autocannon({ url: resolverUrl, connections, amount: exact })
  let after = await scansStored()
  for (let i = 0; i < 150 && after - before < exact; i++) {
    await new Promise((r) => setTimeout(r, 200))
    after = await scansStored()
  }
  after = await settledScans()
  const answered = Object.values(counted.statusCodeStats ?? {}).reduce((sum, s) => sum + s.count, 0)
  const results = [
    ...timed,
    { name: "scans of the first full-speed resolver run", ...ingest },
    { name: `exact count: ${exact} resolutions sent`, answered, scans_stored: after - before, scans_equal_requests: after - before === exact && answered === exact },
  ]
  console.error(`scans stored ${after - before} for ${exact} resolutions sent (${answered} answered)`)
  writeResult("trace", { machine: await machine(), connections, duration, results })
} finally {
  await stopAll()
  await db.stop()
}
