// The production topology on one machine, without Docker: N `medusa start` servers
// (MEDUSA_WORKER_MODE=server) and one worker (MEDUSA_WORKER_MODE=worker) from the
// production build, all on the same PostgreSQL and Redis, behind a small round-robin
// proxy on the loopback interface, and optionally the storefront pointing at the proxy.
// Used by `npm run topology` and the multi-process tests (scripts/__tests__/topology.test.mjs).
import { randomBytes } from "node:crypto"
import http from "node:http"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { freePort } from "./database.mjs"
import { run, stopChild, waitForHttp } from "./processes.mjs"
import { BACKEND, ROOT, STOREFRONT, baseEnv, buildStale, findPublishableKey, prepareDatabase } from "./stack.mjs"

export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379"
const OWNER_KEY = "cln:topology:owner"
const BIN = path.join(ROOT, "node_modules/.bin")

// ---------------------------------------------------------------------------------------
// Redis: a database number of our own.
//
// Medusa's Redis modules take a key prefix only in part (the event bus's BullMQ prefix is
// fixed to "RedisEventBusService"; the workflow engine's queue names and BullMQ options,
// the caching module's `prefix` and the locking module's `namespace` can be set), and
// medusa-config.ts sets none of them. A Redis database number in REDIS_URL
// (redis://host:6379/N) moves every key of every module, sessions included, with no
// configuration. So a run claims an empty database (1–15; 0 is left to others), marks it
// with an owner key, and empties it when it stops. Pub/sub channels are shared by all
// database numbers: the workflow engine publishes on them only to tell a process waiting
// on a transaction (by its unique id) that it moved, so another user's messages are ignored.
// ---------------------------------------------------------------------------------------

/** A minimal Redis client (RESP2 over TCP): enough to claim and release a database. */
export async function redisConnect(url) {
  const u = new URL(url)
  const socket = net.connect({ host: u.hostname || "127.0.0.1", port: Number(u.port || 6379) })
  await new Promise((resolve, reject) => {
    socket.once("connect", resolve)
    socket.once("error", reject)
  })
  socket.setNoDelay(true)
  let buffer = Buffer.alloc(0)
  const waiting = []
  // Parses one reply at `i`; returns [value, next index] or undefined when incomplete.
  const parse = (i) => {
    if (i >= buffer.length) return undefined
    const end = buffer.indexOf("\r\n", i)
    if (end < 0) return undefined
    const type = String.fromCharCode(buffer[i])
    const line = buffer.toString("utf8", i + 1, end)
    if (type === "+") return [line, end + 2]
    if (type === "-") return [new Error(line), end + 2]
    if (type === ":") return [Number(line), end + 2]
    if (type === "$") {
      const len = Number(line)
      if (len < 0) return [null, end + 2]
      if (buffer.length < end + 2 + len + 2) return undefined
      return [buffer.toString("utf8", end + 2, end + 2 + len), end + 2 + len + 2]
    }
    if (type === "*") {
      const count = Number(line)
      if (count < 0) return [null, end + 2]
      const items = []
      let at = end + 2
      for (let k = 0; k < count; k++) {
        const item = parse(at)
        if (!item) return undefined
        items.push(item[0])
        at = item[1]
      }
      return [items, at]
    }
    throw new Error(`unexpected Redis reply type ${type}`)
  }
  socket.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      const reply = parse(0)
      if (!reply) break
      buffer = buffer.subarray(reply[1])
      const next = waiting.shift()
      if (!next) continue
      if (reply[0] instanceof Error) next.reject(reply[0])
      else next.resolve(reply[0])
    }
  })
  socket.on("error", (e) => {
    for (const w of waiting.splice(0)) w.reject(e)
  })
  const command = (...args) =>
    new Promise((resolve, reject) => {
      waiting.push({ resolve, reject })
      let out = `*${args.length}\r\n`
      for (const a of args) {
        const s = String(a)
        out += `$${Buffer.byteLength(s)}\r\n${s}\r\n`
      }
      socket.write(out)
    })
  if (u.password) await command("AUTH", ...(u.username ? [decodeURIComponent(u.username)] : []), decodeURIComponent(u.password))
  return { command, close: () => socket.end() }
}

/** The database number in a Redis URL (redis://host:port/N), or undefined. */
function redisDbOf(url) {
  const db = new URL(url).pathname.slice(1)
  return db === "" ? undefined : Number(db)
}

function withRedisDb(url, db) {
  const u = new URL(url)
  u.pathname = `/${db}`
  return u.toString()
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM"
  }
}

