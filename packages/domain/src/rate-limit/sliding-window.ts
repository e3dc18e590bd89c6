/**
 * A sliding-window rate limit (the "sliding window counter" of Cloudflare and nginx's
 * limit_req papers): each key keeps a counter for the current fixed window and the one
 * before it, and a request is let through while
 *
 *   previous × (part of the previous window still inside the last `windowMs`) + current ≤ limit.
 *
 * Two counters per key make it cheap in Redis (INCRBY and GET, no per-request log), and
 * unlike a plain fixed window it does not let a client send twice the limit across a
 * window boundary at full weight. Within one fixed window at most `limit` are granted;
 * over any span of `windowMs` at most twice that (when the previous window's requests all
 * came at its end).
 */

export type RateLimitRule = {
  /** Requests granted per window. */
  limit: number
  windowMs: number
}

/** The counters of one key, as a store holds them. */
export type WindowCounts = {
  /** Granted in the previous fixed window. */
  previous: number
  /** Granted so far in the current fixed window, before this request. */
  current: number
  /** Milliseconds since the current fixed window began. */
  elapsedMs: number
}

export type RateLimitDecision = {
  /** How many of the requested units are let through (all or none for a single request). */
  granted: number
  /** Units still available right after this decision. */
  remaining: number
  /** 0 when everything was granted; else how long until one more unit is available. */
  retryAfterMs: number
}

/** Which fixed window `nowMs` falls in, and how far into it. */
export function windowPosition(nowMs: number, windowMs: number): { index: number; elapsedMs: number } {
  const index = Math.floor(nowMs / windowMs)
  return { index, elapsedMs: nowMs - index * windowMs }
}

/** Float error forgiven when weighing counters: 2.0000000001 requests in use are 2. */
const EPSILON = 1e-9

function used(rule: RateLimitRule, previous: number, current: number, elapsedMs: number): number {
  const previousWeight = Math.max(0, rule.windowMs - elapsedMs) / rule.windowMs
  return previous * previousWeight + current
}

/**
 * How long, from `elapsedMs` into the current window and with no further requests, until
 * one more unit fits: while the previous window's weight decays, or, when the current
 * window alone is full, into the next window as this one becomes the previous.
 */
function waitForOne(rule: RateLimitRule, previous: number, current: number, elapsedMs: number): number {
  const { limit, windowMs } = rule
  if (used(rule, previous, current, elapsedMs) + 1 <= limit) return 0
  if (current + 1 <= limit) {
    // previous × (windowMs − elapsed − t) / windowMs ≤ limit − 1 − current
    const t = windowMs - elapsedMs - (windowMs * (limit - 1 - current)) / previous
    return Math.max(0, ceilMs(t))
  }
  // Next window: current × (windowMs − e) / windowMs + 1 ≤ limit, e from its start.
  // One ratio of integers, not windowMs × (1 − (limit − 1) / current): that form lands a
  // hair above a whole millisecond and would tell the client to wait 1 ms too long.
  const intoNext = (windowMs * (current - limit + 1)) / current
  return ceilMs(windowMs - elapsedMs + Math.max(0, intoNext))
}

/** Rounds up to whole milliseconds, forgiving the same float error `takeFromSlidingWindow` forgives. */
function ceilMs(ms: number): number {
  return Math.ceil(ms - EPSILON)
}

/**
 * Takes up to `requested` units (1 for a request; a batch may ask for more) from a key
 * whose counters are `counts`. Whatever is granted must be added to the current counter;
 * refused units are not counted, so a client told to wait N seconds gets through when it
 * comes back after N seconds, however often it knocked in between.
 */
export function takeFromSlidingWindow(rule: RateLimitRule, counts: WindowCounts, requested = 1): RateLimitDecision {
  const inUse = used(rule, counts.previous, counts.current, counts.elapsedMs)
  const available = Math.max(0, Math.floor(rule.limit - inUse + EPSILON))
  const granted = Math.min(Math.max(0, requested), available)
  const current = counts.current + granted
  return {
    granted,
    remaining: Math.max(0, Math.floor(rule.limit - used(rule, counts.previous, current, counts.elapsedMs) + EPSILON)),
    retryAfterMs: granted === requested ? 0 : waitForOne(rule, counts.previous, current, counts.elapsedMs),
  }
}

/** Whole seconds for a `Retry-After` header: rounded up, never 0 for a refusal. */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000))
}

/** The answer to a refused request, in Vietnamese then English like every API message. */
export function tooManyRequestsMessage(seconds: number): string {
  return `Quá nhiều yêu cầu, vui lòng thử lại sau ${seconds} giây / Too many requests, try again in ${seconds} s`
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/**
 * A rule from its setting: "10/15m" is 10 per 15 minutes ("30/s", "100/1h", "5/500ms");
 * "off" (or "0", "false", "none") turns the limit off (null). Anything else is a mistake in
 * the configuration and throws, so a server does not start with a limit nobody meant.
 */
export function parseRateLimit(value: string): RateLimitRule | null {
  const text = value.trim().toLowerCase()
  if (["off", "0", "false", "none"].includes(text)) return null
  const match = /^(\d+)\s*\/\s*(\d*)\s*(ms|s|m|h|d)$/.exec(text)
  const limit = match ? Number(match[1]) : NaN
  const windowMs = match ? Number(match[2] || 1) * UNIT_MS[match[3]!]! : NaN
  if (!Number.isSafeInteger(limit) || limit < 1 || !Number.isSafeInteger(windowMs) || windowMs < 1) {
    throw new Error(`Giới hạn tần suất không hợp lệ "${value}" / Invalid rate limit "${value}": write count/window, e.g. 10/15m, or off`)
  }
  return { limit, windowMs }
}
