import { randomBytes } from "node:crypto"
import http from "node:http"
import type { IncomingMessage, ServerResponse } from "node:http"
import { gzipSync } from "node:zlib"
import { isTraceCode, resolverDescription, scanVerdict } from "@cln/domain"
import { LOCALES, type AppLocale } from "../i18n/locales"
import { createTraceBackend } from "../lib/trace/backend"
import { CORS_HEADERS, forwardedHeaders, publicOrigin } from "../lib/trace/headers"
import { chainHtml, splitLiveSlots, verdictHtml, withoutScripts, type LiveSlot } from "../lib/trace/live-html"
import { createResolver, type ResolveTrace } from "../lib/trace/resolver-route"
import { fetchLives, fetchResolution, type LiveRead, type TraceIdentifier } from "../lib/trace/source"
import type { TraceLive, TraceResolution } from "../lib/trace/types"
import { Coalescer } from "./cache"
import { ReadBatcher, type BatchOptions } from "./live-reads"
import { ScanBatcher } from "./scan-batcher"
import { SplicedBody } from "./spliced-body"

/**
 * The trace edge: label scans answered in front of Next.js, in the storefront's own
 * process. A scan is a resolver redirect (/01/…, /t/…) and then the trace page; both must
 * hold hundreds of requests a second on a small server, which Next.js's request pipeline
 * alone cannot (docs/benchmarks.md, issue #4). So:
 * - resolutions are kept for 30 s (what a label identifies never changes once issued;
 *   walk-ups and unknown labels are not kept) and scans go to the backend in batches;
 * - the trace page's HTML, rendered by Next.js, is kept per code, language and page stamp
 *   (the backend's digest of everything the page shows besides its live parts: product,
 *   producer, certificates, lot, events), without its scripts (see withoutScripts), for
 *   up to 10 minutes; its live parts (verdict, scan figures, chain check) are read from the
 *   backend for every request and written into it; the reads of requests that arrive
 *   while earlier ones are under way go in one batch (see ./live-reads). An edit or a new
 *   event changes the stamp, so the page is rendered anew at the next scan. Keeping pages
 *   30 s, as before the stamp, left a rotation over thousands of labels rendering some 70
 *   pages a second through Next.js (issue #8).
 * Everything else goes to Next.js.
 */

export type TraceEdgeOptions = {
  backendUrl: string
  /** TRACE_EDGE_KEY, shared with the backend; without it every scan is its own backend call. */
  edgeKey: string | null
  /** This server's own address, where Next.js renders the pages the edge keeps. */
  selfUrl: string
  log?: (message: string) => void
  /** How the live parts' reads are batched (see ReadBatcher). */
  liveBatch?: BatchOptions
}

const KEEP_MS = 30_000
/** A stamped page is right while its stamp is; the bound only lets memory go to pages scanned lately. */
const PAGE_KEEP_MS = 10 * 60_000
const RESOLVER_PATH = /^\/(01|t)(\/|$)/
const TRACE_PAGE_PATH = /^\/(vi|en)\/trace\/([^/?#]+)$/
/** Query parameters the trace page itself reads (walk-up notices); others do not change it. */
const PAGE_PARAMS = ["unknown_lot", "unknown_serial", "trace_missing"]
/** Response headers of a kept page that must not be repeated to other visitors or are recomputed. */
const DROPPED_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "set-cookie", "etag"])

/**
 * A page as Next.js rendered it: `body` is its fixed text around the live parts (a 200 with
 * both markers), else `html` is sent as it is. A page with a body drops its HTML, which as a
 * JavaScript string (two bytes a character for Vietnamese) outweighs the compressed body many times.
 */
type KeptPage = { status: number; headers: Record<string, string | string[]>; stamp: string | null } & (
  | { html: string; body: null }
  | { body: { slots: LiveSlot[]; spliced: SplicedBody } }
)
/** The stamp a page was rendered from (the trace template's `data-page-stamp`). */
const PAGE_STAMP = /\bdata-page-stamp="([^"]+)"/
/** A kept page's status, headers, key and objects, roughly: what its body or HTML does not count. */
const PAGE_OVERHEAD = 1024
const keptPageSize = (page: KeptPage) => PAGE_OVERHEAD + (page.body ? page.body.spliced.size : Buffer.byteLength(page.html))
const LIVE_SLOTS: readonly LiveSlot[] = ["verdict", "chain"]

