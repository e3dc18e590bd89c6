import { createHash, timingSafeEqual } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  parseRateLimit,
  rateLimitAddressKey,
  retryAfterSeconds,
  takeFromSlidingWindow,
  tooManyRequestsMessage,
  windowPosition,
  type RateLimitRule,
} from "@cln/domain"
// Medusa's Redis modules bring ioredis 5; the limiter shares their client library.
import { Redis } from "ioredis"

/**
 * Rate limits on the public writes (issue #8): sign-in, sign-up, producer applications and
 * scans, counted per client address (`req.ip`, which follows TRUST_PROXY: see
 * ./utils/trust-proxy) with the sliding window of @cln/domain. Counters live in Redis when
 * REDIS_URL is set, so every server process shares them, else in this process's memory.
 *
 * The storefront calls sign-in, sign-up, applications and display-point scans from its own
 * server, without the visitor's address: the backend sees one address for all its
 * visitors. So the limits a person could reach through it are counted per address *and*
 * account (sign-in) or display point, and those per address alone are sized for a whole
 * storefront. Each is set by its variable as "count/window" ("10/15m") or "off";
 * RATE_LIMIT=off turns them all off.
 */
export const RATE_LIMITS = {
  /** Failed sign-ins per address and account (customer, producer member, officer). */
  login: { env: "RATE_LIMIT_LOGIN", fallback: "10/15m" },
  /** Failed sign-ins per address over all accounts: password spraying from one place. */
  login_address: { env: "RATE_LIMIT_LOGIN_ADDRESS", fallback: "100/15m" },
  /** Sign-ups and password-reset requests per address. */
  register: { env: "RATE_LIMIT_REGISTER", fallback: "60/10m" },
  /** Producer applications per address. */
  application: { env: "RATE_LIMIT_APPLICATION", fallback: "20/1h" },
  /** Display-point poster scans per address and point. */
  display_point_scan: { env: "RATE_LIMIT_DISPLAY_POINT_SCAN", fallback: "300/1m" },
  /** Label scans recorded per scanning visitor. */
  trace_scan: { env: "RATE_LIMIT_TRACE_SCAN", fallback: "600/1m" },
} as const

export type RateLimitName = keyof typeof RATE_LIMITS
export type RateLimitRules = Record<RateLimitName, RateLimitRule | null>

/** The rules from the environment; a value that cannot be read stops the server (parseRateLimit throws). */
export function rateLimitRules(env: Record<string, string | undefined> = process.env): RateLimitRules {
  const allOff = ["off", "0", "false", "none"].includes((env.RATE_LIMIT ?? "").trim().toLowerCase())
  return Object.fromEntries(
    Object.entries(RATE_LIMITS).map(([name, { env: variable, fallback }]) => [
      name,
      allOff ? null : parseRateLimit(env[variable]?.trim() || fallback),
    ])
  ) as RateLimitRules
}

// ——— Counters ————————————————————————————————————————————————————————————

type Counting = { key: string; windowMs: number; requested: number }
type Counted = { previous: number; current: number; elapsedMs: number }
/** Counts added for `requested`; `undo` takes back the units that were not granted. */
type Added = { counted: Counted[]; undo: (amounts: number[]) => Promise<void> }

/** Two counters per key (this window, the one before), in this process. */
class MemoryCounters {
  private counts = new Map<string, { windowMs: number; index: number; current: number; previous: number }>()
  private sinceSweep = 0

  add(entries: Counting[], nowMs: number): Added {
    this.sweep(nowMs)
    const touched = entries.map((entry) => {
      const { index, elapsedMs } = windowPosition(nowMs, entry.windowMs)
      let counts = this.counts.get(entry.key)
      if (!counts || counts.index !== index) {
        const previous = counts && counts.index === index - 1 ? counts.current : 0
        counts = { windowMs: entry.windowMs, index, current: 0, previous }
        this.counts.set(entry.key, counts)
      }
      const counted = { previous: counts.previous, current: counts.current, elapsedMs }
      counts.current += entry.requested
      return { counts, index, counted }
    })
    return {
      counted: touched.map((t) => t.counted),
      undo: async (amounts) => {
        touched.forEach(({ counts, index }, i) => {
          if (counts.index === index) counts.current = Math.max(0, counts.current - (amounts[i] ?? 0))
        })
      },
    }
  }

  /** Forgets keys idle for two windows, now and then, so addresses seen once do not pile up. */
  private sweep(nowMs: number) {
    if (++this.sinceSweep < 1_000) return
    this.sinceSweep = 0
    for (const [key, counts] of this.counts) {
      if (windowPosition(nowMs, counts.windowMs).index - counts.index > 1) this.counts.delete(key)
    }
  }
}

