import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readSearchWriteMark } from "../../modules/search-postgres-vi/generation"

/**
 * Store catalogue answers (GET /store/products, /store/products/:id, /store/product-search
 * and /store/product-cards) kept for a few seconds per URL, publishable key and locale, for requests without a customer: the
 * listing asks Medusa for prices, stock, producer, village and certificate links, about
 * 20 queries a page, and every visitor of a page asks the same (docs/benchmarks.md,
 * issue #6). Concurrent misses for one key share one answer.
 *
 * Freshness: these answers are read from the database, which is already written when a
 * product, variant, stock, category or certificate event fires; that event clears everything
 * kept in this process (see subscribers/store-response-cache.ts); anything else (a price
 * list, an event handled by another process) is seen after KEEP_MS at most. The
 * storefront itself keeps these answers for 60 s (storefront/src/lib/data/cache.ts).
 * A request with an Authorization header or a cookie (a customer, whose prices may
 * differ) is never served from here, nor one that asks for a fresh answer
 * (`Cache-Control: no-cache`). STORE_RESPONSE_CACHE=off turns it off.
 *
 * Every kept answer also carries the product search index's write mark at the time it
 * was computed (modules/search-postgres-vi/generation.ts), and is served only while the
 * mark is unchanged. Every change a catalogue answer shows (product, price, stock,
 * certificate, producer, village) is written to that index after the database, in
 * whichever process handled the event; so an answer is never served after the index
 * has taken a change, and search answers (which read the index) are never staler than
 * the index itself (give or take MARK_READ_MS). Where the index is not in PostgreSQL
 * (Meilisearch), answers are kept by time and events alone, and searches are not kept at
 * all (`markRequired`). Searches read nothing but the index and the names of crafts,
 * villages and marks for facet labels, so they are kept longer (`keepMs`, 60 s):
 * recomputing 50 different searches every 10 s took most of the two cores
 * (docs/benchmarks.md, issue #6). A renamed craft or village is seen at once in the
 * process that handled the event and within that time in the others.
 */

const KEEP_MS = 10_000
const MAX_ENTRIES = 2_000

type Kept = { at: number; body: string; mark: string }
const kept = new Map<string, Kept>()
const loading = new Map<string, Promise<string | null>>()
let generation = 0

/** Forgets every kept answer (a change to what the catalogue shows). */
export function clearStoreResponses() {
  kept.clear()
  generation++
}

function send(res: MedusaResponse, body: string, state: "hit" | "miss") {
  res.setHeader("content-type", "application/json; charset=utf-8")
  res.setHeader("x-store-cache", state)
  res.status(200).send(body)
}

/** The search index's write mark, or null when the index is not in PostgreSQL. */
export type WriteMark = (req: MedusaRequest) => Promise<string | null>

/**
 * Read at most every MARK_READ_MS and shared by the requests in between, so that a kept
 * answer does not wait for a database round trip of its own (at 20 connections this made
 * no measurable difference on the benchmark machine, docs/benchmarks.md, but it bounds the
 * reads to five a second per process whatever the traffic). So an answer may be served up
 * to MARK_READ_MS after the index took a change.
 */
const MARK_READ_MS = 200
let lastMark: { at: number; mark: Promise<string | null> } | null = null

export const searchIndexWriteMark: WriteMark = async (req) => {
  if (process.env.MEILISEARCH_HOST) return null
  if (!lastMark || Date.now() - lastMark.at >= MARK_READ_MS) {
    const mark = readSearchWriteMark(req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION))
    lastMark = { at: Date.now(), mark }
    mark.catch(() => (lastMark = null))
  }
  return lastMark.mark
}

/**
 * The middleware. `markRequired`: an answer read from the search index is kept only with
 * a write mark to check it against.
 */
export function keepStoreResponses(options: { mark?: WriteMark; markRequired?: boolean; keepMs?: number } = {}) {
  const readMark = options.mark ?? searchIndexWriteMark
  const keepMs = options.keepMs ?? KEEP_MS
  return async function storeResponseCache(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    if (
      process.env.STORE_RESPONSE_CACHE === "off" ||
      req.method !== "GET" ||
      req.headers.authorization ||
      req.headers.cookie ||
      /no-cache|no-store/.test(String(req.headers["cache-control"] ?? ""))
    ) {
      return next()
    }
    // Read before the answer is computed: a write after this point makes the kept answer
    // unservable even if the answer already saw the write (wasted, never stale).
    const mark = await readMark(req)
    if (mark === null && options.markRequired) return next()
    const key = [req.originalUrl, req.headers["x-publishable-api-key"] ?? "", req.headers["x-medusa-locale"] ?? ""].join("|")
    const hit = kept.get(key)
    if (hit && Date.now() - hit.at < keepMs && hit.mark === (mark ?? "")) return send(res, hit.body, "hit")
    if (hit) kept.delete(key)

    const flightKey = `${key}|${mark ?? ""}`
    const inFlight = loading.get(flightKey)
    if (inFlight) {
      const body = await inFlight
      return body === null ? next() : send(res, body, "hit")
    }

    let settle!: (body: string | null) => void
    const promise = new Promise<string | null>((resolve) => (settle = resolve))
    loading.set(flightKey, promise)
    const started = generation
    const done = (body: string | null) => {
      if (loading.get(flightKey) !== promise) return
      loading.delete(flightKey)
      if (body !== null && started === generation) {
        if (kept.size >= MAX_ENTRIES) kept.delete(kept.keys().next().value!)
        kept.set(key, { at: Date.now(), body, mark: mark ?? "" })
      }
      settle(body)
    }
    // Only a 200 JSON answer is kept; errors and anything else settle the waiters with null,
    // so they run the route themselves.
    const json = res.json.bind(res)
    res.json = ((payload: unknown) => {
      if (res.statusCode !== 200) {
        done(null)
        return json(payload)
      }
      const body = JSON.stringify(payload)
      done(body)
      res.setHeader("x-store-cache", "miss")
      res.setHeader("content-type", "application/json; charset=utf-8")
      return res.send(body)
    }) as typeof res.json
    res.once("close", () => done(null))
    next()
  }
}