export function createTraceEdge(options: TraceEdgeOptions) {
  const log = options.log ?? ((message: string) => console.warn(message))
  const backend = createTraceBackend(options.backendUrl)
  const batcher = options.edgeKey ? new ScanBatcher(backend, options.edgeKey, log) : null
  const resolutions = new Coalescer<TraceResolution | null>(KEEP_MS, 20_000)
  const lives = new ReadBatcher<LiveRead, TraceLive | null>((reads) => fetchLives(backend, reads), (read) => `${read.code}:${read.locale}`, options.liveBatch)
  // Least recently read pages go first beyond 64 MB or 20,000 pages. A page is held
  // compressed (a 40 KB page in about 8 KB, see keptPageSize), so some 8,000 codes scanned
  // in rotation stay kept rather than each scan rendering its page anew.
  const pages = new Coalescer<KeptPage>(PAGE_KEEP_MS, 20_000, { maxBytes: 64 * 1024 * 1024, sizeOf: keptPageSize })
  // Marks the edge's own requests for pages, which go straight to Next.js.
  const shellToken = randomBytes(16).toString("hex")
  const self = new URL(options.selfUrl)

  const resolve: ResolveTrace = async (identifier, { record, headers }) => {
    // Without a key the backend records each scan as it resolves it.
    if (!batcher) return fetchResolution(backend, identifier, { record, headers })
    const resolution = await resolutions.get(identifierKey(identifier), () => fetchResolution(backend, identifier, { record: false, headers: {} }), (value) =>
      Boolean(value && !value.unknown_lot && !value.unknown_serial)
    )
    if (resolution && record) batcher.add(resolution.code, { identifier, at: new Date().toISOString(), headers })
    return resolution
  }
  const resolver = createResolver(resolve)

  /** The code's live parts with the scans this edge has not sent yet. */
  async function liveOf(code: string, locale: AppLocale): Promise<TraceLive | null> {
    const live = await lives.get({ code, locale })
    const pending = live && batcher?.pendingFor(code)
    if (!live || !pending) return live
    const scans = { ...live.scans, count: live.scans.count + pending.count, first_at: live.scans.first_at ?? pending.first_at }
    return { ...live, scans, verdict: scanVerdict({ known: true, chainValid: live.chain.valid, codeKind: live.kind, scans }) }
  }

  function renderPage(path: string): Promise<KeptPage> {
    return new Promise((resolvePage, reject) => {
      const request = http.get(
        { hostname: self.hostname, port: self.port, path, headers: { "x-trace-shell": shellToken, accept: "text/html" } },
        (response) => {
          const chunks: Buffer[] = []
          response.on("data", (chunk: Buffer) => chunks.push(chunk))
          response.on("error", reject)
          response.on("end", () => {
            const headers: Record<string, string | string[]> = {}
            for (const [name, value] of Object.entries(response.headers)) {
              if (value !== undefined && !DROPPED_HEADERS.has(name)) headers[name] = value
            }
            const status = response.statusCode ?? 500
            const rendered = Buffer.concat(chunks).toString("utf8")
            const html = status === 200 ? withoutScripts(rendered) : rendered
            const cut = status === 200 ? splitLiveSlots(html, LIVE_SLOTS) : null
            const stamp = PAGE_STAMP.exec(html)?.[1] ?? null
            resolvePage(cut ? { status, headers, stamp, body: { slots: cut.slots, spliced: new SplicedBody(cut.pieces) } } : { status, headers, stamp, html, body: null })
          })
        }
      )
      request.setTimeout(15_000, () => request.destroy(new Error(`${path}: no page in 15 s`)))
      request.on("error", reject)
    })
  }

  async function servePage(req: IncomingMessage, res: ServerResponse, locale: AppLocale, code: string, query: URLSearchParams): Promise<boolean> {
    const live = await liveOf(code, locale)
    // Unknown or malformed codes: Next.js's page sends them to the resolver's 404/400.
    if (!live) return false
    const pageQuery = new URLSearchParams()
    for (const name of PAGE_PARAMS) for (const value of query.getAll(name)) pageQuery.append(name, value)
    const path = `/${locale}/trace/${code}${pageQuery.size ? `?${pageQuery}` : ""}`
    const chainState = live.chain.valid ? `${live.chain.length}:${live.chain.head}` : `broken:${live.chain.broken_at}:${live.chain.reason}`
    // A backend without stamps: what it shows may change unseen, so a page is good for 30 s.
    const stamp = live.page_stamp ?? `t${Math.floor(Date.now() / KEEP_MS)}`
    // Kept only when rendered from what the stamp says: a page another server rendered from
    // an older product part is sent, not kept, and the next scan renders it again.
    const page = await pages.get(`${path}#${chainState}#${stamp}`, () => renderPage(path), (kept) => kept.status === 200 && (!live.page_stamp || kept.stamp === live.page_stamp))
    if (!page.body) {
      send(req, res, page.status, page.headers, page.html)
      return true
    }
    const fresh: Record<LiveSlot, string> = {
      verdict: verdictHtml(live.verdict, live.scans.places, live.chain.valid, locale),
      chain: chainHtml(live.chain, locale),
    }
    const parts = page.body.slots.map((slot) => fresh[slot])
    const gzip = acceptsGzip(req) ? page.body.spliced.gzip(parts) : null
    sendBytes(req, res, page.status, page.headers, gzip ?? page.body.spliced.bytes(parts), gzip !== null)
    return true
  }

  /** Answers the request if it is a scan's (true), else leaves it to Next.js (false). */
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const rawUrl = req.url ?? "/"
    const queryAt = rawUrl.indexOf("?")
    const pathname = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt)
    const method = req.method ?? "GET"

    if (pathname === "/.well-known/gs1resolver") {
      if (method === "OPTIONS") return sendEmpty(res, 204, CORS_HEADERS), true
      if (method !== "GET" && method !== "HEAD") return sendEmpty(res, 405, { ...CORS_HEADERS, allow: "GET, HEAD, OPTIONS" }), true
      const body = JSON.stringify(resolverDescription(publicOrigin(process.env.STOREFRONT_URL, requestUrl(req))))
      send(req, res, 200, { ...CORS_HEADERS, "content-type": "application/json", "cache-control": "public, max-age=3600" }, body)
      return true
    }

    if (RESOLVER_PATH.test(pathname)) {
      if (method !== "GET" && method !== "HEAD" && method !== "OPTIONS") {
        sendEmpty(res, 405, { ...CORS_HEADERS, allow: "GET, HEAD, OPTIONS" })
        return true
      }
      const request = webRequest(req)
      const response = method === "OPTIONS" ? resolver.options(request) : method === "HEAD" ? await resolver.head(request) : await resolver.get(request)
      const headers: Record<string, string> = {}
      response.headers.forEach((value, name) => (headers[name] = value))
      send(req, res, response.status, headers, method === "HEAD" ? null : await response.text())
      return true
    }

    const page = TRACE_PAGE_PATH.exec(pathname)
    if (page && (method === "GET" || method === "HEAD") && !isNextInternal(req, rawUrl) && req.headers["x-trace-shell"] !== shellToken) {
      const [, locale, code] = page
      // Malformed codes go to Next.js's page (its 400); a batched read must hold only good ones.
      if (!LOCALES.includes(locale as AppLocale) || !isTraceCode(code!)) return false
      return servePage(req, res, locale as AppLocale, code!, new URLSearchParams(queryAt === -1 ? "" : rawUrl.slice(queryAt + 1)))
    }
    return false
  }

  return {
    handle,
    /** Sends the scans still buffered (on shutdown). */
    flush: () => batcher?.flush() ?? Promise.resolve(),
  }
}

