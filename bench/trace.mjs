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

  // Each run starts after a 3 s warm-up at the same load (not measured).
  const resolver = await load({ url: resolverUrl, connections, duration })
  // A timed run stops with requests in flight, so the exact check is a separate run of a
  // fixed number of resolutions: every one must become a stored scan.
  const exact = Number(process.env.BENCH_SCANS || 10_000)
  // Scans of the timed run still in the batch buffer land first.
  let before = await scansStored()
  for (let settled = 0; settled < 5; ) {
    await new Promise((r) => setTimeout(r, 250))
    const now = await scansStored()
    settled = now === before ? settled + 1 : 0
    before = now
  }
  const counted = await autocannon({ url: resolverUrl, connections, amount: exact })
  let after = await scansStored()
  for (let i = 0; i < 100 && after - before < exact; i++) {
    await new Promise((r) => setTimeout(r, 200))
    after = await scansStored()
  }
  const answered = Object.values(counted.statusCodeStats ?? {}).reduce((sum, s) => sum + s.count, 0)
  const tracePage = await load({ url: tracePageUrl, connections, duration })
  // As a browser asks for it: gzip (the edge compresses each page, since its live parts differ).
  const tracePageGzip = await load({ url: tracePageUrl, connections, duration, headers: { "accept-encoding": "gzip" } })
  const spreadResolver = await load({ url: storefrontUrl, paths: spreadResolverPaths, connections, duration })
  const spreadPage = await load({ url: storefrontUrl, paths: spreadPagePaths, connections, duration })
  const timed = [
    { name: "resolver GET /01/{gtin}/10/{lot}/21/{serial} → 307", ...resolver },
    { name: "trace page GET /vi/trace/{serial}", ...tracePage },
    { name: "trace page GET /vi/trace/{serial}, Accept-Encoding: gzip", ...tracePageGzip },
    { name: `resolver GET /t/{code} → 307, ${codes.length} codes in turn`, ...spreadResolver },
    { name: `trace page GET /vi/trace/{code}, ${codes.length} codes in turn`, ...spreadPage },
  ]
  const results = [...timed, { name: `exact count: ${exact} resolutions sent`, answered, scans_stored: after - before, scans_equal_requests: after - before === exact && answered === exact }]
  for (const r of timed) console.error(`${r.name}: ${r.rps} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, statuses ${JSON.stringify(r.statuses)}`)
  console.error(`scans stored ${after - before} for ${exact} resolutions sent (${answered} answered)`)
  writeResult("trace", { machine: await machine(), connections, duration, results })
} finally {
  await stopAll()
  await db.stop()
}
