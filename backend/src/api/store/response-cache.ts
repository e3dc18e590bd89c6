import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Store catalogue answers (GET /store/products and /store/products/:id) kept for a few
 * seconds per URL, publishable key and locale, for requests without a customer: the
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
 */

const KEEP_MS = 10_000
const MAX_ENTRIES = 2_000

type Kept = { at: number; body: string }
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

export async function storeResponseCache(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (
    process.env.STORE_RESPONSE_CACHE === "off" ||
    req.method !== "GET" ||
    req.headers.authorization ||
    req.headers.cookie ||
    /no-cache|no-store/.test(String(req.headers["cache-control"] ?? ""))
  ) {
    return next()
  }
  const key = [req.originalUrl, req.headers["x-publishable-api-key"] ?? "", req.headers["x-medusa-locale"] ?? ""].join("|")
  const hit = kept.get(key)
  if (hit && Date.now() - hit.at < KEEP_MS) return send(res, hit.body, "hit")
  if (hit) kept.delete(key)

  const inFlight = loading.get(key)
  if (inFlight) {
    const body = await inFlight
    return body === null ? next() : send(res, body, "hit")
  }

  let settle!: (body: string | null) => void
  const promise = new Promise<string | null>((resolve) => (settle = resolve))
  loading.set(key, promise)
  const started = generation
  const done = (body: string | null) => {
    if (loading.get(key) !== promise) return
    loading.delete(key)
    if (body !== null && started === generation) {
      if (kept.size >= MAX_ENTRIES) kept.delete(kept.keys().next().value!)
      kept.set(key, { at: Date.now(), body })
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
