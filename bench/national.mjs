#!/usr/bin/env node
// Issue #8 figures at provincial-to-national scale: 500 villages, 10,000 producers, 100,000
// products, 1,000,000 trace events, 5,000,000 scans, 100,000 orders (generated once by
// backend/src/scripts/bench-national.ts into cln_bench_national, a copy of the prepared demo
// database cln_prepared, itself migrated and seeded here when missing), and the same at
// 1/100 (cln_bench_national_small):
//   - trace page p99 at 500 requests/s (target < 100 ms): the storefront's
//     /vi/trace/{code}, server-rendered with the lot's events and their chain verified,
//     over 2,000 generated codes (lot codes, unit serials, product codes) after each code's
//     first view, requests arriving at a constant rate (bench/lib/open-loop.mjs), and as
//     autocannon's per-second bursts for comparison with earlier runs;
//   - product search p95 (target < 150 ms): GET /store/product-search over varied queries
//     (titles, villages, crafts, without diacritics, with a typo), 20 connections;
//   - producer order list p95 (target < 150 ms): GET /producer/orders?limit=20 for the demo
//     producer, who holds 5 % of the orders, 10 connections;
//   - throughput of a fixed mix of store and trace API reads through the proxy, as fast as
//     50 connections go, with 2 servers and then with 1 (same worker, same proxy);
//   - RSS of each process (servers, worker, storefront) at the end.
// Production builds through scripts/lib/topology.mjs. Every autocannon run holds
// /tmp/cln-build.lock (builds and other benchmarks wait) and records the load average.
// `node bench/national.mjs --prepare` only generates. BENCH_NATIONAL_SCALES="0.01,1" (the
// default) chooses the sizes; BENCH_NO_BUILD=1 skips the build step.
import { spawn } from "node:child_process"
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import autocannon from "autocannon"
import pg from "pg"
import { run, stopAll } from "../scripts/lib/processes.mjs"
import { ensureDatabase } from "../scripts/lib/database.mjs"
import { BACKEND, DEMO_PRODUCER, ROOT, baseEnv, prepareDatabase } from "../scripts/lib/stack.mjs"
import { startTopology } from "../scripts/lib/topology.mjs"
import { load, machine, percentile, spreadOver, writeResult } from "./lib/load.mjs"
import { openLoop } from "./lib/open-loop.mjs"

const SERVER = process.env.BENCH_PG_SERVER || "postgres://postgres@127.0.0.1:5432"
const TEMPLATE_DB = process.env.BENCH_TEMPLATE_DB || "cln_prepared"
const SCALES = (process.env.BENCH_NATIONAL_SCALES || "0.01,1").split(",").map(Number)
const FULL = { villages: 500, producers: 10_000, products: 100_000, trace_events: 1_000_000, scans: 5_000_000, orders: 100_000 }
const TARGETS = { trace_p99_ms: 100, trace_rate: 500, search_p95_ms: 150, orders_p95_ms: 150 }
const LOCK = "/tmp/cln-build.lock"
const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "results")
const GENERATION_FILE = path.join(RESULTS, "national-generation.json")
const duration = Number(process.env.BENCH_SECONDS || 20)

const dbName = (scale) => (scale === 1 ? "cln_bench_national" : scale === 0.01 ? "cln_bench_national_small" : `cln_bench_national_${String(scale).replace(".", "_")}`)
const dbUrl = (name) => `${SERVER}/${name}`
const loadavg = () => os.loadavg().map((l) => +l.toFixed(2))
const sizesAt = (scale) => Object.fromEntries(Object.entries(FULL).map(([k, v]) => [k, Math.max(1, Math.round(v * scale))]))

async function sql(url, text, params = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, params)).rows
  } finally {
    await client.end()
  }
}

/** Holds /tmp/cln-build.lock while `fn` runs (flock in a child that waits on its stdin). */
async function withLock(fn) {
  const child = spawn("flock", [LOCK, "sh", "-c", "echo locked; cat >/dev/null"], { stdio: ["pipe", "pipe", "inherit"] })
  await new Promise((resolve, reject) => {
    child.stdout.once("data", resolve)
    child.once("exit", (code) => reject(new Error(`flock exited with ${code}`)))
  })
  try {
    return await fn()
  } finally {
    child.stdin.end()
    await new Promise((r) => child.once("exit", r))
  }
}

