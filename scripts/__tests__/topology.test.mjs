// Issue #8: the production topology with real processes on this machine: 2 servers and
// 1 worker (`medusa start` from the production build, MEDUSA_WORKER_MODE server/worker),
// one PostgreSQL, one Redis (a database number of this run's own), the round-robin proxy.
//   (a) a label sheet requested through server A is rendered by the worker, and completes;
//   (b) each subscriber runs once per event: every label_job.created event (emitted by a
//       workflow in a server) is handled by exactly one render, across the three processes;
//   (c) a scheduled job (the program digest, every 4 s here) runs once per tick, on the
//       worker, not once per process;
//   (d) a trace page's product part read by one server is used by the other (Redis).
//
// Run by `npm test` (stage "topology", on a copy of the database e2e prepared) or alone:
// `npm test -- topology`. Environment (set by scripts/test.mjs):
//   TOPOLOGY_TEST_DATABASE_URL  the database to use (created if missing); without it, cln_topology
//                               on DATABASE_URL's server or the embedded test server
//   TOPOLOGY_TEST_PREPARED      "1": that database is a copy of a current one with the demo data;
//                               otherwise it is migrated and seeded as `npm start` does (minutes, once)
//   REDIS_URL                   the Redis server (default redis://127.0.0.1:6379)
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ensureDatabase, queryRows } from "../lib/database.mjs"
import { DEMO_PRODUCER, openDatabase } from "../lib/stack.mjs"
import { startTopology } from "../lib/topology.mjs"

const TICK_SECONDS = 4
const log = (msg) => process.stdout.write(`[topology-test] ${msg}\n`)

let db
let topology
let sql

