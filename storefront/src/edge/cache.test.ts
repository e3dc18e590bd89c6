import { describe, expect, it } from "vitest"
import { Coalescer } from "./cache"

const tick = () => new Promise((r) => setTimeout(r, 0))

describe("Coalescer", () => {
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

  it("drops the oldest entry beyond its size", async () => {
    const cache = new Coalescer<number>(60_000, 2)
    await cache.get("1", async () => 1)
    await cache.get("2", async () => 2)
    await cache.get("3", async () => 3)
    expect(await cache.get("1", async () => 10)).toBe(10)
    expect(await cache.get("3", async () => 30)).toBe(3)
  })
})