/**
 * The same counters in Redis, one key per window (`<prefix><key>:<window index>`, expiring
 * after two windows). INCRBY first, then the decision, then DECRBY of what was refused:
 * concurrent requests each see a distinct count, so none slips past the limit. While Redis
 * is unreachable this process counts alone, in memory, rather than refusing everyone or
 * letting everything through.
 */
class RedisCounters {
  private lastWarning = 0

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly fallback: MemoryCounters,
    private readonly warn: (message: string) => void
  ) {}

  async add(entries: Counting[], nowMs: number): Promise<Added> {
    if (this.redis.status !== "ready") return this.fallback.add(entries, nowMs)
    const names = entries.map((entry) => {
      const { index, elapsedMs } = windowPosition(nowMs, entry.windowMs)
      const base = `${this.prefix}${entry.key}:${entry.windowMs}:`
      return { current: `${base}${index}`, previous: `${base}${index - 1}`, elapsedMs }
    })
    try {
      const multi = this.redis.multi()
      entries.forEach((entry, i) => {
        multi.incrby(names[i]!.current, entry.requested).pexpire(names[i]!.current, 2 * entry.windowMs).get(names[i]!.previous)
      })
      const replies = (await multi.exec()) ?? []
      const value = (i: number) => {
        const [error, reply] = replies[i] ?? [new Error("no reply"), null]
        if (error) throw error
        return Number(reply ?? 0)
      }
      const counted = entries.map((entry, i) => ({
        current: value(3 * i) - entry.requested,
        previous: value(3 * i + 2),
        elapsedMs: names[i]!.elapsedMs,
      }))
      return {
        counted,
        undo: async (amounts) => {
          const pipeline = this.redis.pipeline()
          amounts.forEach((amount, i) => {
            // The expiry again, in case the key expired in between and DECRBY made it anew.
            if (amount > 0) pipeline.decrby(names[i]!.current, amount).pexpire(names[i]!.current, 2 * entries[i]!.windowMs)
          })
          if (pipeline.length) await pipeline.exec().catch((error: Error) => this.warnNow(error))
        },
      }
    } catch (error) {
      this.warnNow(error as Error)
      return this.fallback.add(entries, nowMs)
    }
  }

  private warnNow(error: Error) {
    if (Date.now() - this.lastWarning < 60_000) return
    this.lastWarning = Date.now()
    this.warn(`rate limit: Redis unavailable, counting in this process only: ${error.message}`)
  }
}

// ——— Limiter —————————————————————————————————————————————————————————————

export type RateLimitTake = { name: RateLimitName; key: string }

export type RateLimiter = {
  /**
   * One request against several limits: it passes only if every one has room, and then
   * counts in each; `giveBack` uncounts it (a sign-in that succeeded).
   */
  takeAll(takes: RateLimitTake[]): Promise<{ allowed: true; giveBack: () => Promise<void> } | { allowed: false; retryAfterSeconds: number }>
  /** A batch: `requested` units per key of one limit; answers how many of each were granted. */
  takeEach(name: RateLimitName, requested: Map<string, number>): Promise<Map<string, number>>
  /** Resolves once the counters are shared (Redis connected); at once without Redis. */
  ready(timeoutMs?: number): Promise<void>
  close(): Promise<void>
}

export type RateLimiterOptions = {
  rules?: RateLimitRules
  /** Shared counters in this Redis; in memory without one. */
  redisUrl?: string
  /** Prefix of the Redis keys (RATE_LIMIT_REDIS_PREFIX), e.g. to keep two deployments apart. */
  prefix?: string
  now?: () => number
  warn?: (message: string) => void
}

