// Brings the product up: database, migrations, demo data, builds, servers.
// Shared by `npm start`, `npm run dev`, the test runner and the benchmarks.
import { createHash, randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensureDatabase, queryRows, startEmbeddedPostgres } from "./database.mjs"
import { run, runToEnd, waitForHttp } from "./processes.mjs"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const BACKEND = path.join(ROOT, "backend")
export const STOREFRONT = path.join(ROOT, "storefront")
export const DOMAIN = path.join(ROOT, "packages/domain")
export const LABELS = path.join(ROOT, "packages/labels")
// CLN_DATA_DIR moves databases and state elsewhere (the benchmarks use their own).
const DATA = process.env.CLN_DATA_DIR ? path.resolve(process.env.CLN_DATA_DIR) : path.join(ROOT, ".data")
const BIN = path.join(ROOT, "node_modules/.bin")

export const PUBLISHABLE_KEY_TITLE = "Chợ Làng Nghề storefront"
export const DEMO_ADMIN = { email: "admin@cholangnghe.vn", password: "cholangnghe-admin" }
// Created by backend/src/scripts/seed.ts (DEMO_PRODUCER there).
export const DEMO_PRODUCER = { email: "sontra.hongthai@example.vn", password: "cholangnghe-producer" }
/** A delivery address in Tuyên Quang as the storefront sends it (backend/src/api/store/utils/vietnam-address.ts). */
export const DEMO_SHIPPING_ADDRESS = Object.freeze({
  first_name: "Nguyễn Thị Lan",
  address_1: "12 Đường Tân Trào",
  city: "Phường Minh Xuân",
  province: "Tỉnh Tuyên Quang",
  country_code: "vn",
  phone: "0987654321",
  metadata: { province_code: "08", commune_code: "02215" },
})

/** The storefront's product card fields with prices (storefront/src/lib/data/products.ts): what benchmarks and load tests ask the store API for. */
export const STORE_CARD_FIELDS = [
  "id,handle,title,subtitle,thumbnail,*categories,*variants,+variants.inventory_quantity",
  "producer.id,producer.handle,producer.name,producer.legal_kind,producer.craft_village.id,producer.craft_village.handle,producer.craft_village.name,producer.craft_village.name_en,producer.craft_village.commune,producer.craft_village.province",
  "+ocop_badge.*,+geo_marks.*",
  "*variants.calculated_price",
].join(",")

export const baseEnv = {
  // Request logs ("http" level) drown the start output; LOG_LEVEL=http brings them back.
  LOG_LEVEL: process.env.LOG_LEVEL || "info",
  MEDUSA_DISABLE_TELEMETRY: "true",
  TURBO_TELEMETRY_DISABLED: "1",
  NEXT_TELEMETRY_DISABLED: "1",
}

const log = (msg) => process.stdout.write(`[cln] ${msg}\n`)

/**
 * The database server: DATABASE_URL's when set, otherwise an embedded PostgreSQL under
 * .data/<dirName>. Returns the URL of database `dbName` and a stop function.
 */
export async function openDatabase({ dbName = "cho_lang_nghe", dirName = "postgres" } = {}) {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL
    await ensureDatabase(url, new URL(url).pathname.slice(1) || dbName)
    return { databaseUrl: url, embedded: false, stop: async () => {} }
  }
  const dir = path.join(DATA, dirName)
  log(`DATABASE_URL is not set: starting embedded PostgreSQL in ${path.relative(ROOT, dir)}`)
  const server = await startEmbeddedPostgres({ dir, log: () => {} })
  const databaseUrl = server.url(dbName)
  await ensureDatabase(databaseUrl, dbName)
  log(`embedded PostgreSQL ready on 127.0.0.1:${server.port}${server.fresh ? " (new cluster)" : ""}`)
  return { databaseUrl, embedded: true, port: server.port, stop: () => server.stop() }
}

function filesUnder(dir, out = []) {
  if (!existsSync(dir)) return out
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) filesUnder(full, out)
    else out.push(full)
  }
  return out
}

function newestMtime(paths) {
  let newest = 0
  for (const p of paths) {
    if (!existsSync(p)) continue
    const files = statSync(p).isDirectory() ? filesUnder(p) : [p]
    for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs)
  }
  return newest
}

