#!/usr/bin/env node
// `npm test`: unit tests, backend HTTP integration tests against a real PostgreSQL,
// Playwright browser tests against production builds of backend and storefront with
// demo data, the backup/restore round trip, and the production topology's tests (2
// servers + 1 worker + Redis): multi-process, faults, and a 5-minute mixed load. Ends with
// one line: "N passed, N failed".
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { freePort, queryRows } from "./lib/database.mjs"
import { runToEnd, stopAll } from "./lib/processes.mjs"
import { BACKEND, DOMAIN, LABELS, ROOT, STOREFRONT, baseEnv, buildStale, launch, openDatabase, prepareDatabase } from "./lib/stack.mjs"

const BIN = path.join(ROOT, "node_modules/.bin")
const RESULTS = path.join(ROOT, ".data/test-results")
const only = process.argv.slice(2) // e.g. `npm test -- unit integration`
const wants = (stage) => !only.length || only.includes(stage)

const totals = { passed: 0, failed: 0, skipped: 0 }
const stages = []
const log = (msg) => process.stdout.write(`[test] ${msg}\n`)

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"))
  } catch {
    return undefined
  }
}

/** Runs a vitest project and adds its counts; a crash without a report counts as one failure. */
async function vitest(label, cwd, args = [], env = {}) {
  const out = path.join(RESULTS, `${label}.json`)
  rmSync(out, { force: true })
  let crashed
  try {
    await runToEnd(label, path.join(BIN, "vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${out}`, ...args], {
      cwd,
      env: { ...baseEnv, ...env },
    })
  } catch (e) {
    crashed = e
  }
  const report = readJson(out)
  if (!report) {
    stages.push({ label, passed: 0, failed: 1, skipped: 0, note: crashed?.message.split("\n")[0] ?? "no report" })
    return
  }
  const failedFiles = report.testResults?.filter((f) => f.status === "failed" && !f.assertionResults?.some((a) => a.status === "failed")).length ?? 0
  stages.push({
    label,
    passed: report.numPassedTests,
    failed: report.numFailedTests + failedFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  })
}

/** A Chromium for Playwright: CHROMIUM_PATH, one on PATH, or Debian's package when we are root. */
function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
  const found = candidates.find((p) => p && existsSync(p))
  if (found) return found
  const which = spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser || command -v google-chrome"], { encoding: "utf8" })
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim()
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    log("no Chromium found: installing Debian's chromium (apt-get install -y chromium fonts-noto-core)…")
    execFileSync("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null"], {
      stdio: "inherit",
    })
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium"
  }
  throw new Error(
    "No Chromium browser found for the Playwright tests. Install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to its binary."
  )
}

/** DB_* variables for Medusa's integration runner from a server URL. */
function runnerDbEnv(serverUrl) {
  const u = new URL(serverUrl)
  // The runner enables SSL for any host but "localhost".
  const host = ["127.0.0.1", "::1", "[::1]"].includes(u.hostname) ? "localhost" : u.hostname
  return {
    DB_HOST: host,
    DB_PORT: u.port || "5432",
    DB_USERNAME: decodeURIComponent(u.username || "postgres"),
    DB_PASSWORD: decodeURIComponent(u.password || ""),
    DATABASE_URL: "",
  }
}