/** Creates the database as a copy of the prepared demo database (migrated and seeded first when missing), once. */
async function ensureCopy(name) {
  const exists = await sql(dbUrl("postgres"), "select 1 from pg_database where datname = $1", [name])
  if (exists.length) return false
  const template = await sql(dbUrl("postgres"), "select 1 from pg_database where datname = $1", [TEMPLATE_DB])
  if (!template.length) {
    console.error(`[national] preparing ${TEMPLATE_DB} (migrations and the demo seed, as npm start does)…`)
    await ensureDatabase(dbUrl(TEMPLATE_DB), TEMPLATE_DB)
    await prepareDatabase(dbUrl(TEMPLATE_DB), { force: true })
  }
  console.error(`[national] creating ${name} from ${TEMPLATE_DB}…`)
  await sql(dbUrl("postgres"), `create database "${name}" template "${TEMPLATE_DB}"`)
  return true
}

async function counts(url) {
  const [row] = await sql(
    url,
    `select (select count(*) from craft_village where deleted_at is null)::int as villages,
            (select count(*) from producer where deleted_at is null)::int as producers,
            (select count(*) from product where deleted_at is null)::int as products,
            (select count(*) from product_variant where deleted_at is null)::int as variants,
            (select count(*) from lot where deleted_at is null)::int as lots,
            (select count(*) from trace_event where deleted_at is null)::int as trace_events,
            (select count(*) from trace_code where deleted_at is null)::int as trace_codes,
            (select count(*) from scan where deleted_at is null)::int as scans,
            (select coalesce(sum(scan_count), 0) from trace_code where deleted_at is null)::bigint::text as scan_count_sum,
            (select count(*) from "order" where deleted_at is null)::int as orders,
            (select count(*) from producer_producer_order_order where deleted_at is null)::int as producer_order_links,
            pg_size_pretty(pg_database_size(current_database())) as database_size`
  )
  return row
}

/** Runs the generator at `scale`; returns its per-set timings (seconds) from its log. */
async function generate(url, scale) {
  const tail = []
  let timings = null
  const started = Date.now()
  const child = run("bench-national", "nice", ["-n", "10", path.join(ROOT, "node_modules/.bin/medusa"), "exec", "./src/scripts/bench-national.ts"], {
    cwd: BACKEND,
    quiet: true,
    env: { ...baseEnv, DATABASE_URL: url, BENCH_FRACTION: String(scale) },
    onLine: (line) => {
      tail.push(line)
      if (tail.length > 60) tail.shift()
      if (line.includes("bench national:")) {
        const msg = line.replace(/^.*bench national: /, "")
        console.error(`[bench-national ${scale}] ${msg}`)
        const m = msg.match(/^timings (\{.*\})/)
        if (m) timings = JSON.parse(m[1])
      }
    },
  })
  const { code } = await child.exited
  if (code !== 0) throw new Error(`bench-national.ts exited with ${code}\n${tail.join("\n")}`)
  return { total_s: Math.round((Date.now() - started) / 1000), sets_s: timings }
}

function readGeneration() {
  return existsSync(GENERATION_FILE) ? JSON.parse(readFileSync(GENERATION_FILE, "utf8")) : {}
}

/** One autocannon run under the lock, with the load average before and after. */
async function measured(name, options) {
  return measuredWith(load, name, options)
}

/** Runs `measure(options)` holding the build lock, with the load average before and after. */
async function measuredWith(measure, name, options) {
  return withLock(async () => {
    const before = loadavg()
    const result = await measure(options)
    const after = loadavg()
    console.error(`[national] ${name}: ${result.rps} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, statuses ${JSON.stringify(result.statuses)}, errors ${result.errors}; load ${before[0]} → ${after[0]}`)
    return { name, ...result, loadavg_before: before, loadavg_after: after }
  })
}

