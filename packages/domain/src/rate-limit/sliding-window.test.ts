import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  parseRateLimit,
  retryAfterSeconds,
  takeFromSlidingWindow,
  tooManyRequestsMessage,
  windowPosition,
  type RateLimitRule,
} from "./sliding-window"

/** What a store does with the rule: two counters per key, rolled when the window changes. */
function simulate(rule: RateLimitRule) {
  let index = 0
  let current = 0
  let previous = 0
  return (nowMs: number, requested = 1) => {
    const at = windowPosition(nowMs, rule.windowMs)
    if (at.index !== index) {
      previous = at.index === index + 1 ? current : 0
      current = 0
      index = at.index
    }
    const decision = takeFromSlidingWindow(rule, { previous, current, elapsedMs: at.elapsedMs }, requested)
    current += decision.granted
    return decision
  }
}

const MINUTE = 60_000

describe("takeFromSlidingWindow", () => {
  it("lets the limit through, then refuses with the time until the next one fits", () => {
    const take = simulate({ limit: 3, windowMs: MINUTE })
    expect([take(0), take(1), take(2)].map((d) => d.granted)).toEqual([1, 1, 1])
    const refused = take(3)
    expect(refused).toEqual({ granted: 0, remaining: 0, retryAfterMs: expect.any(Number) })
    // The current window alone is full: the next one starts at 60 s, and one request fits
    // once a third of the old window has slid out (3 × (1 − e/60 s) + 1 ≤ 3 → e ≥ 20 s).
    expect(refused.retryAfterMs).toBe(MINUTE - 3 + 20_000)
    expect(take(3 + refused.retryAfterMs - 1).granted).toBe(0)
    expect(take(3 + refused.retryAfterMs).granted).toBe(1)
  })

  it("weighs the previous window by how much of it is still inside the last window length", () => {
    const rule = { limit: 10, windowMs: MINUTE }
    // Half-way into the window, 10 from the previous count as 5.
    expect(takeFromSlidingWindow(rule, { previous: 10, current: 4, elapsedMs: 30_000 }).granted).toBe(1)
    expect(takeFromSlidingWindow(rule, { previous: 10, current: 5, elapsedMs: 30_000 })).toEqual({
      granted: 0,
      remaining: 0,
      // 10 × (60 − 30 − t)/60 ≤ 10 − 1 − 5 → t ≥ 6 s
      retryAfterMs: 6_000,
    })
  })

  it("grants part of a batch and says how many are left", () => {
    const rule = { limit: 5, windowMs: MINUTE }
    expect(takeFromSlidingWindow(rule, { previous: 0, current: 2, elapsedMs: 0 }, 2)).toEqual({ granted: 2, remaining: 1, retryAfterMs: 0 })
    const partial = takeFromSlidingWindow(rule, { previous: 0, current: 2, elapsedMs: 0 }, 10)
    expect(partial.granted).toBe(3)
    expect(partial.remaining).toBe(0)
    expect(partial.retryAfterMs).toBeGreaterThan(0)
  })

  it("never grants more than the limit inside one fixed window, nor twice the limit inside any window length", () => {
    fc.assert(
      fc.property(
        fc.record({ limit: fc.integer({ min: 1, max: 20 }), windowMs: fc.integer({ min: 10, max: 5_000 }) }),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 3_000 }), requested: fc.integer({ min: 1, max: 5 }) }), { maxLength: 120 }),
        (rule, requests) => {
          const take = simulate(rule)
          let now = 0
          const granted: Array<{ at: number; n: number }> = []
          for (const { gap, requested } of requests) {
            now += gap
            const d = take(now, requested)
            expect(d.granted).toBeLessThanOrEqual(requested)
            expect(d.granted === requested).toBe(d.retryAfterMs === 0)
            if (d.granted) granted.push({ at: now, n: d.granted })
          }
          for (const { at } of granted) {
            const start = windowPosition(at, rule.windowMs).index * rule.windowMs
            const inFixed = granted.filter((g) => g.at >= start && g.at < start + rule.windowMs).reduce((s, g) => s + g.n, 0)
            const inSpan = granted.filter((g) => g.at >= at && g.at < at + rule.windowMs).reduce((s, g) => s + g.n, 0)
            expect(inFixed).toBeLessThanOrEqual(rule.limit)
            expect(inSpan).toBeLessThanOrEqual(2 * rule.limit)
          }
        }
      )
    )
  })

  it("lets a refused client through exactly when Retry-After says, however often it knocked in between", () => {
    fc.assert(
      fc.property(
        fc.record({ limit: fc.integer({ min: 1, max: 20 }), windowMs: fc.integer({ min: 10, max: 5_000 }) }),
        fc.array(fc.integer({ min: 0, max: 3_000 }), { minLength: 1, maxLength: 80 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 10 }),
        (rule, gaps, knocks) => {
          const take = simulate(rule)
          let now = 0
          for (const gap of gaps) {
            now += gap
            const d = take(now)
            if (d.granted) continue
            const at = now + d.retryAfterMs
            // Refused requests in between are not counted. They knock in time order: the
            // simulated store, like Redis, only ever sees the clock move forward.
            for (const knock of [...knocks].sort((a, b) => a - b)) if (now + knock < at) take(now + knock)
            if (d.retryAfterMs > 1) expect(take(at - 1).granted).toBe(0)
            expect(take(at).granted).toBe(1)
            now = at
          }
        }
      )
    )
  })
})

describe("parseRateLimit", () => {
  it("reads count/window with a unit, and off", () => {
    expect(parseRateLimit("10/15m")).toEqual({ limit: 10, windowMs: 15 * MINUTE })
    expect(parseRateLimit(" 30 / s ")).toEqual({ limit: 30, windowMs: 1_000 })
    expect(parseRateLimit("100/1h")).toEqual({ limit: 100, windowMs: 3_600_000 })
    expect(parseRateLimit("5/500ms")).toEqual({ limit: 5, windowMs: 500 })
    expect(parseRateLimit("OFF")).toBeNull()
    expect(parseRateLimit("0")).toBeNull()
  })

  it("refuses what it cannot read instead of guessing", () => {
    for (const bad of ["", "10", "10/", "ten/1m", "10/1y", "-1/1m", "0/1m", "10/0m"]) expect(() => parseRateLimit(bad), bad).toThrow(/10\/15m/)
  })
})

describe("the refusal", () => {
  it("rounds the wait up to whole seconds and says it in Vietnamese and English", () => {
    expect(retryAfterSeconds(1)).toBe(1)
    expect(retryAfterSeconds(0)).toBe(1)
    expect(retryAfterSeconds(20_001)).toBe(21)
    expect(tooManyRequestsMessage(21)).toBe("Quá nhiều yêu cầu, vui lòng thử lại sau 21 giây / Too many requests, try again in 21 s")
  })
})