// Atomic claims (a script runs alone): an empty database, or one whose owner key still
// holds the exact value a dead run of ours left there.
const CLAIM_EMPTY = `if redis.call('dbsize') == 0 then redis.call('set', KEYS[1], ARGV[1]) return 1 end return 0`
const CLAIM_ABANDONED = `if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('flushdb') redis.call('set', KEYS[1], ARGV[2]) return 1 end return 0`

/**
 * Claims a Redis database for one run: the one named in `redisUrl` if it has a number
 * (kept as it is, never emptied), else the first empty one from 1 up (or one a dead run of
 * ours left behind). Returns { url, db, release() }; release empties a claimed database.
 */
export async function claimRedisDatabase(redisUrl = DEFAULT_REDIS_URL, { label = "topology" } = {}) {
  const named = redisDbOf(redisUrl)
  const client = await redisConnect(redisUrl)
  try {
    await client.command("PING")
    if (named !== undefined) return { url: redisUrl, db: named, claimed: false, release: async () => {} }
    let databases = 16
    try {
      const reply = await client.command("CONFIG", "GET", "databases")
      databases = Number(reply?.[1]) || 16
    } catch {
      // CONFIG may be disabled (managed Redis): assume the default.
    }
    const owner = JSON.stringify({ host: os.hostname(), pid: process.pid, label, run: randomBytes(4).toString("hex"), at: new Date().toISOString() })
    for (let db = 1; db < databases; db++) {
      await client.command("SELECT", db)
      let won = await client.command("EVAL", CLAIM_EMPTY, 1, OWNER_KEY, owner)
      if (!won) {
        const current = await client.command("GET", OWNER_KEY)
        let previous
        try {
          previous = current && JSON.parse(current)
        } catch {}
        if (previous?.host === os.hostname() && !pidAlive(previous.pid)) {
          won = await client.command("EVAL", CLAIM_ABANDONED, 1, OWNER_KEY, current, owner)
        }
      }
      if (won) {
        const url = withRedisDb(redisUrl, db)
        return {
          url,
          db,
          claimed: true,
          async release() {
            const c = await redisConnect(url)
            try {
              await c.command("SELECT", db)
              // Only if it is still ours.
              await c.command("EVAL", `if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('flushdb') return 1 end return 0`, 1, OWNER_KEY, owner)
            } finally {
              c.close()
            }
          },
        }
      }
    }
    throw new Error(`no free Redis database on ${redisUrl} (1–${databases - 1} are all in use); name one in REDIS_URL, e.g. ${withRedisDb(redisUrl, 5)}`)
  } finally {
    client.close()
  }
}

// ---------------------------------------------------------------------------------------
// The proxy
// ---------------------------------------------------------------------------------------

const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"])

/**
 * A round-robin HTTP proxy on 127.0.0.1 in front of `upstreams` ([{ name, port, up() }]).
 * It appends the client's address to X-Forwarded-For, sets X-Forwarded-Proto/Host, and
 * names the server that answered in X-Upstream. A server that is down (not `up()`, or
 * refusing connections) is skipped; a request whose body was already sent is not retried.
 */
export async function startProxy({ port, upstreams }) {
  let next = 0
  const stats = { staleRetries: 0 }
  const pick = (skip = new Set()) => {
    for (let i = 0; i < upstreams.length; i++) {
      const u = upstreams[(next + i) % upstreams.length]
      if (!skip.has(u) && u.up()) {
        next = (next + i + 1) % upstreams.length
        return u
      }
    }
    return undefined
  }
  const server = http.createServer((req, res) => {
    const client = req.socket.remoteAddress ?? ""
    const headers = {}
    for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k)) headers[k] = v
    headers["x-forwarded-for"] = req.headers["x-forwarded-for"] ? `${req.headers["x-forwarded-for"]}, ${client}` : client
    headers["x-forwarded-proto"] = req.headers["x-forwarded-proto"] ?? "http"
    headers["x-forwarded-host"] = req.headers["x-forwarded-host"] ?? req.headers.host ?? ""
    const hasBody = !["GET", "HEAD", "OPTIONS"].includes(req.method ?? "GET")
    const tried = new Set()
    let staleRetried = false
    const attempt = () => {
      const upstream = pick(tried)
      if (!upstream) {
        res.writeHead(502, { "content-type": "text/plain" }).end("no backend server is up\n")
        return
      }
      tried.add(upstream)
      const out = http.request({ host: "127.0.0.1", port: upstream.port, method: req.method, path: req.url, headers }, (answer) => {
        const back = { ...answer.headers, "x-upstream": upstream.name }
        for (const h of HOP_BY_HOP) delete back[h]
        res.writeHead(answer.statusCode ?? 502, back)
        answer.pipe(res)
      })
      out.on("error", (e) => {
        // Nothing was sent to a server that refused the connection: try the next one.
        if (!hasBody && e.code === "ECONNREFUSED" && !res.headersSent) return attempt()
        // A kept-alive connection the server closed just as we reused it: the server never
        // read the request, so a GET goes again, once (any server that is up).
        if (!hasBody && out.reusedSocket && (e.code === "ECONNRESET" || e.code === "EPIPE") && !res.headersSent && !staleRetried) {
          staleRetried = true
          stats.staleRetries++
          tried.delete(upstream)
          return attempt()
        }
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" }).end(`${upstream.name}: ${e.message}\n`)
        else res.destroy()
      })
      if (hasBody) req.pipe(out)
      else out.end()
    }
    attempt()
  })
  // Longer than clients keep an idle connection (browsers, the load driver's 30 s), as load
  // balancers do, so that it is the client that closes it and never races a new request.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", resolve)
  })
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    port: server.address().port,
    /** GETs sent again because a server closed the kept-alive connection they were sent on. */
    stats,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections?.()
      }),
  }
}