/** What the migrations depend on: our migration files, link definitions, Medusa's version. */
function schemaFiles() {
  return [
    ...filesUnder(path.join(BACKEND, "src/modules")).filter((f) => f.includes(`${path.sep}migrations${path.sep}`)),
    ...filesUnder(path.join(BACKEND, "src/links")),
    ...filesUnder(path.join(BACKEND, "src/migration-scripts")),
    // Search index definitions: `db:migrate` builds a new index version when one changes.
    ...filesUnder(path.join(BACKEND, "src/search")),
    path.join(BACKEND, "medusa-config.ts"),
    path.join(ROOT, "node_modules/@medusajs/medusa/package.json"),
  ].sort()
}

function schemaFingerprint() {
  const hash = createHash("sha256")
  for (const f of schemaFiles()) hash.update(f).update(readFileSync(f))
  return hash.digest("hex")
}

/**
 * The same fingerprint with paths relative to the checkout, so that it names a release
 * wherever it is installed: a backup records it, and a restore compares it with its own.
 */
export function releaseSchemaFingerprint() {
  const hash = createHash("sha256")
  for (const f of schemaFiles()) hash.update(path.relative(ROOT, f).split(path.sep).join("/")).update(readFileSync(f))
  return hash.digest("hex")
}

/** Records that `databaseUrl` was migrated by this code (a restore did it), so `npm start` skips migrations and seed. */
export function markSchemaCurrent(databaseUrl) {
  const state = readState()
  const key = stateKey(databaseUrl)
  state[key] = { ...state[key], schema: schemaFingerprint() }
  writeState(state)
}

function readState() {
  try {
    return JSON.parse(readFileSync(path.join(DATA, "state.json"), "utf8"))
  } catch {
    return {}
  }
}

function writeState(state) {
  mkdirSync(DATA, { recursive: true })
  writeFileSync(path.join(DATA, "state.json"), JSON.stringify(state, null, 2))
}

function stateKey(databaseUrl) {
  const u = new URL(databaseUrl)
  return `${u.hostname}:${u.port}${u.pathname}`
}

export async function findPublishableKey(databaseUrl) {
  const rows = await queryRows(
    databaseUrl,
    "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null limit 1",
    [PUBLISHABLE_KEY_TITLE]
  )
  return rows?.[0]?.token
}

/**
 * Migrates when the schema changed since the last run on this database, seeds demo
 * data and creates the demo admin on first run only. Returns the publishable key.
 */
export async function prepareDatabase(databaseUrl, { seed = true, force = false } = {}) {
  // Migrations and the seed load backend code that imports the shared packages.
  await buildStale(["domain", "labels"])
  const env = { ...baseEnv, DATABASE_URL: databaseUrl }
  const state = readState()
  const key = stateKey(databaseUrl)
  const fingerprint = schemaFingerprint()
  const tableExists = await queryRows(databaseUrl, "select 1 from producer limit 1")
  const migrating = force || tableExists === undefined || state[key]?.schema !== fingerprint
  if (migrating) {
    log("running database migrations (medusa db:migrate)…")
    await runToEnd("migrate", path.join(BIN, "medusa"), ["db:migrate"], { cwd: BACKEND, env, quiet: true })
    state[key] = { ...state[key], schema: fingerprint }
    writeState(state)
  } else {
    log("database schema is current: migrations skipped")
  }
  let publishableKey = await findPublishableKey(databaseUrl)
  if (seed && !publishableKey) {
    log("first run: seeding demo data (Tuyên Quang craft villages, producers, products)…")
    await runToEnd("seed", path.join(BIN, "medusa"), ["exec", "./src/scripts/seed.ts"], { cwd: BACKEND, env })
    await runToEnd("admin", path.join(BIN, "medusa"), ["user", "-e", DEMO_ADMIN.email, "-p", DEMO_ADMIN.password], {
      cwd: BACKEND,
      env,
      quiet: true,
    }).catch((e) => log(`admin user not created (${e.message.split("\n")[0]}); it may exist already`))
    publishableKey = await findPublishableKey(databaseUrl)
    if (!publishableKey) throw new Error("the seed finished but no storefront publishable key exists")
  } else if (seed && migrating) {
    // A new version may bring new demo data (lots, certificates); the seed adds only what is missing.
    log("schema changed: adding any new demo data (the seed skips what exists)…")
    await runToEnd("seed", path.join(BIN, "medusa"), ["exec", "./src/scripts/seed.ts"], { cwd: BACKEND, env, quiet: true })
  } else if (publishableKey) {
    log("demo data present: seed skipped")
  }
  return publishableKey
}