/** A mix of requests with their own headers, cycled by each connection, as fast as it goes. */
async function mixLoad(url, requests, { connections = 50, seconds = duration, warmup = 3 } = {}) {
  return withLock(async () => {
    const before = loadavg()
    await autocannon({ url, connections, duration: warmup, requests, timeout: 10, setupClient: spreadOver(requests, connections) })
    const times = []
    const statuses = {}
    const instance = autocannon({ url, connections, duration: seconds, requests, timeout: 10, setupClient: spreadOver(requests, connections) })
    instance.on("response", (_c, status, _b, ms) => {
      times.push(ms)
      statuses[status] = (statuses[status] ?? 0) + 1
    })
    const result = await instance
    times.sort((a, b) => a - b)
    const after = loadavg()
    return {
      connections,
      duration: seconds,
      requests: times.length,
      rps: +(times.length / seconds).toFixed(1),
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      errors: result.errors + result.timeouts,
      statuses,
      loadavg_before: before,
      loadavg_after: after,
    }
  })
}

/** VmRSS (MiB) of a process and of its whole tree (a CLI may run the server in a child). */
function rss(pid) {
  const read = (p) => {
    try {
      const m = readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+)/)
      return m ? Number(m[1]) / 1024 : 0
    } catch {
      return 0
    }
  }
  const children = (p) => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number)
    } catch {
      return []
    }
  }
  const all = []
  const walk = (p) => {
    all.push(p)
    for (const c of children(p)) walk(c)
  }
  walk(pid)
  return { pid, rss_mib: +read(pid).toFixed(1), tree_rss_mib: +all.reduce((s, p) => s + read(p), 0).toFixed(1), processes_in_tree: all.length }
}

const memoryOf = (topology) => Object.fromEntries(topology.processes.filter((p) => p.running).map((p) => [p.name, rss(p.pid)]))

