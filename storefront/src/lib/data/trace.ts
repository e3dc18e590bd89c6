import "server-only"
import http from "node:http"
import https from "node:https"
import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import { MEDUSA_BACKEND_URL, sdk } from "@/lib/config"
import type { AppLocale } from "@/i18n/routing"
import type { TraceResolution, TraceView } from "@/lib/trace/types"

/**
 * Trace reads: every label scan passes through here, hundreds of times a second under
 * load, so the two hot reads use a plain keep-alive HTTP client instead of the SDK's
 * fetch (the resolver measured about 1.5× the requests per second with it). Nothing is
 * cached: every scan changes the counts a page shows, and a resolution may record a scan.
 * The publishable key is the one the SDK sends (MEDUSA_PUBLISHABLE_KEY).
 */
const BACKEND = new URL(MEDUSA_BACKEND_URL)
const client = BACKEND.protocol === "https:" ? https : http
// Idle sockets are closed before the backend's own keep-alive timeout (Node's default 5 s).
const agent = new client.Agent({ keepAlive: true, maxFreeSockets: 64, timeout: 4_000 })
const BASE_HEADERS: Record<string, string> = {
  accept: "application/json",
  "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
}
const TIMEOUT_MS = 10_000

/** Header values as Node accepts them (tab, printable ASCII and Latin-1); anything else is dropped. */
const VALID_HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/

function storeGet<T>(path: string, headers: Record<string, string> = {}, retried = false): Promise<{ status: number; body: T }> {
  const merged: Record<string, string> = { ...BASE_HEADERS }
  for (const [name, value] of Object.entries(headers)) if (VALID_HEADER_VALUE.test(value)) merged[name] = value
  return new Promise((resolve, reject) => {
    const request = client.request(
      { protocol: BACKEND.protocol, hostname: BACKEND.hostname, port: BACKEND.port, path: `${BACKEND.pathname.replace(/\/$/, "")}${path}`, agent, headers: merged },
      (response) => {
        const chunks: Buffer[] = []
        response.on("data", (chunk: Buffer) => chunks.push(chunk))
        response.on("error", reject)
        response.on("end", () => {
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as T })
          } catch (error) {
            reject(new Error(`${path}: answer ${response.statusCode} is not JSON`, { cause: error }))
          }
        })
      }
    )
    request.setTimeout(TIMEOUT_MS, () => request.destroy(new Error(`${path}: no answer in ${TIMEOUT_MS} ms`)))
    request.on("error", (error: NodeJS.ErrnoException) => {
      // The backend may close an idle keep-alive connection just as it is reused; a GET is
      // safe to send once more on a fresh one (Node's documented pattern).
      if (!retried && request.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
        storeGet<T>(path, headers, true).then(resolve, reject)
      } else {
        reject(error)
      }
    })
    request.end()
  })
}

export type TraceIdentifier = { gtin: string; lot?: string; serial?: string } | { code: string }

/** The backend rejected the identifier as malformed (400). */
export class TraceRequestError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "TraceRequestError"
  }
}

type ErrorBody = { message?: string }

/**
 * What a resolver path points at (`GET /trace/resolve`), or null for an unknown
 * GTIN or code. With `record`, the backend records a scan from the forwarded client
 * headers (address, browser, coarse place).
 */
export async function resolveTraceIdentifier(
  identifier: TraceIdentifier,
  { record, headers }: { record: boolean; headers: Record<string, string> }
): Promise<TraceResolution | null> {
  const query = new URLSearchParams(identifier)
  if (record) query.set("record", "1")
  const { status, body } = await storeGet<{ resolution: TraceResolution } & ErrorBody>(`/trace/resolve?${query}`, headers)
  if (status === 200) return body.resolution
  if (status === 404) return null
  if (status === 400) throw new TraceRequestError(body.message ?? "Bad request")
  throw new Error(`GET /trace/resolve answered ${status}: ${body.message ?? ""}`)
}

/** The trace page's data for one code, in the page's language; null when the code is unknown. */
export const getTraceView = cache(async (code: string, locale: AppLocale): Promise<TraceView | null> => {
  const { status, body } = await storeGet<{ trace: TraceView } & ErrorBody>(
    `/trace/codes/${encodeURIComponent(code)}?locale=${locale}`
  )
  if (status === 200) return body.trace
  if (status === 404 || status === 400) return null
  throw new Error(`GET /trace/codes/${code} answered ${status}: ${body.message ?? ""}`)
})

/** A lot's EPCIS 2.0 document as the backend sends it (JSON-LD), or null for an unknown lot. */
export async function fetchLotEpcis(code: string): Promise<Response | null> {
  try {
    return await sdk.client.fetch<Response>(`/trace/lots/${encodeURIComponent(code)}/epcis`, {
      headers: { accept: "application/ld+json" },
      cache: "no-store",
    })
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}
