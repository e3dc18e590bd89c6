import fc from "fast-check"
import { afterEach, describe, expect, it, vi } from "vitest"
import { Coalescer } from "./cache"

const tick = () => new Promise((r) => setTimeout(r, 0))
const byLength = { sizeOf: (value: string) => value.length }

/** Whether `get` answered from the cache (true) or loaded (false). */
async function wasKept<T>(cache: Coalescer<T>, key: string, value: T, keep?: (value: T) => boolean): Promise<boolean> {
  let loaded = false
  await cache.get(
    key,
    async () => {
      loaded = true
      return value
    },
    keep
  )
  return !loaded
}

describe("Coalescer", () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it("shares one load among concurrent requests for a key, and not across keys", async () => {
    const cache = new Coalescer<string>(0)
    let loads = 0
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const load = (value: string) => async () => {
      loads++
      await gate
      return value
    }
    const a = Promise.all([cache.get("a", load("A")), cache.get("a", load("A2")), cache.get("a", load("A3"))])
    const b = cache.get("b", load("B"))
    await tick()
    expect(loads).toBe(2)
    release()
    expect(await a).toEqual(["A", "A", "A"])
    expect(await b).toBe("B")
    // With no time to keep, the next request loads again: nothing older than one round trip is served.
    expect(await cache.get("a", async () => "fresh")).toBe("fresh")
  })

  it("keeps values for its time only when `keep` says so, and forgets a failed load", async () => {
    const cache = new Coalescer<string | null>(60_000)
    expect(await cache.get("k", async () => "first")).toBe("first")
    expect(await cache.get("k", async () => "second")).toBe("first")
    expect(await cache.get("n", async () => null, (v) => v !== null)).toBeNull()
    expect(await cache.get("n", async () => "now known", (v) => v !== null)).toBe("now known")
    await expect(cache.get("e", async () => Promise.reject(new Error("down")))).rejects.toThrow("down")
    expect(await cache.get("e", async () => "up")).toBe("up")
  })

  it("drops the least recently read entry beyond its count, not the oldest", async () => {
    const cache = new Coalescer<number>(60_000, 2)
    await cache.get("1", async () => 1)
    await cache.get("2", async () => 2)
    expect(await cache.get("1", async () => 10)).toBe(1)
    await cache.get("3", async () => 3)
    expect(await cache.get("1", async () => 10)).toBe(1)
    expect(await cache.get("2", async () => 20)).toBe(20)
  })

  it("drops the least recently read entries while the kept values weigh more than the budget", async () => {
    const cache = new Coalescer<string>(60_000, 100, { maxBytes: 10, ...byLength })
    await cache.get("a", async () => "aaaa")
    await cache.get("b", async () => "bbbb")
    expect(await wasKept(cache, "a", "")).toBe(true)
    // 12 bytes: b, read least recently, goes; a stays.
    await cache.get("c", async () => "cccc")
    expect(await wasKept(cache, "a", "")).toBe(true)
    expect(await wasKept(cache, "b", "bbbb")).toBe(false)
    // One value can push out several: 9 bytes leaves room for nothing else.
    await cache.get("d", async () => "ddddddddd")
    expect(await wasKept(cache, "d", "")).toBe(true)
    expect(await wasKept(cache, "a", "")).toBe(false)
  })

  it("does not keep a value bigger than the whole budget, and keeps the others", async () => {
    const cache = new Coalescer<string>(60_000, 100, { maxBytes: 10, ...byLength })
    await cache.get("a", async () => "aaaa")
    await cache.get("b", async () => "bbbb")
    expect(await cache.get("big", async () => "x".repeat(11))).toBe("x".repeat(11))
    expect(await wasKept(cache, "big", "x".repeat(11))).toBe(false)
    expect(await wasKept(cache, "a", "")).toBe(true)
    expect(await wasKept(cache, "b", "")).toBe(true)
  })

  it("stops counting an expired value, and counts its replacement instead", async () => {
    vi.useFakeTimers({ toFake: ["Date"] })
    const cache = new Coalescer<string>(1_000, 100, { maxBytes: 10, ...byLength })
    await cache.get("a", async () => "aaaaaaaa")
    vi.advanceTimersByTime(1_000)
    // Expired, reloaded smaller and kept: 2 bytes, so 8 more fit beside it.
    await cache.get("a", async () => "aa")
    await cache.get("b", async () => "bbbbbbbb")
    expect(await wasKept(cache, "a", "")).toBe(true)
    expect(await wasKept(cache, "b", "")).toBe(true)
    vi.advanceTimersByTime(1_000)
    // Expired and not kept again: its bytes are free for a 10-byte value beside nothing.
    expect(await wasKept(cache, "a", "", () => false)).toBe(false)
    expect(await wasKept(cache, "b", "", () => false)).toBe(false)
    await cache.get("c", async () => "cccccccccc")
    expect(await wasKept(cache, "c", "")).toBe(true)
  })

  it("answers hits and misses as a least-recently-read list under a count and a byte budget would", async () => {
    type Step = { key: string; size: number; kept: boolean; wait: number }
    vi.useFakeTimers({ toFake: ["Date"] })
    const step = fc.record({ key: fc.constantFrom("a", "b", "c", "d", "e", "f"), size: fc.oneof({ arbitrary: fc.nat({ max: 5 }), weight: 9 }, { arbitrary: fc.constant(13), weight: 1 }), kept: fc.boolean(), wait: fc.constantFrom(0, 0, 600) })
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.array(step, { maxLength: 60 }), async (maxEntries, steps: Step[]) => {
        const ttl = 1_000
        const maxBytes = 12
        const cache = new Coalescer<Step>(ttl, maxEntries, { maxBytes, sizeOf: (value) => value.size })
        // The model: entries from least to most recently read.
        let model: Array<{ key: string; size: number; at: number }> = []
        for (const s of steps) {
          vi.advanceTimersByTime(s.wait)
          const now = Date.now()
          const found = model.find((entry) => entry.key === s.key)
          const fresh = found !== undefined && now - found.at < ttl
          model = model.filter((entry) => entry.key !== s.key)
          if (fresh) model.push(found)
          else if (s.kept && s.size <= maxBytes) {
            model.push({ key: s.key, size: s.size, at: now })
            const weight = () => model.reduce((sum, entry) => sum + entry.size, 0)
            while (model.length > maxEntries || weight() > maxBytes) model.shift()
          }
          expect(await wasKept(cache, s.key, s, (value) => value.kept)).toBe(fresh)
        }
      }),
      { numRuns: 300 }
    )
  })
})
