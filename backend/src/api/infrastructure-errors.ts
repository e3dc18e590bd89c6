import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse, type MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
// Medusa's Redis modules bring ioredis 5; the watcher shares their client library.
import { Redis } from "ioredis"

/**
 * Issue #8: when PostgreSQL or Redis is away, answer 503 with a sentence a person can act
 * on (try again in a minute), not a bare 500 "An unknown error occurred." nor a request
 * that hangs until the proxy gives up.
 *
 * - Redis: every write runs a workflow, and workflows emit their events through the Redis
 *   event bus, whose client queues commands while Redis is down (BullMQ needs it so): a
 *   write would hang until Redis returns. A watcher connection tells each server process
 *   at once when Redis goes, and writes are refused with 503 until it is back. Reads
 *   (catalogue, carts, orders, label jobs' progress) use PostgreSQL only and go on.
 * - PostgreSQL: queries cut by a restart, or connections refused while it is down, end in
 *   errors Medusa maps to 500; they are answered 503 instead. The connection pool reconnects
 *   by itself when the server returns, without a restart of ours.
 */

const RETRY_AFTER_SECONDS = 10

export const INFRASTRUCTURE_MESSAGES = {
  redis:
    "Hệ thống xử lý nền (Redis) đang tạm gián đoạn nên chưa thể ghi thay đổi này; thông tin vẫn xem được. Vui lòng thử lại sau ít phút. / " +
    "The background job service (Redis) is briefly unavailable, so this change cannot be saved yet; browsing still works. Please try again in a few minutes.",
  database:
    "Cơ sở dữ liệu đang tạm gián đoạn nên yêu cầu này chưa hoàn tất. Vui lòng thử lại sau ít phút. / " +
    "The database is briefly unavailable, so this request did not go through. Please try again in a few minutes.",
} as const

type Outage = keyof typeof INFRASTRUCTURE_MESSAGES

function unavailable(res: MedusaResponse, outage: Outage) {
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS))
  res.status(503).json({ type: "service_unavailable", code: `${outage}_unavailable`, message: INFRASTRUCTURE_MESSAGES[outage] })
}

// ——— Redis ———————————————————————————————————————————————————————————————

/** One watcher per process: it only connects and reconnects, and says whether Redis is there. */
let watcher: Redis | null | undefined
let downSince: number | null = null
/** Whether the watcher's first connection was made: until then "not ready" means "not yet", not "down". */
let connected = false

function redisWatcher(): Redis | null {
  if (watcher !== undefined) return watcher
  const url = process.env.REDIS_URL
  if (!url) return (watcher = null)
  watcher = new Redis(url, {
    connectionName: "cln-redis-watch",
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Retry every half second for as long as it takes: the outage ends when it answers.
    retryStrategy: () => 500,
  })
  watcher.on("error", () => {
    // The status says it; ioredis reconnects by itself.
  })
  watcher.on("ready", () => {
    connected = true
    downSince = null
  })
  watcher.on("close", () => (downSince ??= Date.now()))
  return watcher
}

/** Whether Redis answers (always true without REDIS_URL: then the in-process modules need none). */
export function redisAvailable(): boolean {
  const client = redisWatcher()
  return !client || client.status === "ready"
}

let lastWarning = 0
function warnRedisDown(req: MedusaRequest) {
  if (Date.now() - lastWarning < 30_000) return
  lastWarning = Date.now()
  const since = downSince ? ` for ${Math.round((Date.now() - downSince) / 1000)} s` : ""
  req.scope
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`Redis unreachable${since}: writes are answered 503 until it returns (REDIS_URL ${redactUrl(process.env.REDIS_URL)})`)
}

function redactUrl(url = "") {
  try {
    const u = new URL(url)
    if (u.password) u.password = "***"
    return u.toString()
  } catch {
    return "(unreadable)"
  }
}

const READS = new Set(["GET", "HEAD", "OPTIONS"])

/**
 * Signing in needs no Redis (tokens are signed, sessions are cookies): people can still
 * sign in and look at their orders and labels during an outage.
 */
const SIGN_IN = /^\/auth\/(?:[^/]+\/[^/]+|token\/refresh|session)\/?$/
// The full path: under the "/*" matcher Express gives req.path relative to what matched.
const needsNoRedis = (req: MedusaRequest) => READS.has(req.method) || SIGN_IN.test((req.originalUrl ?? req.url).split("?")[0]!)

/** Waits (at most `ms`) for the watcher's first connection, made on the first request a process gets. */
function firstConnection(client: Redis, ms: number): Promise<void> {
  if (connected) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    client.once("ready", () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

async function refuseWritesWithoutRedis(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // Connect on any request, so that the watcher is there before the first write.
  const client = redisWatcher()
  if (needsNoRedis(req)) return next()
  // A new process's first writes would otherwise be refused while the watcher connects.
  if (client && !connected) await firstConnection(client, 5_000)
  if (redisAvailable()) return next()
  warnRedisDown(req)
  unavailable(res, "redis")
}

export const infrastructureRoutes: MiddlewareRoute[] = [{ matcher: "/*", middlewares: [refuseWritesWithoutRedis] }]

// ——— Errors ——————————————————————————————————————————————————————————————

// PostgreSQL's own codes for a server going away or not yet back (class 08, 57P0x).
const PG_UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"])
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"])
// Texts of the same, as drivers and wrappers pass them on: a workflow step or MikroORM may
// keep only the message ("read ECONNRESET"), and a transaction whose connection died ends
// with knex's "Transaction query already complete" (a create-cart during a PostgreSQL
// restart answered 500 with it in CI).
const PG_UNAVAILABLE_TEXT =
  /Connection terminated|terminating connection due to administrator command|the database system is (?:starting up|shutting down|in recovery mode)|Timeout acquiring a connection|Client has encountered a connection error|Connection ended unexpectedly|Unable to acquire a connection|Transaction query already complete|server closed the connection unexpectedly|timeout exceeded when trying to connect|Client was closed and is not queryable|Cannot use a pool after calling end/i
const NETWORK_TEXT = /\b(?:ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)\b/
const REDIS_UNAVAILABLE_TEXT = /Connection is closed\.|enableOfflineQueue options is false|Reached the max retries per request limit/i

/** What an error says about the infrastructure: which service is away, if one is. */
export function outageOf(error: unknown, depth = 0): Outage | null {
  if (!error || typeof error !== "object" || depth > 4) return null
  const e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; port?: unknown }
  const message = typeof e.message === "string" ? e.message : ""
  if (e.name === "MaxRetriesPerRequestError" || REDIS_UNAVAILABLE_TEXT.test(message)) return "redis"
  if (e.name === "KnexTimeoutError" || (typeof e.code === "string" && PG_UNAVAILABLE_CODES.has(e.code)) || PG_UNAVAILABLE_TEXT.test(message)) return "database"
  if ((typeof e.code === "string" && NETWORK_CODES.has(e.code)) || NETWORK_TEXT.test(message)) return redisAvailable() ? "database" : "redis"
  return outageOf(e.cause, depth + 1)
}

const medusaErrorHandler = errorHandler()

/** Medusa's error handler, but an infrastructure outage is a 503 that says what to do. */
export function infrastructureErrorHandler(err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const outage = outageOf(err)
  if (!outage || res.headersSent) return medusaErrorHandler(err as Error, req, res, next)
  const logger = req.scope?.resolve(ContainerRegistrationKeys.LOGGER) ?? console
  logger.warn(`${req.method} ${(req.originalUrl ?? req.url).split("?")[0]}: ${outage} unavailable (${(err as Error).message}); answered 503`)
  unavailable(res, outage)
}