// ---------------------------------------------------------------------------------------
// Processes
// ---------------------------------------------------------------------------------------

const MAX_LINES = 20_000

/**
 * One `medusa start` (or storefront) process that can be stopped, killed and started again
 * on the same port with the same environment. Its output is kept (the last lines) for tests.
 */
function managedProcess({ name, role, port, cwd, command, args, env, quiet, healthPath, timeoutMs }) {
  const lines = []
  const listeners = new Set()
  const handle = {
    name,
    role,
    port,
    url: `http://127.0.0.1:${port}`,
    child: undefined,
    pid: undefined,
    /** Every pid this process had (a restart gets a new one). */
    pids: [],
    lines,
    running: false,
    async start() {
      if (handle.running) throw new Error(`${name} is already running`)
      const child = run(name, command, args, {
        cwd,
        env,
        quiet,
        onLine: (line) => {
          lines.push(line)
          if (lines.length > MAX_LINES) lines.shift()
          for (const l of listeners) l(line)
        },
      })
      handle.child = child
      handle.pid = child.pid
      handle.pids.push(child.pid)
      handle.running = true
      child.exited.then(() => {
        if (handle.child === child) handle.running = false
      })
      await waitForHttp(`${handle.url}${healthPath}`, { child, timeoutMs })
      return handle
    },
    /** Stops it (SIGTERM to its process group, SIGKILL after `graceMs`). */
    async stop({ signal = "SIGTERM", graceMs = 10_000 } = {}) {
      const child = handle.child
      if (!child || !handle.running) return
      await stopChild(child, signal, graceMs)
    },
    /** Kills it at once, as a crash would (SIGKILL: no shutdown, jobs in hand are abandoned). */
    kill: () => handle.stop({ signal: "SIGKILL", graceMs: 0 }),
    async restart(options) {
      await handle.stop(options)
      return handle.start()
    },
    /** Resolves with the first line (from now on) matching `pattern`. */
    waitForLine(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener)
          reject(new Error(`${name}: no line matching ${pattern} within ${Math.round(timeoutMs / 1000)} s`))
        }, timeoutMs)
        const listener = (line) => {
          if (!pattern.test(line)) return
          clearTimeout(timer)
          listeners.delete(listener)
          resolve(line)
        }
        listeners.add(listener)
      })
    },
    /** The kept output lines matching `pattern`. */
    grep: (pattern) => lines.filter((l) => pattern.test(l)),
  }
  return handle
}

const letter = (i) => String.fromCharCode(97 + i) // server-a, server-b, …

/**
 * Starts the topology and returns once every process answers /health (and the storefront
 * its home page). Options:
 *   databaseUrl    PostgreSQL database for every process (required)
 *   redisUrl       Redis server (default redis://127.0.0.1:6379); without a database number
 *                  a free one is claimed for the run and emptied by stop()
 *   servers        how many server processes (default 2)
 *   storefront     also start the storefront, pointed at the proxy (default false)
 *   build          build what is stale first (default true)
 *   prepare        migrate and seed the database as `npm start` does (default true)
 *   proxyPort, storefrontPort, basePort   preferred ports (a free one is used when taken)
 *   quiet          keep the processes' output to their handles (default true)
 *   extraEnv       more environment for every backend process (e.g. a job's schedule)
 * Returns { proxyUrl, storefrontUrl, redisUrl, databaseUrl, publishableKey, worker,
 * servers, storefront, processes, stop() }; each process handle has url, pid, lines,
 * start(), stop(), kill(), restart(), waitForLine(), grep().
 */