async function json(url, init = {}) {
  const res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${res.status} ${JSON.stringify(body)}`)
  return { body, res }
}

beforeAll(async () => {
  const given = process.env.TOPOLOGY_TEST_DATABASE_URL
  if (given) await ensureDatabase(given, new URL(given).pathname.slice(1))
  else db = await openDatabase({ dbName: "cln_topology", dirName: "test-postgres" })
  const databaseUrl = given || db.databaseUrl
  sql = (text, params) => queryRows(databaseUrl, text, params)
  const started = Date.now()
  topology = await startTopology({
    databaseUrl,
    servers: 2,
    storefront: false,
    prepare: process.env.TOPOLOGY_TEST_PREPARED !== "1",
    // The weekly digest every few seconds, so that several ticks fall within the test.
    extraEnv: { PROGRAM_DIGEST_SCHEDULE: `*/${TICK_SECONDS} * * * * *`, LOG_LEVEL: "info" },
  })
  log(`topology up in ${((Date.now() - started) / 1000).toFixed(1)} s: proxy ${topology.proxyUrl}, Redis ${topology.redisUrl}`)
}, 600_000)

afterAll(async () => {
  await topology?.stop()
  await db?.stop()
}, 120_000)

describe("production topology: 2 servers + 1 worker + Redis + PostgreSQL", () => {
  it("answers through the proxy from both servers in turn, passing the client's address on", async () => {
    const served = []
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${topology.proxyUrl}/health`)
      expect(res.status).toBe(200)
      served.push(res.headers.get("x-upstream"))
    }
    expect(new Set(served)).toEqual(new Set(["server-a", "server-b"]))
    // The worker serves /health but no API routes: Medusa loads routes only in server/shared mode.
    expect((await fetch(`${topology.worker.url}/health`)).status).toBe(200)
    expect((await fetch(`${topology.worker.url}/store/products`)).status).toBe(404)
  })

  it("renders a label sheet requested through server A on the worker, once per event", async () => {
    const [serverA, serverB] = topology.servers
    const { worker } = topology
    const {
      body: { token },
    } = await json(`${serverA.url}/auth/producer/emailpass`, { method: "POST", body: JSON.stringify(DEMO_PRODUCER) })
    const auth = { authorization: `Bearer ${token}` }
    const {
      body: { lots },
    } = await json(`${serverA.url}/producer/trace/lots?limit=1`, { headers: auth })
    expect(lots.length, "the demo producer has a lot (seed)").toBeGreaterThan(0)
    const lotId = lots[0].id

    // (a) One job through server A, then two more, one through each server, at once.
    const create = (server, count) =>
      json(`${server.url}/producer/trace/label-jobs`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ lot_id: lotId, count, include_serials: false, size: "30x40" }),
      }).then(({ body }) => body.job)
    const first = await create(serverA, 240)
    expect(first).toMatchObject({ status: "queued", total: 240 })
    const more = await Promise.all([create(serverA, 30), create(serverB, 30)])
    const jobs = [first, ...more]

    const waitDone = async (id) => {
      const deadline = Date.now() + 120_000
      for (;;) {
        const { body } = await json(`${topology.proxyUrl}/producer/trace/label-jobs/${id}`, { headers: auth })
        if (body.job.status === "done" || body.job.status === "failed") return body.job
        if (Date.now() > deadline) throw new Error(`label job ${id} still ${body.job.status} after 120 s`)
        await new Promise((r) => setTimeout(r, 250))
      }
    }
    const finished = await Promise.all(jobs.map((j) => waitDone(j.id)))
    for (const job of finished) {
      expect(job.status, job.error ?? "").toBe("done")
      expect(job.progress).toBe(1)
    }
    // The PDF the worker stored is served by the servers (the same disk here; S3 in production).
    const pdf = await fetch(finished[0].file_url.replace(/^https?:\/\/[^/]+/, topology.proxyUrl))
    expect(pdf.status).toBe(200)
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-")

    // A second delivery of an event would come within moments of the first: wait a little.
    await new Promise((r) => setTimeout(r, 3000))
    for (const job of jobs) {
      const rendered = new RegExp(`Label job ${job.id}: \\d+ labels rendered .* by the (\\w+) process (\\d+)`)
      const onWorker = worker.grep(rendered)
      // Rendered by the worker (its mode and pid in the line), and by no server.
      expect(onWorker, `worker lines for ${job.id}`).toHaveLength(1)
      const [, mode, pid] = onWorker[0].match(rendered)
      expect(mode).toBe("worker")
      expect(Number(pid)).toBe(worker.pid)
      for (const server of topology.servers) expect(server.grep(rendered), `${server.name} lines for ${job.id}`).toHaveLength(0)
      // The database keeps each render (render-label-job's retention): exactly one per event.
      const executions = await sql(
        "select state from workflow_execution where workflow_id = 'render-label-job' and context->'data'->'payload'->>'job_id' = $1",
        [job.id]
      )
      expect(executions, `render-label-job executions for ${job.id}`).toEqual([{ state: "done" }])
    }
    log(`label jobs ${jobs.map((j) => j.id).join(", ")} rendered once each, by the worker (pid ${worker.pid})`)
  }, 240_000)

  it("runs the scheduled program digest once per tick, on the worker only", async () => {
    const since = new Date()
    const digests = () =>
      sql(
        "select data->>'scheduled_for' as tick from notification where template = 'program-digest' and created_at >= $1 order by created_at",
        [since]
      )
    // Four ticks: long enough for a second process, had it scheduled the job too, to show.
    const deadline = Date.now() + 60_000
    let rows = []
    while ((rows = await digests()).length < 4) {
      if (Date.now() > deadline) throw new Error(`only ${rows.length} program digests in 60 s (every ${TICK_SECONDS} s expected)`)
      await new Promise((r) => setTimeout(r, 500))
    }
    await new Promise((r) => setTimeout(r, 2000))
    rows = await digests()
    const ticks = rows.map((r) => r.tick)
    // One notification per tick: no tick twice.
    expect(new Set(ticks).size, `ticks: ${ticks.join(", ")}`).toBe(ticks.length)
    // Runs follow the schedule (one every TICK_SECONDS s, give or take the queue's lag), not
    // one per process: a second process running its own schedule would add runs in between.
    const times = ticks.map((t) => Date.parse(t)).sort((a, b) => a - b)
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThan((TICK_SECONDS * 1000) / 2)
    // Each run was the worker's: servers do not load scheduled jobs (MEDUSA_WORKER_MODE=server).
    const runLine = /Program digest for (\S+): .* \(process (\d+)\)/
    const workerRuns = topology.worker.grep(runLine).map((l) => l.match(runLine))
    for (const tick of ticks) expect(workerRuns.filter((m) => m[1] === tick).map((m) => Number(m[2]))).toEqual([topology.worker.pid])
    for (const server of topology.servers) expect(server.grep(runLine)).toHaveLength(0)
    log(`program digest ran ${ticks.length} times for ${ticks.length} ticks (${ticks.join(", ")}), each on the worker`)
  }, 120_000)

  it("shares a trace page's product part between the servers through Redis", async () => {
    const [code] = await sql(
      `select tc.code, p.id as product_id, p.title from trace_code tc
       join product_product_variant_traceability_trace_code vc on vc.trace_code_id = tc.id and vc.deleted_at is null
       join product_variant v on v.id = vc.product_variant_id join product p on p.id = v.product_id
       where tc.kind = 'product' and tc.deleted_at is null and p.deleted_at is null order by tc.code limit 1`
    )
    const [a, b] = topology.servers
    const title = async (server) => (await json(`${server.url}/trace/codes/${code.code}?locale=vi`)).body.trace.product.title
    // Server A reads the part (and shares it); then the title changes behind the application's
    // back, with no event: server B, which never read this product, shows what A read.
    expect(await title(a)).toBe(code.title)
    // A writes the part to Redis without holding its answer; give that write time to land.
    await new Promise((r) => setTimeout(r, 1_000))
    await sql("update product set title = $2 where id = $1", [code.product_id, `${code.title} (changed)`])
    try {
      expect(await title(b)).toBe(code.title)
    } finally {
      await sql("update product set title = $2 where id = $1", [code.product_id, code.title])
    }
  }, 60_000)
})