async function json(url, init = {}) {
  const res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`)
  return body
}

async function measure(url, scale) {
  const data = await counts(url)
  console.error(`[national] scale ${scale}: ${JSON.stringify(data)}`)
  // Codes to visit: generated lots' codes and serials and the copies' product codes, spread.
  const codes = (
    await sql(
      url,
      `(select tc.code from trace_code tc join lot l on l.id = tc.lot_id where l.lot_number like 'NAT-%' order by md5(tc.code) limit 1500)
       union all
       (select tc.code from trace_code tc where tc.kind = 'product' and tc.lot_id is null order by md5(tc.code) limit 500)`
    )
  ).map((r) => r.code)
  const [lot] = await sql(url, "select code, event_count from lot where lot_number = 'NAT-0'")
  const producerOrders = (
    await sql(url, `select count(*)::int as n from producer_producer_order_order l join producer p on p.id = l.producer_id where p.handle = 'htx-son-tra-hong-thai' and l.deleted_at is null`)
  )[0].n
  const villages = (await sql(url, "select name, commune from craft_village where handle like 'bench-lang-%' order by md5(handle) limit 40")).map((v) => v.name)
  const titles = (await sql(url, "select title from product where handle like 'nat-%' order by md5(handle) limit 40")).map((p) => p.title)
  const fold = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
  // Varied queries: words a buyer types, with and without diacritics, one with a typo.
  const queries = [
    "chè shan tuyết", "che shan tuyet", "thổ cẩm", "tho cam", "mật ong", "mat ong", "mây tre đan", "rượu ngô", "miến dong", "khăn lanh", "chè", "cam sành",
    "ché shan tuyet", "tra xanh", "vải lanh", "giỏ mây", "Thượng hạng", "Quà tặng", "Làm tay", "Hảo hạng",
    ...villages.slice(0, 20).map((v) => v.replace(/^Làng /, "").split(" ").slice(0, 3).join(" ")),
    ...titles.slice(0, 20).map((t) => fold(t.split(" ").slice(0, 3).join(" "))),
  ]

  const extraEnv = { RATE_LIMIT_TRACE_SCAN: "off" }
  const topology = await startTopology({ databaseUrl: url, servers: 2, storefront: true, build: false, prepare: false, extraEnv, log: (m) => console.error(`[topology] ${m}`) })
  try {
    const key = topology.publishableKey
    const storeHeaders = { "x-publishable-api-key": key }
    // The chain of a generated lot, through the API the trace page reads.
    const view = await json(`${topology.proxyUrl}/trace/codes/${lot.code}?locale=vi`, { headers: storeHeaders })
    const chain = view.trace?.chain
    console.error(`[national] lot NAT-0 (${lot.code}, ${lot.event_count} events): chain ${JSON.stringify(chain)}`)
    if (!chain?.valid) throw new Error(`the trace API does not report a valid chain for ${lot.code}: ${JSON.stringify(chain)}`)
    const page = await fetch(`${topology.storefrontUrl}/vi/trace/${lot.code}`)
    if (page.status !== 200) throw new Error(`trace page ${lot.code}: ${page.status}`)
    const search = await json(`${topology.proxyUrl}/store/product-search?q=${encodeURIComponent("chè shan tuyết")}`, { headers: storeHeaders })
    const { token } = await json(`${topology.proxyUrl}/auth/producer/emailpass`, { method: "POST", body: JSON.stringify(DEMO_PRODUCER) })
    const auth = { authorization: `Bearer ${token}` }
    const firstPage = await json(`${topology.proxyUrl}/producer/orders?limit=20`, { headers: auth })
    console.error(`[national] search "chè shan tuyết": ${search.count ?? search.hits?.length} hits; producer orders: ${firstPage.count} (links ${producerOrders})`)

    const results = {}
    // Each code's first view: its page rendered by Next.js and kept by the edge (see
    // storefront/src/edge/trace-edge.ts). The figure below is then the pages as scanned
    // again, each kept while its stamp (what it shows besides the live parts) is the same.
    results.trace_first_views = await measured(`trace page, first view of each of ${codes.length} codes, 20 connections`, {
      url: topology.storefrontUrl,
      paths: codes.map((c) => `/vi/trace/${c}`),
      connections: 20,
      amount: codes.length,
      warmup: 0,
    })
    // The figure: 500 requests/s arriving at a constant rate (bench/lib/open-loop.mjs).
    results.trace_page = await measuredWith(openLoop, `trace page /vi/trace/{code}, ${codes.length} codes, arriving at 500 req/s (open loop)`, {
      url: topology.storefrontUrl,
      paths: codes.map((c) => `/vi/trace/${c}`),
      duration: 30,
      rate: TARGETS.trace_rate,
    })
    // As the earlier runs measured it: autocannon's overallRate, which sends each second's
    // 500 requests at its start, 100 at a time (see open-loop.mjs).
    results.trace_page_bursts = await measured(`trace page /vi/trace/{code}, ${codes.length} codes, 500 req/s as autocannon's bursts (100 connections)`, {
      url: topology.storefrontUrl,
      paths: codes.map((c) => `/vi/trace/${c}`),
      connections: 100,
      duration: 30,
      rate: TARGETS.trace_rate,
    })
    results.search = await measured(`GET /store/product-search, ${queries.length} queries, 20 connections`, {
      url: topology.proxyUrl,
      paths: queries.map((q) => `/store/product-search?q=${encodeURIComponent(q)}`),
      headers: storeHeaders,
      connections: 20,
      duration,
    })
    results.producer_orders = await measured(`GET /producer/orders?limit=20 (${firstPage.count} orders), 10 connections`, {
      url: `${topology.proxyUrl}/producer/orders?limit=20`,
      headers: auth,
      connections: 10,
      duration,
    })
    // The fixed mix: search, trace views, a product page's API read, producer orders.
    const productHandles = (await sql(url, "select handle from product where handle like 'nat-%' order by md5(handle) limit 50")).map((r) => r.handle)
    const mix = []
    for (let i = 0; i < 50; i++) {
      mix.push({ method: "GET", path: `/store/product-search?q=${encodeURIComponent(queries[i % queries.length])}`, headers: storeHeaders })
      mix.push({ method: "GET", path: `/trace/codes/${codes[(i * 31) % codes.length]}?locale=vi`, headers: storeHeaders })
      mix.push({ method: "GET", path: `/store/products?handle=${productHandles[i % productHandles.length]}`, headers: storeHeaders })
      mix.push({ method: "GET", path: `/trace/codes/${codes[(i * 17 + 5) % codes.length]}?locale=vi`, headers: storeHeaders })
      if (i % 2 === 0) mix.push({ method: "GET", path: "/producer/orders?limit=20", headers: auth })
    }
    const mixName = "mix: product search, trace views, product by handle, producer orders (API through the proxy), 50 connections"
    results.mix_2_servers = { name: mixName, servers: 2, ...(await mixLoad(topology.proxyUrl, mix)) }
    console.error(`[national] mix, 2 servers: ${results.mix_2_servers.rps} req/s, p95 ${results.mix_2_servers.p95} ms, ${JSON.stringify(results.mix_2_servers.statuses)}`)
    const memory2 = memoryOf(topology)
    await topology.servers[1].stop()
    results.mix_1_server = { name: mixName, servers: 1, ...(await mixLoad(topology.proxyUrl, mix)) }
    console.error(`[national] mix, 1 server: ${results.mix_1_server.rps} req/s, p95 ${results.mix_1_server.p95} ms, ${JSON.stringify(results.mix_1_server.statuses)}`)
    const memory1 = memoryOf(topology)
    console.error(`[national] RSS (MiB) after the 2-server mix: ${JSON.stringify(Object.fromEntries(Object.entries(memory2).map(([k, v]) => [k, v.tree_rss_mib])))}`)
    return {
      scale,
      database: url.replace(/^.*\//, ""),
      data,
      checks: { chain_of_lot: { code: lot.code, events: lot.event_count, chain }, search_hits_che_shan_tuyet: search.count ?? null, producer_orders: firstPage.count },
      codes_visited: codes.length,
      queries,
      ...results,
      memory_after_2_server_mix: memory2,
      memory_after_1_server_mix: memory1,
      met: {
        trace_p99: results.trace_page.p99 < TARGETS.trace_p99_ms && results.trace_page.rps >= TARGETS.trace_rate * 0.95,
        search_p95: results.search.p95 < TARGETS.search_p95_ms,
        producer_orders_p95: results.producer_orders.p95 < TARGETS.orders_p95_ms,
      },
    }
  } finally {
    await topology.stop()
  }
}

