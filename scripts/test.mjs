#!/usr/bin/env node
// `npm test`: unit tests, backend HTTP integration tests against a real PostgreSQL, and
// Playwright browser tests against production builds of backend and storefront with
// demo data. Ends with one line: "N passed, N failed".
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

  if (!wants("integration") && !wants("e2e")) return
  // One database server for the rest: DATABASE_URL's, or an embedded one of our own.
  const db = await openDatabase({ dbName: "cln_test", dirName: "test-postgres" })
  try {
    if (wants("integration")) {
      await vitest("integration:backend", BACKEND, [], { ...runnerDbEnv(db.databaseUrl), LOG_LEVEL: "error" })
    }
    if (wants("e2e")) await e2e(db)
  } finally {
    await stopAll()
    await db.stop()
  }
}

async function e2e(db) {
  const label = "e2e:storefront"
  try {
    const chromium = findChromium()
    const databaseUrl = await recreateDatabase(db.databaseUrl, "cln_e2e")
    const publishableKey = await prepareDatabase(databaseUrl, { force: true })
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
