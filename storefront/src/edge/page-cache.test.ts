import { gunzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { PageCache, pageBody, pageCacheKey, pageCookieHeader, visitorCartCount, type KeptPage, type RenderedPage } from "./page-cache"

const text = (page: KeptPage | null | undefined, count = 0) => (page ? pageBody(page, count, false)?.toString("utf8") : undefined)

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

  it("keys a visitor with a session like any other: the page is the same but for the cart count", () => {
    const anonymous = pageCacheKey("GET", "/vi/products", {})
    for (const cookie of ["cln_cart=cart_1; cln_cart_count=2", "cln_customer=tok", "cln_purchases=x", "a=b; cln_producer_token=t"]) {
      expect(pageCacheKey("GET", "/vi/products", { cookie }), cookie).toBe(anonymous)
    }
  })

  it("gives the count to show: 0 without a cart, the count cookie with one, null (Next.js answers) without a valid count", () => {
    const count = (cookie?: string) => visitorCartCount(cookie ? { cookie } : {})
    expect(count()).toBe(0)
    expect(count("cln_customer=tok; cln_purchases=x; cln_producer_token=t")).toBe(0)
    // A count cookie without its cart is not the header's count either (it shows 0).
    expect(count("cln_cart_count=3")).toBe(0)
    expect(count("cln_cart=cart_01ABCDEFGHJK; cln_cart_count=3")).toBe(3)
    expect(count("cln_cart_count=12; cln_cart=cart_01ABCDEFGHJK")).toBe(12)
    expect(count("cln_cart=cart_01ABCDEFGHJK; cln_cart_count=0")).toBe(0)
    for (const bad of ["", "-1", "01", "1e3", "12345", "3x", "x", "<b>"]) {
      expect(count(`cln_cart=cart_01ABCDEFGHJK; cln_cart_count=${bad}`), bad).toBeNull()
    }
    expect(count("cln_cart=cart_01ABCDEFGHJK")).toBeNull()
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
    expect(results.map((r) => text(r.page))).toEqual(Array(3).fill("<p>Chè Shan tuyết</p>"))
    expect(gunzipSync(pageBody(results[0]!.page!, 0, true)!).toString()).toBe("<p>Chè Shan tuyết</p>")
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
    expect(text((await cache.get("k", async () => html("ok"))).page)).toBe("ok")
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

// ——— The cart count in kept pages ————————————————————————————————————————————————

const MARKER = "clnCartCount0123456789abcdef"
/** As Next.js writes its React payload into the HTML (use-flight-response.js, htmlEscapeJsonString). */
const ESCAPES: Record<string, string> = { "&": "\\u0026", ">": "\\u003e", "<": "\\u003c", "\u2028": "\\u2028", "\u2029": "\\u2029" }
const flightScript = (chunk: string) => `<script>self.__next_f.push(${JSON.stringify([1, chunk]).replace(/[&><\u2028\u2029]/g, (c) => ESCAPES[c]!)})</script>`
const textRow = (id: number, text: string) => `${id.toString(16)}:T${Buffer.byteLength(text).toString(16)},${text}`
const DESCRIPTION = "Chè Shan tuyết \"cổ thụ\" <b>Hồng Thái</b>\n".repeat(40)

/** A page as the page-shell render gives it: the cart link in the HTML and in the React payload. */
function shellPage(flight: string[]): string {
  const link = (m: string) =>
    `<a href="/vi/cart" data-count="${m}"><span aria-hidden="true">Giỏ hàng</span><span class="label"><span>Giỏ hàng, chưa có sản phẩm</span><span>Giỏ hàng, 1 sản phẩm</span><span>Giỏ hàng, ${m} sản phẩm</span></span><span class="count" aria-hidden="true">${m}</span></a>`
  return `<!DOCTYPE html><html lang="vi"><body><header>${link(MARKER)}</header><main><p>${DESCRIPTION.replace(/</g, "&lt;")}</p></main><script>(self.__next_f=self.__next_f||[]).push([0])</script>${flight.map(flightScript).join("")}</body></html>`
}

const headerRow = (m: string) =>
  `5:["$","$L2",null,{"href":"/cart","data-count":"${m}","children":[["$","span",null,{"aria-hidden":"true","children":"Giỏ hàng"}],["$","span",null,{"className":"label","children":[["$","span",null,{"children":"Giỏ hàng, chưa có sản phẩm"}],["$","span",null,{"children":"Giỏ hàng, 1 sản phẩm"}],["$","span",null,{"children":"Giỏ hàng, ${m} sản phẩm"}]]}],["$","span",null,{"className":"count","aria-hidden":"true","children":"${m}"}]]}]\n`
const FLIGHT = ['0:{"P":null,"b":"build"}\n1:"$Sreact.fragment"\n2:I["chunk",[],"Link"]\n', `${textRow(4, DESCRIPTION)}${headerRow(MARKER)}`, '6:["$","p",null,{"children":"$4"}]\n']

/** The React payload of a served page, as the browser puts it together. */
function payloadOf(page: string): string {
  return [...page.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)]
    .map((m) => JSON.parse(m[1]!) as [number, string?])
    .filter(([type]) => type === 1)
    .map(([, chunk]) => chunk)
    .join("")
}

/** The payload's rows as React's client reads them (length-prefixed T rows by their byte length). */
function rowsOf(payload: string): Map<string, string> {
  const bytes = Buffer.from(payload, "utf8")
  const rows = new Map<string, string>()
  let i = 0
  while (i < bytes.length) {
    const colon = bytes.indexOf(0x3a, i)
    const id = bytes.subarray(i, colon).toString()
    if (bytes[colon + 1] === 0x54) {
      const comma = bytes.indexOf(0x2c, colon)
      const length = parseInt(bytes.subarray(colon + 2, comma).toString(), 16)
      rows.set(id, "T" + bytes.subarray(comma + 1, comma + 1 + length).toString("utf8"))
      i = comma + 1 + length
    } else {
      const newline = bytes.indexOf(0x0a, colon)
      rows.set(id, bytes.subarray(colon + 1, newline).toString("utf8"))
      i = newline + 1
    }
  }
  return rows
}

async function keptShell(page: string, log?: (message: string) => void) {
  const cache = new PageCache(10_000, 100, Date.now, MARKER, log)
  return (await cache.get("k", async () => html(page))).page
}

describe("PageCache: each visitor's cart count in the kept page", () => {
  it("puts the count wherever the marker is, in the HTML and the React payload alike, gzip or not", async () => {
    const page = await keptShell(shellPage(FLIGHT))
    expect(page).not.toBeNull()
    expect(page!.markers).toBe(6)
    for (const count of [0, 1, 12]) {
      const plain = pageBody(page!, count, false)!.toString("utf8")
      expect(gunzipSync(pageBody(page!, count, true)!).toString("utf8")).toBe(plain)
      expect(plain).not.toContain(MARKER)
      expect(plain).toBe(shellPage(FLIGHT).split(MARKER).join(String(count)))
      expect(plain).toContain(`data-count="${count}"`)
      expect(plain).toContain(`<span class="count" aria-hidden="true">${count}</span>`)
      // The payload the browser hydrates from says the same, and its text row is intact.
      const rows = rowsOf(payloadOf(plain))
      expect(rows.get("5")).toBe(headerRow(String(count)).slice(2, -1))
      expect(rows.get("4")).toBe("T" + DESCRIPTION)
      expect(rows.get("6")).toBe('["$","p",null,{"children":"$4"}]')
    }
  })

  it("keeps the gzip bodies of the latest few counts, each still the right one", async () => {
    const page = await keptShell(shellPage(FLIGHT))
    for (const count of [1, 2, 3, 4, 5, 6, 2, 1, 7, 3]) {
      const body = pageBody(page!, count, true)!
      expect(gunzipSync(body).toString("utf8"), String(count)).toBe(shellPage(FLIGHT).split(MARKER).join(String(count)))
    }
    expect(page!.gzipByCount.size).toBe(4)
  })

  it("does not depend on the marker's length: a payload of counts of other lengths reads the same", async () => {
    const flight = [FLIGHT[0]!, `${headerRow(MARKER)}${textRow(4, DESCRIPTION + MARKER.length)}`, FLIGHT[2]!]
    const page = await keptShell(shellPage(flight))
    for (const count of [1, 12, 1234]) {
      const rows = rowsOf(payloadOf(pageBody(page!, count, false)!.toString("utf8")))
      expect(rows.get("4")).toBe("T" + DESCRIPTION + MARKER.length)
      expect(rows.get("6")).toBe('["$","p",null,{"children":"$4"}]')
    }
  })

  it("refuses a page whose marker is inside a text (T) row: Next.js answers its visitors", async () => {
    const logged: string[] = []
    const flight = [FLIGHT[0]!, textRow(4, `${DESCRIPTION} ${MARKER} `) + headerRow(MARKER), FLIGHT[2]!]
    expect(await keptShell(shellPage(flight), (m) => logged.push(m))).toBeNull()
    expect(logged.join("\n")).toMatch(/length-prefixed row \(T\)/)
  })

  it("refuses a page where a payload chunk boundary cuts a marker in two", async () => {
    const whole = FLIGHT.join("")
    const at = whole.indexOf(MARKER) + 5
    expect(await keptShell(shellPage([whole.slice(0, at), whole.slice(at)]))).toBeNull()
  })

  it("serves a page rendered without the marker (no page shell) only to visitors with a count of 0", async () => {
    const page = await keptShell(shellPage(FLIGHT).split(MARKER).join("0"))
    expect(page!.markers).toBe(0)
    expect(text(page, 0)).toContain('data-count="0"')
    expect(pageBody(page!, 3, false)).toBeNull()
    expect(pageBody(page!, 3, true)).toBeNull()
  })
})