try {
  mkdirSync(RESULTS, { recursive: true })
  const loadAtStart = loadavg()
  const generation = readGeneration()
  for (const scale of SCALES) {
    const name = dbName(scale)
    const created = await ensureCopy(name)
    const have = await counts(dbUrl(name))
    // Sizes are generated rows on top of the demo seed's (the copy's rows before generation).
    if (created || !generation[name]) generation[name] = { ...generation[name], baseline: have }
    const baseline = generation[name].baseline
    const want = Object.fromEntries(Object.entries(sizesAt(scale)).map(([k, v]) => [k, v + (baseline[k] ?? 0)]))
    if (Object.keys(want).some((k) => have[k] < want[k])) {
      console.error(`[national] ${name}: ${JSON.stringify(have)}; growing to ${JSON.stringify(want)}…`)
      const g = await generate(dbUrl(name), scale)
      const after = await counts(dbUrl(name))
      generation[name] = { scale, baseline, generated: sizesAt(scale), ...g, at: new Date().toISOString(), machine: await machine(), counts: after, counts_before_this_run: have }
      writeFileSync(GENERATION_FILE, JSON.stringify(generation, null, 2))
      console.error(`[national] ${name}: generated in ${g.total_s} s: ${JSON.stringify(g.sets_s)}; ${JSON.stringify(after)}`)
    }
  }
  if (!process.argv.includes("--prepare")) {
    if (!process.env.BENCH_NO_BUILD) {
      await withLock(async () => {
        const child = run("build", "nice", ["-n", "10", process.execPath, "-e", "import('./scripts/lib/stack.mjs').then((m) => m.buildStale(['domain', 'labels', 'backend', 'storefront']))"], { cwd: ROOT })
        const { code } = await child.exited
        if (code !== 0) throw new Error(`build failed (${code})`)
      })
    }
    // Results of other scales from an earlier run are kept (each result has its own date and load).
    const previous = existsSync(path.join(RESULTS, "national.json")) ? JSON.parse(readFileSync(path.join(RESULTS, "national.json"), "utf8")).results ?? [] : []
    const results = previous.filter((r) => !SCALES.includes(r.scale))
    for (const scale of SCALES) results.push({ measured_at: new Date().toISOString(), load_at_start: loadavg(), ...(await measure(dbUrl(dbName(scale)), scale)) })
    results.sort((a, b) => a.scale - b.scale)
    writeResult("national", {
      machine: await machine(),
      load_at_start: loadAtStart,
      backend: "production build (backend/.medusa/server) via scripts/lib/topology.mjs: 2 servers + worker + proxy + storefront, system PostgreSQL and Redis",
      targets: TARGETS,
      generation,
      results,
    })
  }
} catch (e) {
  console.error(`bench failed: ${e.stack ?? e}`)
  process.exitCode = 1
} finally {
  await stopAll()
}
