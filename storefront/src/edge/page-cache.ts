import type { IncomingHttpHeaders } from "node:http"
import { gzipSync } from "node:zlib"
import { CART_COUNT_COOKIE, parseCartCount } from "../lib/cart/cart-count"
import { cutAtMarker } from "./page-splice"
import { SplicedBody } from "./spliced-body"

/**
 * The catalogue page cache: the home, product, listing, village, producer and search
 * pages are the same for every visitor with the same currency and language, but for the
 * header's cart count, so the edge keeps each such page for a few seconds and serves it
 * to all of them (concurrent misses share one render), with each visitor's count put in.
 * Next.js renders these pages per request (they read the currency cookie), at 15–25 ms of
 * CPU each, which caps a 2-core server well below what a sale or a QR campaign brings
 * (docs/benchmarks.md, issue #6).
 *
 * What is kept, and for whom:
 * - GET requests for the catalogue paths below, keyed by path and query, the host, the
 *   `cln_currency` and `NEXT_LOCALE` cookies, Accept-Language and Sec-Fetch-Dest (with
 *   the cookie, what next-intl decides whether to set the locale cookie by) and whether
 *   the visitor is a crawler; never one of Next.js's own requests (RSC payloads,
 *   prefetches, server actions): those go to Next.js every time;
 * - the page is rendered without the visitor's other cookies, and with the page-shell
 *   header, for which the cart link renders a marker where its count goes
 *   (src/modules/cart/components/header-cart-link.tsx); the edge replaces every marker, in
 *   the HTML and in the React payload inlined in it, with the visitor's count (./page-splice);
 * - the count: 0 without a `cln_cart` cookie; with one, the `cln_cart_count` cookie
 *   written beside it, and without a valid count cookie the request goes to Next.js (which
 *   asks the backend). Nothing else on these pages depends on a session: a signed-in
 *   buyer (`cln_customer`), a guest's purchases (`cln_purchases`, read only by order
 *   pages) and a producer's sign-in (`cln_producer_token`, read only by the seller pages
 *   and actions) get the same page as anyone, so they are served from it too;
 * - only a 200 text/html answer that sets no cookie but next-intl's `NEXT_LOCALE` (which
 *   depends on nothing but the key, so every visitor with that key would get it too), and
 *   whose markers can all be replaced (none inside a length-prefixed row of the React
 *   payload); any other answer is not kept, and the path goes straight to Next.js for the
 *   rest of the keeping time. A kept page without a marker (rendered without the page
 *   shell) is served only to visitors whose count is 0.
 */

export const PAGE_KEEP_MS = 10_000
/** About 150 KB each (the page as cut, the page with a count of 0, gzip bodies): at most about 75 MB. */
const MAX_PAGES = 500

const CATALOGUE_PATH =
  /^\/(?:vi|en)(?:\/(?:products(?:\/[^/]+)?|villages(?:\/[^/]+)?|producers(?:\/[^/]+)?|artisans(?:\/[^/]+)?|marks(?:\/[^/]+)?|search))?\/?$/
/** The cart cookie: with it, the count cookie decides whether the page cache may answer. */
export const CART_COOKIE = "cln_cart"
/** The cookies a catalogue page reads; the internal render gets these and no others. */
export const PAGE_COOKIES = ["cln_currency", "NEXT_LOCALE"] as const
const NEXT_INTERNAL_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action", "next-router-segment-prefetch"]
const CRAWLER = /bot|crawl|spider|slurp|lighthouse|facebookexternalhit|preview/i
/** Response headers of a kept page that must not be repeated to other visitors or are recomputed. */
const DROPPED_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie", "etag"])

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>()
  if (!header) return out
  for (const part of header.split(";")) {
    const eq = part.indexOf("=")
    if (eq <= 0) continue
    const name = part.slice(0, eq).trim()
    if (!out.has(name)) out.set(name, part.slice(eq + 1).trim())
  }
  return out
}

/**
 * The cache key of a request the page cache may answer, or null when it must go to
 * Next.js (not a catalogue page, not a GET, a Next.js internal request). Whether it may
 * answer this visitor is `visitorCartCount`'s to say.
 */
export function pageCacheKey(method: string | undefined, rawUrl: string, headers: IncomingHttpHeaders): string | null {
  if (method !== "GET") return null
  const queryAt = rawUrl.indexOf("?")
  const pathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt)
  if (!CATALOGUE_PATH.test(pathname)) return null
  const query = queryAt === -1 ? "" : rawUrl.slice(queryAt + 1)
  if (/(?:^|&)_rsc=/.test(query)) return null
  for (const name of NEXT_INTERNAL_HEADERS) if (headers[name] !== undefined) return null
  const cookies = parseCookies(typeof headers.cookie === "string" ? headers.cookie : undefined)
  const kept = PAGE_COOKIES.map((name) => `${name}=${cookies.get(name) ?? ""}`).join(";")
  const crawler = CRAWLER.test(String(headers["user-agent"] ?? "")) ? "crawler" : "browser"
  const language = String(headers["accept-language"] ?? "").replace(/\s+/g, "").toLowerCase()
  const dest = String(headers["sec-fetch-dest"] ?? "")
  return `GET ${headers.host ?? ""}${rawUrl}|${kept}|${language}|${dest}|${crawler}`
}

/**
 * The count to show in the visitor's header: 0 without a cart cookie, the count cookie's
 * with one, or null (Next.js answers) for a cart cookie without a valid count.
 */
export function visitorCartCount(headers: IncomingHttpHeaders): number | null {
  const cookies = parseCookies(typeof headers.cookie === "string" ? headers.cookie : undefined)
  if (!cookies.has(CART_COOKIE)) return 0
  return parseCartCount(cookies.get(CART_COUNT_COOKIE))
}