function identifierKey(identifier: TraceIdentifier): string {
  return "code" in identifier ? `t:${identifier.code}` : `01:${identifier.gtin}/${identifier.lot ?? ""}/${identifier.serial ?? ""}`
}

/** Next.js's own requests for a page's React payload (client navigation, prefetch) are Next's. */
function isNextInternal(req: IncomingMessage, rawUrl: string): boolean {
  return req.headers["rsc"] !== undefined || req.headers["next-router-prefetch"] !== undefined || rawUrl.includes("_rsc=")
}

function requestUrl(req: IncomingMessage): string {
  const host = req.headers.host ?? "localhost"
  try {
    return new URL(req.url ?? "/", `http://${host}`).toString()
  } catch {
    return `http://localhost${req.url?.startsWith("/") ? req.url : "/"}`
  }
}

function webRequest(req: IncomingMessage): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(":")) continue
    try {
      headers.set(name, Array.isArray(value) ? value.join(", ") : value)
    } catch {
      // A header value the Fetch API refuses is not one the resolver reads.
    }
  }
  return new Request(requestUrl(req), { method: req.method === "HEAD" ? "HEAD" : "GET", headers })
}

function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string>) {
  res.writeHead(status, headers)
  res.end()
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
}

/** Writes an answer, gzipped when the client takes it and the body is worth it. */
function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string | string[]>, body: string | null) {
  if (body === null || req.method === "HEAD") {
    res.writeHead(status, headers)
    res.end()
    return
  }
  const payload = Buffer.from(body, "utf8")
  const gzip = payload.length > 1024 && acceptsGzip(req)
  sendBytes(req, res, status, headers, gzip ? gzipSync(payload, { level: 6 }) : payload, gzip)
}

function sendBytes(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string | string[]>, payload: Buffer, gzipped: boolean) {
  const out: Record<string, string | string[]> = { ...headers }
  if (gzipped) {
    out["content-encoding"] = "gzip"
    out.vary = out.vary ? `${out.vary}, Accept-Encoding` : "Accept-Encoding"
  }
  out["content-length"] = String(payload.length)
  res.writeHead(status, out)
  res.end(req.method === "HEAD" ? undefined : payload)
}

export type TraceEdge = ReturnType<typeof createTraceEdge>

// For the edge's unit tests: which paths it answers.
export const EDGE_PATHS = { RESOLVER_PATH, TRACE_PAGE_PATH }
