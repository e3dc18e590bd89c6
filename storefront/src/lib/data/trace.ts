import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import { MEDUSA_BACKEND_URL, sdk } from "@/lib/config"
import type { AppLocale } from "@/i18n/routing"
import { createTraceBackend } from "@/lib/trace/backend"
import type { TraceView } from "@/lib/trace/types"

/**
 * Trace reads of the trace page. The page itself is rendered only when the trace edge
 * (src/edge) has no fresh copy of it, so these run a few times per code and minute, not
 * once per scan; the edge fills in the live parts.
 */
const backend = createTraceBackend(MEDUSA_BACKEND_URL)

/** The trace page's data for one code, in the page's language; null when the code is unknown. */
export const getTraceView = cache(async (code: string, locale: AppLocale): Promise<TraceView | null> => {
  const { status, body } = await backend.get<{ trace: TraceView; message?: string }>(`/trace/codes/${encodeURIComponent(code)}?locale=${locale}`)
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
