import type { IncomingHttpHeaders } from "node:http"
import { gzipSync } from "node:zlib"

/**
 * The catalogue page cache: a visitor without a session gets the same home, product,
 * listing, village, producer and search pages as every other such visitor with the same
 * currency and language, so the edge keeps each such page for a few seconds and serves
 * it to all of them (concurrent misses share one render). Next.js renders these pages per
 * request (they read the currency cookie), at 15–25 ms of CPU each, which caps a 2-core
 * server well below what a sale or a QR campaign brings (docs/benchmarks.md, issue #6).
 *
 * What is kept, and for whom:
 * - GET requests for the catalogue paths below, keyed by path and query, the host, the
 *   `cln_currency` and `NEXT_LOCALE` cookies, Accept-Language and Sec-Fetch-Dest (with
 *   the cookie, what next-intl decides whether to set the locale cookie by) and whether
 *   the visitor is a crawler;
 * - never when the request carries a session (`cln_cart`, `cln_customer`, a guest's
 *   `cln_purchases`, `cln_producer_token`) or is one of Next.js's own requests (RSC payloads, prefetches,
 *   server actions): those go to Next.js every time;
 * - only a 200 text/html answer that sets no cookie but next-intl's `NEXT_LOCALE` (which
 *   depends on nothing but the key, so every visitor with that key would get it too); any
 *   other answer is not kept, and the path goes straight to Next.js for the rest of the
 *   keeping time.
 */

export const PAGE_KEEP_MS = 10_000
/** About 50 KB each: at most about 25 MB. */
const MAX_PAGES = 500

const CATALOGUE_PATH =
  /^\/(?:vi|en)(?:\/(?:products(?:\/[^/]+)?|villages(?:\/[^/]+)?|producers(?:\/[^/]+)?|artisans(?:\/[^/]+)?|marks(?:\/[^/]+)?|search))?\/?$/
export const SESSION_COOKIES = ["cln_cart", "cln_customer", "cln_purchases", "cln_producer_token"] as const
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
 * Next.js (not a catalogue page, not a GET, a session, a Next.js internal request).
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
  for (const name of SESSION_COOKIES) if (cookies.has(name)) return null
  const kept = PAGE_COOKIES.map((name) => `${name}=${cookies.get(name) ?? ""}`).join(";")
  const crawler = CRAWLER.test(String(headers["user-agent"] ?? "")) ? "crawler" : "browser"
  const language = String(headers["accept-language"] ?? "").replace(/\s+/g, "").toLowerCase()
  const dest = String(headers["sec-fetch-dest"] ?? "")
  return `GET ${headers.host ?? ""}${rawUrl}|${kept}|${language}|${dest}|${crawler}`
}

/** The Cookie header of the internal render: the page cookies of the request, nothing else. */
export function pageCookieHeader(headers: IncomingHttpHeaders): string | undefined {
  const cookies = parseCookies(typeof headers.cookie === "string" ? headers.cookie : undefined)
  const kept = PAGE_COOKIES.filter((name) => cookies.has(name)).map((name) => `${name}=${cookies.get(name)}`)
  return kept.length ? kept.join("; ") : undefined
}

export type RenderedPage = { status: number; headers: IncomingHttpHeaders; body: Buffer }
export type KeptPage = { headers: Record<string, string | string[]>; body: Buffer; gzip: Buffer }

/** Cookies an answer may set and still be kept: next-intl's locale cookie (see above). */
const KEEPABLE_COOKIE = /^NEXT_LOCALE=[a-zA-Z-]*;/

/** Whether Next.js's answer may be served to other visitors. */
export function isKeepable(page: RenderedPage): boolean {
  if (page.status !== 200) return false
  const cookies = page.headers["set-cookie"] ?? []
  if (!cookies.every((cookie) => KEEPABLE_COOKIE.test(cookie))) return false
  return /^text\/html\b/i.test(String(page.headers["content-type"] ?? ""))
}

function keep(page: RenderedPage): KeptPage {
  const headers: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(page.headers)) {
    if (value !== undefined && !DROPPED_HEADERS.has(name)) headers[name] = value
  }
  if (page.headers["set-cookie"]?.length) headers["set-cookie"] = page.headers["set-cookie"]
  return { headers, body: page.body, gzip: gzipSync(page.body, { level: 6 }) }
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
    private readonly now: () => number = Date.now
  ) {}

  async get(key: string, render: () => Promise<RenderedPage>): Promise<{ page: KeptPage | null; hit: boolean }> {
    const entry = this.entries.get(key)
    if (entry && this.now() - entry.at < this.keepMs) return { page: entry.page, hit: true }
    if (entry) this.entries.delete(key)
    const inFlight = this.rendering.get(key)
    if (inFlight) return { page: await inFlight, hit: true }
    const promise = render()
      .then((rendered) => (isKeepable(rendered) ? keep(rendered) : null))
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