/** The Cookie header of the internal render: the page cookies of the request, nothing else. */
export function pageCookieHeader(headers: IncomingHttpHeaders): string | undefined {
  const cookies = parseCookies(typeof headers.cookie === "string" ? headers.cookie : undefined)
  const kept = PAGE_COOKIES.filter((name) => cookies.has(name)).map((name) => `${name}=${cookies.get(name)}`)
  return kept.length ? kept.join("; ") : undefined
}

export type RenderedPage = { status: number; headers: IncomingHttpHeaders; body: Buffer }
/**
 * A kept page: its headers and its body cut at the markers (`markers` of them), with the
 * body for a count of 0 (every visitor without a cart) made once.
 */
export type KeptPage = {
  headers: Record<string, string | string[]>
  markers: number
  spliced: SplicedBody
  zero: { body: Buffer; gzip: Buffer }
  /** The gzip bodies of the counts asked for most recently (most carts hold a few pieces). */
  gzipByCount: Map<number, Buffer>
}

/** Gzip bodies kept per page besides the count of 0: at most about 4 × 15 KB. */
const GZIP_COUNTS_KEPT = 4

/** Cookies an answer may set and still be kept: next-intl's locale cookie (see above). */
const KEEPABLE_COOKIE = /^NEXT_LOCALE=[a-zA-Z-]*;/

/** Whether Next.js's answer may be served to other visitors (before its markers are looked at). */
export function isKeepable(page: RenderedPage): boolean {
  if (page.status !== 200) return false
  const cookies = page.headers["set-cookie"] ?? []
  if (!cookies.every((cookie) => KEEPABLE_COOKIE.test(cookie))) return false
  return /^text\/html\b/i.test(String(page.headers["content-type"] ?? ""))
}

/** The page to keep, or why it is not kept. */
export function keep(page: RenderedPage, marker: string | null): KeptPage | { refused: string } {
  if (!isKeepable(page)) return { refused: `a ${page.status} ${String(page.headers["content-type"] ?? "")} answer or one that sets a cookie` }
  const headers: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(page.headers)) {
    if (value !== undefined && !DROPPED_HEADERS.has(name)) headers[name] = value
  }
  if (page.headers["set-cookie"]?.length) headers["set-cookie"] = page.headers["set-cookie"]
  const html = page.body.toString("utf8")
  const cut = marker ? cutAtMarker(html, marker) : { pieces: [html] }
  if ("refused" in cut) return cut
  const spliced = new SplicedBody(cut.pieces)
  const zero = spliced.bytes(cut.pieces.slice(1).map(() => "0"))
  return { headers, markers: cut.pieces.length - 1, spliced, zero: { body: zero, gzip: gzipSync(zero, { level: 6 }) }, gzipByCount: new Map() }
}

/**
 * The kept page's body for a visitor whose cart holds `count` pieces, gzip or not; null
 * when the page cannot show a count (kept without markers) and the count is not 0.
 */
export function pageBody(page: KeptPage, count: number, gzip: boolean): Buffer | null {
  if (count === 0) return gzip ? page.zero.gzip : page.zero.body
  if (page.markers === 0) return null
  const parts: string[] = new Array(page.markers).fill(String(count))
  if (!gzip) return page.spliced.bytes(parts)
  const kept = page.gzipByCount.get(count)
  if (kept) return kept
  const body = page.spliced.gzip(parts) ?? gzipSync(page.spliced.bytes(parts), { level: 6 })
  if (page.gzipByCount.size >= GZIP_COUNTS_KEPT) page.gzipByCount.delete(page.gzipByCount.keys().next().value!)
  page.gzipByCount.set(count, body)
  return body
}

type Entry = { at: number; page: KeptPage | null }

/**
 * Kept pages by key. `get` answers a fresh kept page, renders a missing or stale one
 * (concurrent callers share the render) or answers null when the page is not to be kept
 * (the caller then lets Next.js answer its request itself).
 */
export class PageCache {
  private entries = new Map<string, Entry>()
  private rendering = new Map<string, Promise<KeptPage | null>>()

  constructor(
    private readonly keepMs = PAGE_KEEP_MS,
    private readonly maxPages = MAX_PAGES,
    private readonly now: () => number = Date.now,
    /** The cart-count marker the page-shell render writes (null: pages are kept as rendered). */
    private readonly marker: string | null = null,
    private readonly log: (message: string) => void = () => {}
  ) {}

  async get(key: string, render: () => Promise<RenderedPage>): Promise<{ page: KeptPage | null; hit: boolean }> {
    const entry = this.entries.get(key)
    if (entry && this.now() - entry.at < this.keepMs) return { page: entry.page, hit: true }
    if (entry) this.entries.delete(key)
    const inFlight = this.rendering.get(key)
    if (inFlight) return { page: await inFlight, hit: true }
    const promise = render()
      .then((rendered) => {
        const kept = keep(rendered, this.marker)
        if (!("refused" in kept)) return kept
        if (rendered.status === 200) this.log(`page cache: ${key} not kept: ${kept.refused}`)
        return null
      })
      .finally(() => this.rendering.delete(key))
    this.rendering.set(key, promise)
    const page = await promise
    // Oldest first out: Map keeps insertion order. A page not to keep is remembered as
    // such, so its path goes straight to Next.js until the entry expires.
    if (this.entries.size >= this.maxPages) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, { at: this.now(), page })
    return { page, hit: false }
  }

  get size(): number {
    return this.entries.size
  }
}