const targets = {
  domain: {
    inputs: [path.join(DOMAIN, "src"), path.join(DOMAIN, "tsconfig.json")],
    stamp: path.join(DOMAIN, "dist/index.js"),
    build: () => runToEnd("build:domain", path.join(BIN, "tsc"), ["-p", "tsconfig.build.json"], { cwd: DOMAIN }),
  },
  labels: {
    inputs: [path.join(LABELS, "src"), path.join(LABELS, "tsconfig.json")],
    stamp: path.join(LABELS, "dist/index.js"),
    build: () => runToEnd("build:labels", path.join(BIN, "tsc"), ["-p", "tsconfig.build.json"], { cwd: LABELS }),
  },
  backend: {
    inputs: [path.join(BACKEND, "src"), path.join(BACKEND, "medusa-config.ts"), path.join(DOMAIN, "dist"), path.join(LABELS, "dist")],
    stamp: path.join(BACKEND, ".medusa/server/.build-stamp"),
    build: async () => {
      await runToEnd("build:backend", path.join(BIN, "medusa"), ["build"], { cwd: BACKEND, env: baseEnv, quiet: true })
      writeFileSync(path.join(BACKEND, ".medusa/server/.build-stamp"), new Date().toISOString())
    },
  },
  storefront: {
    inputs: [
      path.join(STOREFRONT, "src"),
      path.join(STOREFRONT, "messages"),
      path.join(STOREFRONT, "public"),
      path.join(STOREFRONT, "next.config.ts"),
      path.join(STOREFRONT, "tsconfig.edge.json"),
      path.join(DOMAIN, "dist"),
    ],
    stamp: path.join(STOREFRONT, ".next/BUILD_ID"),
    build: async () => {
      // The trace edge and the server that runs Next.js behind it (src/edge) first, then Next.js.
      await buildEdge()
      await runToEnd("build:storefront", path.join(BIN, "next"), ["build"], {
        cwd: STOREFRONT,
        env: { ...baseEnv, MEDUSA_BACKEND_URL: "" },
        quiet: true,
      })
    },
  },
}

/** The storefront's server and trace edge, compiled to .edge/ (see storefront/tsconfig.edge.json). */
function buildEdge() {
  return runToEnd("build:edge", path.join(BIN, "tsc"), ["-p", "tsconfig.edge.json"], { cwd: STOREFRONT, env: baseEnv, quiet: true })
}

/** Builds each part whose output is missing or older than its sources. */
export async function buildStale(names = ["domain", "labels", "backend", "storefront"]) {
  for (const name of names) {
    const t = targets[name]
    const built = existsSync(t.stamp) ? statSync(t.stamp).mtimeMs : 0
    if (built && built >= newestMtime(t.inputs)) {
      log(`${name}: production build is current`)
      continue
    }
    const started = Date.now()
    log(`${name}: building…`)
    await t.build()
    log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}

/** Starts backend and storefront (production builds, or watch mode with dev: true). */
export async function launch({ databaseUrl, publishableKey, backendPort, storefrontPort, dev = false, quiet = false, extraEnv = {}, storefront: withStorefront = true }) {
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const env = {
    ...baseEnv,
    DATABASE_URL: databaseUrl,
    PORT: String(backendPort),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    STOREFRONT_PORT: String(storefrontPort),
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    // Label scans are answered by the storefront's trace edge, which sends them to the
    // backend in batches signed with this key (one per launch unless set).
    TRACE_EDGE_KEY: process.env.TRACE_EDGE_KEY || randomBytes(24).toString("hex"),
    ...extraEnv,
  }
  const backend = dev
    ? run("backend", path.join(BIN, "medusa"), ["develop"], { cwd: BACKEND, env, quiet })
    : run("backend", path.join(BIN, "medusa"), ["start"], {
        cwd: path.join(BACKEND, ".medusa/server"),
        env: { ...env, NODE_ENV: "production" },
        quiet,
      })
  if (dev && withStorefront) await buildEdge()
  const storefront = withStorefront
    ? run("storefront", process.execPath, [".edge/src/edge/server.js", ...(dev ? ["--dev"] : [])], {
        cwd: STOREFRONT,
        env: { ...env, PORT: String(storefrontPort), ...(dev ? {} : { NODE_ENV: "production" }) },
        quiet,
      })
    : undefined
  await waitForHttp(`${backendUrl}/health`, { child: backend, timeoutMs: dev ? 300_000 : 180_000 })
  if (storefront) await waitForHttp(`${storefrontUrl}/vi`, { child: storefront, timeoutMs: dev ? 300_000 : 120_000 })
  return { backend, storefront, backendUrl, storefrontUrl }
}
