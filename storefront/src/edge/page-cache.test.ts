import { gunzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { PageCache, pageCacheKey, pageCookieHeader, type RenderedPage } from "./page-cache"

const html = (body = "<html>trang</html>", headers: Record<string, string | string[]> = {}): RenderedPage => ({
  status: 200,
  headers: { "content-type": "text/html; charset=utf-8", ...headers },
  body: Buffer.from(body),
})

describe("pageCacheKey: what is kept", () => {
  it("keeps anonymous GETs of catalogue pages: home, listing, product, villages, producers, search", () => {
    for (const url of ["/vi", "/en", "/vi/products", "/vi/products?page=2&craft=che", "/vi/products/che-shan-tuyet", "/vi/villages", "/vi/villages/lang-che", "/en/producers/htx-a", "/vi/search?q=ch%C3%A8"]) {
      expect(pageCacheKey("GET", url, { host: "shop" }), url).not.toBeNull()
    }
  })

  it("leaves everything else to Next.js: other paths, other methods", () => {
    for (const url of ["/", "/vi/cart", "/vi/checkout", "/vi/account", "/vi/seller", "/vi/seller/orders", "/vi/trace/ABCDEF123456", "/_next/static/x.js", "/api/x", "/vi/products/a/b"]) {
      expect(pageCacheKey("GET", url, {}), url).toBeNull()
    }
    expect(pageCacheKey("POST", "/vi/products", {})).toBeNull()
    expect(pageCacheKey("HEAD", "/vi/products", {})).toBeNull()
  })

  it("bypasses a visitor with a cart, a customer or a producer session", () => {
    for (const cookie of ["cln_cart=cart_1", "cln_currency=usd; cln_customer=tok", "cln_purchases=x", "a=b; cln_producer_token=t"]) {
      expect(pageCacheKey("GET", "/vi/products", { cookie }), cookie).toBeNull()
    }
  })

  it("bypasses Next.js's own requests: RSC payloads, prefetches, server actions", () => {
    expect(pageCacheKey("GET", "/vi/products", { rsc: "1" })).toBeNull()
    expect(pageCacheKey("GET", "/vi/products", { "next-router-prefetch": "1" })).toBeNull()
    expect(pageCacheKey("GET", "/vi/products", { "next-action": "abc" })).toBeNull()
    expect(pageCacheKey("GET", "/vi/products?_rsc=x1", {})).toBeNull()
  })

  it("keys by path and query, currency and language cookies, not by other cookies", () => {
    const key = (url: string, cookie?: string) => pageCacheKey("GET", url, cookie ? { cookie } : {})
    expect(key("/vi/products")).not.toBe(key("/vi/products?page=2"))
    expect(key("/vi/products")).not.toBe(key("/en/products"))
    expect(key("/vi/products", "cln_currency=usd")).not.toBe(key("/vi/products", "cln_currency=vnd"))
    expect(key("/vi/products", "NEXT_LOCALE=en")).not.toBe(key("/vi/products"))
    expect(key("/vi/products", "_ga=1; cln_currency=usd")).toBe(key("/vi/products", "cln_currency=usd; theme=x"))
  })

  it("keys by what next-intl decides the locale cookie by: Accept-Language and Sec-Fetch-Dest", () => {
    const key = (headers: Record<string, string>) => pageCacheKey("GET", "/vi", headers)
    expect(key({ "accept-language": "vi-VN,vi;q=0.9" })).not.toBe(key({ "accept-language": "en-US,en;q=0.9" }))
    expect(key({ "accept-language": "vi-VN, vi;q=0.9" })).toBe(key({ "accept-language": "vi-VN,vi;q=0.9" }))
    expect(key({ "sec-fetch-dest": "document" })).not.toBe(key({}))
  })

  it("renders with the page cookies only", () => {
    expect(pageCookieHeader({ cookie: "_ga=1; cln_currency=usd; NEXT_LOCALE=en" })).toBe("cln_currency=usd; NEXT_LOCALE=en")
    expect(pageCookieHeader({ cookie: "_ga=1" })).toBeUndefined()
  })
})

describe("PageCache", () => {
  it("renders once for concurrent misses and serves the kept page until it expires", async () => {
    let now = 1_000
    const cache = new PageCache(10_000, 100, () => now)
    let renders = 0
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const render = async () => {
      renders++
      await gate
      return html("<p>Chè Shan tuyết</p>", { "cache-control": "private, no-store", etag: "x" })
    }
    const pending = Promise.all([cache.get("k", render), cache.get("k", render), cache.get("k", render)])
    release()
    const results = await pending
    expect(renders).toBe(1)
    expect(results.map((r) => r.page?.body.toString())).toEqual(Array(3).fill("<p>Chè Shan tuyết</p>"))
    expect(gunzipSync(results[0]!.page!.gzip).toString()).toBe("<p>Chè Shan tuyết</p>")
    expect(results[0]!.page!.headers).toEqual({ "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" })

    now += 9_999
    expect((await cache.get("k", render)).hit).toBe(true)
    expect(renders).toBe(1)
    now += 1
    const after = await cache.get("k", render)
    expect(after.hit).toBe(false)
    expect(renders).toBe(2)
  })

  it("keeps next-intl's locale cookie with the page (it depends only on the key)", async () => {
    const cache = new PageCache(10_000, 100)
    const { page } = await cache.get("k", async () => html("x", { "set-cookie": ["NEXT_LOCALE=vi; Path=/; SameSite=lax"] }))
    expect(page?.headers["set-cookie"]).toEqual(["NEXT_LOCALE=vi; Path=/; SameSite=lax"])
  })

  it("does not keep an answer that sets another cookie, is not a 200 or is not HTML", async () => {
    let now = 0
    const cache = new PageCache(10_000, 100, () => now)
    const answers: RenderedPage[] = [
      html("x", { "set-cookie": ["NEXT_LOCALE=vi; Path=/", "cln_cart=cart_1; Path=/; HttpOnly"] }),
      { ...html("gone"), status: 404 },
      { ...html("{}"), headers: { "content-type": "application/json" } },
      { ...html("moved"), status: 307 },
    ]
    for (const [i, answer] of answers.entries()) {
      let renders = 0
      const render = async () => (renders++, answer)
      expect((await cache.get(`k${i}`, render)).page, String(i)).toBeNull()
      // Until the entry expires the page goes straight to Next.js (no second render here).
      expect((await cache.get(`k${i}`, render)).page).toBeNull()
      expect(renders).toBe(1)
    }
    now += 10_000
    let renders = 0
    await cache.get("k0", async () => (renders++, html()))
    expect(renders).toBe(1)
  })

  it("shares a failed render's error with the requests that waited for it, and tries again next time", async () => {
    const cache = new PageCache(10_000, 100)
    const failing = async () => {
      throw new Error("backend down")
    }
    await expect(Promise.all([cache.get("k", failing), cache.get("k", failing)])).rejects.toThrow("backend down")
    expect((await cache.get("k", async () => html("ok"))).page?.body.toString()).toBe("ok")
  })

  it("holds at most maxPages, dropping the oldest", async () => {
    const cache = new PageCache(10_000, 2)
    for (const k of ["a", "b", "c"]) await cache.get(k, async () => html(k))
    expect(cache.size).toBe(2)
    let renders = 0
    await cache.get("a", async () => (renders++, html("a")))
    expect(renders).toBe(1)
  })
})