export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const rules = options.rules ?? rateLimitRules()
  const now = options.now ?? Date.now
  const warn = options.warn ?? ((message: string) => console.warn(message))
  const memory = new MemoryCounters()
  let redis: Redis | null = null
  let store: { add(entries: Counting[], nowMs: number): Added | Promise<Added> } = memory
  if (options.redisUrl) {
    // Without an offline queue a command fails at once while Redis is down, and the
    // limiter counts in memory instead of holding requests until it comes back.
    redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName: "cln-rate-limit" })
    redis.on("error", () => {
      // Reported by RedisCounters when a count falls back to memory; ioredis reconnects.
    })
    store = new RedisCounters(redis, options.prefix ?? "cln:rate-limit:", memory, warn)
  }

  async function count(entries: Array<{ name: RateLimitName; key: string; requested: number }>) {
    const limited = entries.filter((entry) => rules[entry.name])
    const added = await store.add(
      limited.map((entry) => ({ key: `${entry.name}:${entry.key}`, windowMs: rules[entry.name]!.windowMs, requested: entry.requested })),
      now()
    )
    const decisions = limited.map((entry, i) => takeFromSlidingWindow(rules[entry.name]!, added.counted[i]!, entry.requested))
    return { limited, added, decisions }
  }

  return {
    async takeAll(takes) {
      const { limited, added, decisions } = await count(takes.map((take) => ({ ...take, requested: 1 })))
      const refused = decisions.filter((decision) => decision.granted < 1)
      const undo = () => added.undo(limited.map(() => 1))
      if (!refused.length) return { allowed: true, giveBack: undo }
      await undo()
      return { allowed: false, retryAfterSeconds: retryAfterSeconds(Math.max(...refused.map((d) => d.retryAfterMs))) }
    },
    async takeEach(name, requested) {
      const keys = [...requested.keys()]
      if (!rules[name]) return new Map(requested)
      const { added, decisions } = await count(keys.map((key) => ({ name, key, requested: requested.get(key)! })))
      await added.undo(decisions.map((decision, i) => requested.get(keys[i]!)! - decision.granted))
      return new Map(keys.map((key, i) => [key, decisions[i]!.granted]))
    },
    async ready(timeoutMs = 5_000) {
      if (!redis || redis.status === "ready") return
      const client = redis
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`rate limit: Redis not ready after ${timeoutMs} ms (${client.status})`)), timeoutMs)
        client.once("ready", () => {
          clearTimeout(timer)
          resolve()
        })
      })
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis?.disconnect())
    },
  }
}

/** The limiter of this server process, made on first use from the environment. */
let serverLimiter: RateLimiter | null = null
function limiter(): RateLimiter {
  serverLimiter ??= createRateLimiter({
    redisUrl: process.env.REDIS_URL || undefined,
    prefix: process.env.RATE_LIMIT_REDIS_PREFIX || undefined,
  })
  return serverLimiter
}

// ——— Middlewares ——————————————————————————————————————————————————————————

/** The client's address as Express gives it (the first untrusted hop under TRUST_PROXY). */
function clientKey(req: MedusaRequest): string {
  return rateLimitAddressKey(req.ip ?? req.socket?.remoteAddress)
}

/** An account named in a sign-in, hashed: the counters' keys carry no email address. */
function accountKey(body: unknown): string {
  const email = typeof (body as { email?: unknown } | undefined)?.email === "string" ? (body as { email: string }).email : ""
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32)
}

function refuse(res: MedusaResponse, seconds: number) {
  res.setHeader("Retry-After", String(seconds))
  res.status(429).json({ type: "too_many_requests", message: tooManyRequestsMessage(seconds) })
}

/**
 * Refuses the request with 429 when any of its limits is used up; otherwise counts it and
 * goes on. With `failuresOnly`, a request that succeeds (2xx/3xx) is uncounted when it
 * ends: people signing in fine never use up the allowance, however often they do it.
 */
function limitRequest(takes: (req: MedusaRequest) => RateLimitTake[] | null, { failuresOnly = false } = {}) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const wanted = takes(req)
    if (!wanted?.length) return next()
    const outcome = await limiter().takeAll(wanted)
    if (!outcome.allowed) return refuse(res, outcome.retryAfterSeconds)
    if (failuresOnly) {
      res.once("finish", () => {
        if (res.statusCode < 400) void outcome.giveBack()
      })
    }
    next()
  }
}

/**
 * Matched on the route's own parameters rather than a literal ".../emailpass": Express
 * decodes parameters, so "/auth/customer/email%70ass" reaches the same handler and must be
 * counted the same. Only the email/password provider is limited here.
 */
const isEmailpass = (req: MedusaRequest) => req.params.auth_provider === "emailpass"

// Failed sign-ins only: guessing fails, while a storefront's many visitors (one address
// here) and the test suites sign in successfully as often as they like.
const limitLogin = limitRequest(
  (req) => {
    if (!isEmailpass(req)) return null
    const address = clientKey(req)
    return [
      { name: "login", key: `${req.params.actor_type}:${address}:${accountKey(req.body)}` },
      { name: "login_address", key: address },
    ]
  },
  { failuresOnly: true }
)

const limitAccountWrites = limitRequest((req) => (isEmailpass(req) ? [{ name: "register", key: clientKey(req) }] : null))

