import { EventEmitter } from "node:events"
import { beforeEach, describe, expect, it } from "vitest"
import { clearStoreResponses, storeResponseCache } from "../response-cache"

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

/** Runs the middleware; `route` plays Medusa's route when the middleware calls next(). */
async function get(url: string, route: (res: any) => void, headers?: Record<string, string>) {
  const { req, res } = exchange(url, headers)
  let routed = false
  await storeResponseCache(req, res, () => {
    routed = true
    route(res)
  })
  // Waiters settle on a microtask after the computing request answers.
  await new Promise((r) => setTimeout(r, 0))
  return { res, routed }
}

describe("store response cache", () => {
  beforeEach(() => clearStoreResponses())

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
    answer()
    await Promise.all([first, second])
    expect(computed).toBe(1)
    expect(b.res.sent).toBe(a.res.sent)
    expect(b.res.headers["x-store-cache"]).toBe("hit")
  })
})
