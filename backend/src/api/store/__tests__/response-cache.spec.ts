import { EventEmitter } from "node:events"
import { beforeEach, describe, expect, it } from "vitest"
import { clearStoreResponses, keepStoreResponses } from "../response-cache"

/** Just enough of Express's request and response for the middleware. */
function exchange(url: string, headers: Record<string, string> = {}) {
  const req = { method: "GET", originalUrl: url, headers: { "x-publishable-api-key": "pk_1", ...headers } } as any
  const emitter = new EventEmitter()
  const res = Object.assign(emitter, {
    statusCode: 200,
    sent: undefined as string | undefined,
    headers: {} as Record<string, string>,
    setHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value
    },
    status(code: number) {
      this.statusCode = code
      return this
    },
    send(body: string) {
      this.sent = body
      emitter.emit("close")
      return this
    },
    json(payload: unknown) {
      return this.send(JSON.stringify(payload))
    },
  }) as any
  return { req, res }
}

/** The search index's write mark as the middleware reads it; null: no PostgreSQL index. */
let writeMark: string | null = "2026-11-30 01:00:00+00"
const storeResponseCache = keepStoreResponses({ mark: async () => writeMark })
const searchResponseCache = keepStoreResponses({ mark: async () => writeMark, markRequired: true })

/** Runs the middleware; `route` plays Medusa's route when the middleware calls next(). */
async function get(url: string, route: (res: any) => void, headers?: Record<string, string>, middleware = storeResponseCache) {
  const { req, res } = exchange(url, headers)
  let routed = false
  await middleware(req, res, () => {
    routed = true
    route(res)
  })
  // Waiters settle on a microtask after the computing request answers.
  await new Promise((r) => setTimeout(r, 0))
  return { res, routed }
}

describe("store response cache", () => {
  beforeEach(() => {
    clearStoreResponses()
    writeMark = "2026-11-30 01:00:00+00"
  })

  it("computes an answer once and serves it again to the next anonymous request", async () => {
    let computed = 0
    const route = (res: any) => (computed++, res.json({ products: [{ title: "Chè Shan tuyết" }], count: 1 }))
    const first = await get("/store/products?limit=12", route)
    const second = await get("/store/products?limit=12", route)
    expect(computed).toBe(1)
    expect(first.res.headers["x-store-cache"]).toBe("miss")
    expect(second.res.headers["x-store-cache"]).toBe("hit")
    expect(JSON.parse(second.res.sent)).toEqual({ products: [{ title: "Chè Shan tuyết" }], count: 1 })
  })

  it("keys by URL, publishable key and locale", async () => {
    let computed = 0
    const route = (res: any) => (computed++, res.json({ n: computed }))
    await get("/store/products?limit=12", route)
    await get("/store/products?limit=12&offset=12", route)
    await get("/store/products?limit=12", route, { "x-publishable-api-key": "pk_2" })
    await get("/store/products?limit=12", route, { "x-medusa-locale": "en-US" })
    expect(computed).toBe(4)
  })

  it("never serves a customer, a cookie or a request asking for a fresh answer from it", async () => {
    let computed = 0
    const route = (res: any) => (computed++, res.json({ n: computed }))
    await get("/store/products", route)
    const bypassing: Record<string, string>[] = [{ authorization: "Bearer t" }, { cookie: "connect.sid=s" }, { "cache-control": "no-cache" }]
    for (const headers of bypassing) {
      const { routed, res } = await get("/store/products", route, headers)
      expect(routed).toBe(true)
      expect(res.headers["x-store-cache"]).toBeUndefined()
    }
    expect(computed).toBe(4)
  })

  it("does not keep an error", async () => {
    let computed = 0
    const route = (res: any) => (computed++, res.status(400).json({ message: "Unknown craft" }))
    await get("/store/product-search?craft=x", route)
    const again = await get("/store/product-search?craft=x", route)
    expect(computed).toBe(2)
    expect(again.res.statusCode).toBe(400)
  })

  it("forgets everything when the catalogue changes", async () => {
    let computed = 0
    const route = (res: any) => (computed++, res.json({ n: computed }))
    await get("/store/products", route)
    clearStoreResponses()
    const after = await get("/store/products", route)
    expect(computed).toBe(2)
    expect(JSON.parse(after.res.sent)).toEqual({ n: 2 })
  })

  it("lets concurrent misses share one computation", async () => {
    let computed = 0
    let answer!: () => void
    const route = (res: any) => {
      computed++
      answer = () => res.json({ n: computed })
    }
    const a = exchange("/store/products?page=2")
    const b = exchange("/store/products?page=2")
    const first = storeResponseCache(a.req, a.res, () => route(a.res))
    const second = storeResponseCache(b.req, b.res, () => route(b.res))
    // Both have read the write mark and the first is computing.
    await new Promise((r) => setTimeout(r, 0))
    answer()
    await Promise.all([first, second])
    expect(computed).toBe(1)
    expect(b.res.sent).toBe(a.res.sent)
    expect(b.res.headers["x-store-cache"]).toBe("hit")
  })

  it("never serves an answer kept before the search index was written again", async () => {
    let computed = 0
    const route = (res: any) => (computed++, res.json({ n: computed }))
    await get("/store/product-search?q=che", route, undefined, searchResponseCache)
    const same = await get("/store/product-search?q=che", route, undefined, searchResponseCache)
    writeMark = "2026-11-30 01:00:00.000001+00"
    const after = await get("/store/product-search?q=che", route, undefined, searchResponseCache)
    expect(same.res.headers["x-store-cache"]).toBe("hit")
    expect(after.res.headers["x-store-cache"]).toBe("miss")
    expect(JSON.parse(after.res.sent)).toEqual({ n: 2 })
    // The listing is checked against the same mark.
    await get("/store/products", route)
    writeMark = "2026-11-30 01:00:00.000002+00"
    await get("/store/products", route)
    expect(computed).toBe(4)
  })

  it("keeps no search when the index is not in PostgreSQL, but still keeps listings by time", async () => {
    writeMark = null
    let computed = 0
    const route = (res: any) => (computed++, res.json({ n: computed }))
    await get("/store/product-search?q=che", route, undefined, searchResponseCache)
    const again = await get("/store/product-search?q=che", route, undefined, searchResponseCache)
    expect(again.routed).toBe(true)
    expect(again.res.headers["x-store-cache"]).toBeUndefined()
    await get("/store/products", route)
    const listed = await get("/store/products", route)
    expect(listed.res.headers["x-store-cache"]).toBe("hit")
    expect(computed).toBe(3)
  })
})