const limitApplication = limitRequest((req) => [{ name: "application", key: clientKey(req) }])

// Per point: the storefront's display-point page makes this call for every visitor from one address.
const limitDisplayPointScan = limitRequest((req) => [{ name: "display_point_scan", key: `${clientKey(req)}:${req.params.handle}` }])

let lastDropWarning = 0
/** Says, at most once a minute, that scans went unrecorded: many at once usually means every visitor got one address (TRUST_PROXY). */
function warnDropped(req: MedusaRequest, dropped: number) {
  if (!dropped || Date.now() - lastDropWarning < 60_000) return
  lastDropWarning = Date.now()
  req.scope
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(
      `rate limit: ${dropped} scan(s) over RATE_LIMIT_TRACE_SCAN not recorded; if many visitors share an address, check TRUST_PROXY on the storefront and backend`
    )
}

/**
 * GET /trace/resolve?record=1: one scan per request, from the client's address (the visitor
 * when TRUST_PROXY trusts the storefront in front). A scan over the limit is not recorded,
 * but the label still resolves: the person holding it sees their page either way, and the
 * scan counts (the counterfeit signal) cannot be run up from one place.
 */
async function limitResolveScan(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.validatedQuery as { record?: string } | undefined
  if (query?.record === "1") {
    const client = clientKey(req)
    const granted = await limiter().takeEach("trace_scan", new Map([[client, 1]]))
    if (!granted.get(client)) {
      query.record = "0"
      warnDropped(req, 1)
    }
  }
  next()
}

function fromTraceEdge(req: MedusaRequest): boolean {
  const expected = process.env.TRACE_EDGE_KEY
  const given = req.get("x-trace-edge-key")
  if (!expected || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * POST /trace/scans: a batch the storefront's trace edge sends every 100 ms with the scans
 * it answered itself, all from the storefront's one address, so a limit on that address
 * would drop every visitor's scans together. Each scan carries its visitor's headers
 * instead: the edge sets x-real-ip to the address it took the request from (see
 * storefront/src/edge/server.ts) and appends it to x-forwarded-for, so each visitor is
 * counted alone. Scans over a visitor's limit are left out of the batch and the batch is
 * still taken (a 429 would make the edge send it all again). Scans with no address at all
 * (an edge that names none) are not limited: there is no visitor to count them against.
 * Only batches with the edge's key are counted, so nobody else can use up a visitor's
 * allowance; the route refuses the others.
 */
async function limitScanBatch(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.validatedBody as { scans?: Array<{ headers?: Record<string, string> }> } | undefined
  if (!body?.scans?.length || !fromTraceEdge(req)) return next()
  const visitorOf = (headers: Record<string, string> = {}) => {
    const address = headers["x-real-ip"] ?? headers["x-forwarded-for"]?.split(",").pop()
    return address?.trim() ? rateLimitAddressKey(address) : null
  }
  const requested = new Map<string, number>()
  for (const scan of body.scans) {
    const visitor = visitorOf(scan.headers)
    if (visitor) requested.set(visitor, (requested.get(visitor) ?? 0) + 1)
  }
  if (!requested.size) return next()
  const granted = await limiter().takeEach("trace_scan", requested)
  const before = body.scans.length
  body.scans = body.scans.filter((scan) => {
    const visitor = visitorOf(scan.headers)
    if (!visitor) return true
    const left = granted.get(visitor) ?? 0
    granted.set(visitor, left - 1)
    return left > 0
  })
  warnDropped(req, before - body.scans.length)
  next()
}

/**
 * Registered after the routes' own validators (same matchers come in the order listed),
 * so the scan limits read validated input, and before any handler.
 */
export const rateLimitRoutes: MiddlewareRoute[] = [
  { matcher: "/auth/:actor_type/:auth_provider", methods: ["POST"], middlewares: [limitLogin] },
  { matcher: "/auth/:actor_type/:auth_provider/register", methods: ["POST"], middlewares: [limitAccountWrites] },
  { matcher: "/auth/:actor_type/:auth_provider/reset-password", methods: ["POST"], middlewares: [limitAccountWrites] },
  { matcher: "/producer-applications", methods: ["POST"], middlewares: [limitApplication] },
  { matcher: "/store/display-points/:handle/scans", methods: ["POST"], middlewares: [limitDisplayPointScan] },
  { matcher: "/trace/resolve", methods: ["GET"], middlewares: [limitResolveScan] },
  { matcher: "/trace/scans", methods: ["POST"], middlewares: [limitScanBatch] },
]