export async function startTopology({
  databaseUrl,
  redisUrl = process.env.REDIS_URL || DEFAULT_REDIS_URL,
  servers = 2,
  storefront = false,
  build = true,
  prepare = true,
  proxyPort = 0,
  storefrontPort = 0,
  basePort = 9300,
  quiet = true,
  extraEnv = {},
  timeoutMs = 300_000,
  log = (msg) => process.stdout.write(`[topology] ${msg}\n`),
} = {}) {
  if (!databaseUrl) throw new Error("startTopology: databaseUrl is required")
  const cleanups = []
  const stop = async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn().catch((e) => log(`while stopping: ${e.message}`))
  }
  try {
    if (build) await buildStale(storefront ? ["domain", "labels", "backend", "storefront"] : ["domain", "labels", "backend"])
    const publishableKey = prepare ? await prepareDatabase(databaseUrl) : await findPublishableKey(databaseUrl)

    const redis = await claimRedisDatabase(redisUrl)
    cleanups.push(() => redis.release())
    log(`Redis: ${redis.url}${redis.claimed ? " (a database of this run's own, emptied when it stops)" : ""}`)

    const proxyListenPort = await freePort(proxyPort || undefined)
    const proxyUrl = `http://127.0.0.1:${proxyListenPort}`
    const sfPort = storefront ? await freePort(storefrontPort || undefined) : undefined
    const storefrontUrl = sfPort ? `http://127.0.0.1:${sfPort}` : undefined

    const env = {
      ...baseEnv,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      // The public address: file links and the admin point at the proxy, not at one server.
      MEDUSA_BACKEND_URL: proxyUrl,
      ...(storefrontUrl ? { STOREFRONT_URL: storefrontUrl, STOREFRONT_PORT: String(sfPort) } : {}),
      MEDUSA_PUBLISHABLE_KEY: publishableKey ?? "",
      // Every process must agree on the secrets (tokens signed by one are checked by another).
      TRACE_EDGE_KEY: process.env.TRACE_EDGE_KEY || randomBytes(24).toString("hex"),
      JWT_SECRET: process.env.JWT_SECRET || randomBytes(24).toString("hex"),
      COOKIE_SECRET: process.env.COOKIE_SECRET || randomBytes(24).toString("hex"),
      ...extraEnv,
    }
    // The servers are reached through the proxy on the loopback interface: trust its X-Forwarded-For.
    const backendEnv = { ...env, TRUST_PROXY: process.env.TRUST_PROXY || "loopback" }
    const medusa = path.join(BIN, "medusa")
    const serverCwd = path.join(BACKEND, ".medusa/server")
    const backendProcess = async (name, role, preferred) => {
      const port = await freePort(preferred)
      return managedProcess({
        name,
        role,
        port,
        cwd: serverCwd,
        command: medusa,
        args: ["start"],
        env: { ...backendEnv, PORT: String(port), MEDUSA_WORKER_MODE: role },
        quiet,
        healthPath: "/health",
        timeoutMs,
      })
    }
    const worker = await backendProcess("worker", "worker", basePort)
    const serverHandles = []
    for (let i = 0; i < servers; i++) serverHandles.push(await backendProcess(`server-${letter(i)}`, "server", basePort + 1 + i))
    const processes = [worker, ...serverHandles]
    cleanups.push(() => Promise.all(processes.map((p) => p.stop())).then(() => {}))

    const started = Date.now()
    log(`starting ${servers} server(s) and 1 worker from backend/.medusa/server…`)
    await Promise.all(processes.map((p) => p.start()))
    log(`backend processes healthy in ${((Date.now() - started) / 1000).toFixed(1)} s`)

    const proxy = await startProxy({ port: proxyListenPort, upstreams: serverHandles.map((s) => ({ name: s.name, port: s.port, up: () => s.running })) })
    cleanups.push(() => proxy.close())
    await waitForHttp(`${proxy.url}/health`, { timeoutMs: 10_000 })

    let storefrontHandle
    if (storefront) {
      storefrontHandle = managedProcess({
        name: "storefront",
        role: "storefront",
        port: sfPort,
        cwd: STOREFRONT,
        command: process.execPath,
        args: [".edge/src/edge/server.js"],
        env: { ...env, PORT: String(sfPort) },
        quiet,
        healthPath: "/vi",
        timeoutMs,
      })
      processes.push(storefrontHandle)
      await storefrontHandle.start()
    }
    return {
      proxyUrl: proxy.url,
      proxyStats: proxy.stats,
      backendUrl: proxy.url,
      storefrontUrl,
      redisUrl: redis.url,
      databaseUrl,
      publishableKey,
      worker,
      servers: serverHandles,
      storefront: storefrontHandle,
      processes,
      stop,
    }
  } catch (e) {
    await stop()
    throw e
  }
}
