import { randomBytes } from "node:crypto"
import http from "node:http"
import type { IncomingMessage, ServerResponse } from "node:http"
import { PAGE_SHELL_HEADER, registerPageShell } from "../lib/cart/cart-count"
import { PageCache, pageBody, pageCacheKey, pageCookieHeader, visitorCartCount, type KeptPage, type RenderedPage } from "./page-cache"
import { PRODUCT_PAGE_PATH, scriptlessPage } from "./scriptless"

/**
 * Serves catalogue pages from the page cache (see ./page-cache): on a miss the page is
 * rendered by Next.js through this server (a request marked with a per-process token, with
 * only the page cookies, for which the header writes the cart-count marker), kept, and
 * sent with the visitor's count in place of the marker. Product pages are kept without
 * Next.js's scripts (./scriptless). Requests it does not answer go to Next.js.
 */
export function createCatalogueEdge(options: { selfUrl: string; keepMs?: number; log?: (message: string) => void }) {
  const log = options.log ?? ((message: string) => console.warn(message))
  const token = randomBytes(16).toString("hex")
  // Letters and digits only: HTML, JSON and JavaScript escaping leave it as it is.
  const marker = `clnCartCount${randomBytes(8).toString("hex")}`
  registerPageShell({ token, marker })
  const cache = new PageCache(options.keepMs, undefined, undefined, marker, log)
  const self = new URL(options.selfUrl)

  function render(req: IncomingMessage): Promise<RenderedPage> {
    const headers: Record<string, string> = { [PAGE_SHELL_HEADER]: token, "accept-encoding": "identity", accept: "text/html" }
    const cookie = pageCookieHeader(req.headers)
    if (cookie) headers.cookie = cookie
    for (const name of ["host", "user-agent", "accept-language", "sec-fetch-dest", "x-forwarded-proto", "x-forwarded-host"]) {
      const value = req.headers[name]
      if (typeof value === "string") headers[name] = value
    }
    return new Promise((resolve, reject) => {
      const request = http.get({ hostname: self.hostname, port: self.port, path: req.url, headers }, (response) => {
        const chunks: Buffer[] = []
        response.on("data", (chunk: Buffer) => chunks.push(chunk))
        response.on("error", reject)
        response.on("end", () => {
          const page = { status: response.statusCode ?? 500, headers: response.headers, body: Buffer.concat(chunks) }
          resolve(page.status === 200 && PRODUCT_PAGE_PATH.test(req.url ?? "") ? withoutScripts(page) : page)
        })
      })
      request.setTimeout(15_000, () => request.destroy(new Error(`${req.url}: no page in 15 s`)))
      request.on("error", reject)
    })
  }

  /** A product page without Next.js's scripts; as rendered when it cannot do without them. */
  function withoutScripts(page: RenderedPage): RenderedPage {
    if (!/^text\/html\b/i.test(String(page.headers["content-type"] ?? ""))) return page
    const html = scriptlessPage(page.body.toString("utf8"))
    if (html === null) {
      log(`page cache: a product page kept with its scripts: it was streamed in parts`)
      return page
    }
    return { ...page, body: Buffer.from(html) }
  }

  /** Answers the request from the cache (true), or leaves it to Next.js (false). */
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.headers[PAGE_SHELL_HEADER] === token) return false
    const key = pageCacheKey(req.method, req.url ?? "/", req.headers)
    if (!key) return false
    const count = visitorCartCount(req.headers)
    if (count === null) return false
    let found: { page: KeptPage | null; hit: boolean }
    try {
      found = await cache.get(key, () => render(req))
    } catch (error) {
      log(`page cache: ${req.url} not rendered (${error instanceof Error ? error.message : String(error)}); Next.js answers it`)
      return false
    }
    if (!found.page) return false
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
    const body = pageBody(found.page, count, gzip)
    if (!body) return false
    const headers: Record<string, string | string[]> = { ...found.page.headers, "x-edge-cache": found.hit ? "hit" : "miss" }
    if (gzip) headers["content-encoding"] = "gzip"
    const vary = String(headers.vary ?? "")
    if (!/\baccept-encoding\b/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding"
    headers["content-length"] = String(body.length)
    res.writeHead(200, headers)
    res.end(body)
    return true
  }

  return { handle, cache }
}