async function recreateDatabase(serverUrl, name) {
  const admin = new URL(serverUrl)
  admin.pathname = "/postgres"
  await queryRows(admin.toString(), "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [name])
  await queryRows(admin.toString(), `drop database if exists "${name}"`)
  await queryRows(admin.toString(), `create database "${name}"`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

async function main() {
  mkdirSync(RESULTS, { recursive: true })
  log("building the shared packages…")
  await buildStale(["domain", "labels"])

  if (wants("unit")) {
    await vitest("unit:domain", DOMAIN)
    await vitest("unit:labels", LABELS)
    await vitest("unit:storefront", STOREFRONT)
  }

  if (!["integration", "e2e", "backup", "topology", "faults", "load"].some(wants)) return
  // One database server for the rest: DATABASE_URL's, or an embedded one of our own.
  const db = await openDatabase({ dbName: "cln_test", dirName: "test-postgres" })
  try {
    if (wants("integration")) {
      await vitest("integration:backend", BACKEND, [], { ...runnerDbEnv(db.databaseUrl), LOG_LEVEL: "error" })
    }
    const e2eDatabaseUrl = wants("e2e") ? await e2e(db) : undefined
    // Backup → drop → restore on this server and the other kind (scripts/__tests__), from
    // the database e2e prepared: preparing one more would cost minutes of migrations and seed.
    if (wants("backup")) {
      await vitest("backup:scripts", ROOT, ["scripts/__tests__/backup-restore.test.mjs"], {
        BACKUP_TEST_SOURCE_URL: e2eDatabaseUrl ?? "",
        BACKUP_TEST_SERVER_URL: db.databaseUrl,
        BACKUP_TEST_SOURCE_KIND: db.embedded ? "embedded" : "external",
        LOG_LEVEL: "error",
      })
    }
    // 2 servers + 1 worker + Redis on a copy of e2e's database (a template copy takes
    // seconds; migrations and seed take minutes), from the production build e2e made.
    if (wants("topology")) await topologyStage(db, e2eDatabaseUrl)
    // Faults: kill the worker mid-job, restart PostgreSQL under load, stop Redis. The test
    // copies e2e's database into a PostgreSQL cluster and a Redis of its own, which it may stop.
    if (wants("faults")) {
      await vitest("faults:scripts", ROOT, ["scripts/__tests__/faults.test.mjs"], {
        FAULTS_TEST_SOURCE_URL: e2eDatabaseUrl ?? "",
        LOG_LEVEL: "info",
      })
    }
    // Five minutes of 70 % scans, 25 % browsing and search, 5 % checkouts on the topology.
    if (wants("load")) {
      const databaseUrl = await copyOfE2e(db, e2eDatabaseUrl, "cln_load")
      await vitest("load:scripts", ROOT, ["scripts/__tests__/load.test.mjs"], {
        LOAD_TEST_DATABASE_URL: databaseUrl || databaseOn(db, "cln_load"),
        LOAD_TEST_PREPARED: databaseUrl ? "1" : "",
        LOG_LEVEL: "info",
      })
    }
  } finally {
    await stopAll()
    await db.stop()
  }
}

/** Runs the browser tests; returns the URL of the database it prepared with the demo data, if it got that far. */
async function e2e(db) {
  const label = "e2e:storefront"
  let prepared
  try {
    const chromium = findChromium()
    const databaseUrl = await recreateDatabase(db.databaseUrl, "cln_e2e")
    const publishableKey = await prepareDatabase(databaseUrl, { force: true })
    prepared = databaseUrl
    await buildStale()
    const backendPort = await freePort(9100)
    const storefrontPort = await freePort(8100)
    const { storefrontUrl, backendUrl } = await launch({ databaseUrl, publishableKey, backendPort, storefrontPort, quiet: true })
    log(`servers ready: storefront ${storefrontUrl}, backend ${backendUrl}`)
    const out = path.join(RESULTS, "e2e.json")
    rmSync(out, { force: true })
    await runToEnd(label, path.join(BIN, "playwright"), ["test", "--reporter=list,json"], {
      cwd: STOREFRONT,
      env: {
        ...baseEnv,
        CHROMIUM_PATH: chromium,
        STOREFRONT_URL: storefrontUrl,
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: publishableKey,
        DATABASE_URL: databaseUrl,
        PLAYWRIGHT_JSON_OUTPUT_FILE: out,
      },
    }).catch(() => {})
    const report = readJson(out)
    if (!report) throw new Error("Playwright wrote no report")
    stages.push({
      label,
      passed: report.stats.expected + report.stats.flaky,
      failed: report.stats.unexpected,
      skipped: report.stats.skipped,
    })
  } catch (e) {
    console.error(`[test] ${label} could not run: ${e.message}`)
    stages.push({ label, passed: 0, failed: 1, skipped: 0, note: e.message.split("\n")[0] })
  } finally {
    await stopAll()
  }
  return prepared
}

/** `name` on the test database server. */
function databaseOn(db, name) {
  const url = new URL(db.databaseUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * A fresh copy of e2e's database (migrated, with the demo data) named `name`: a template
 * copy takes seconds where migrations and the seed take minutes. Empty when there is no
 * source or the copy failed; the test then prepares its own database.
 */
async function copyOfE2e(db, sourceUrl, name) {
  if (!sourceUrl) return ""
  try {
    const source = new URL(sourceUrl).pathname.slice(1)
    const admin = databaseOn(db, "postgres")
    await queryRows(admin, "select pg_terminate_backend(pid) from pg_stat_activity where datname in ($1, $2) and pid <> pg_backend_pid()", [source, name])
    await queryRows(admin, `drop database if exists "${name}"`)
    await queryRows(admin, `create database "${name}" template "${source}"`)
    return databaseOn(db, name)
  } catch (e) {
    log(`could not copy ${sourceUrl} (${e.message}); the test prepares its own database`)
    return ""
  }
}

/** The multi-process test (scripts/__tests__/topology.test.mjs) on its own database. */
async function topologyStage(db, sourceUrl) {
  const databaseUrl = await copyOfE2e(db, sourceUrl, "cln_topology")
  await vitest("topology:scripts", ROOT, ["scripts/__tests__/topology.test.mjs"], {
    // A copy is current; otherwise cln_topology is migrated and seeded as `npm start` does.
    TOPOLOGY_TEST_DATABASE_URL: databaseUrl || databaseOn(db, "cln_topology"),
    TOPOLOGY_TEST_PREPARED: databaseUrl ? "1" : "",
    LOG_LEVEL: "info",
  })
}

try {
  await main()
} catch (e) {
  console.error(`[test] ${e.stack ?? e}`)
  stages.push({ label: "runner", passed: 0, failed: 1, skipped: 0, note: e.message })
}
console.log("\nTest summary")
for (const s of stages) {
  totals.passed += s.passed
  totals.failed += s.failed
  totals.skipped += s.skipped
  console.log(`  ${s.label.padEnd(22)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ""}${s.note ? `  (${s.note})` : ""}`)
}
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`)
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0)
