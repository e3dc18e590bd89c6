import type { TraceBackend } from "./backend"
import { TraceRequestError } from "./backend"
import type { TraceLive, TraceResolution } from "./types"

export type TraceIdentifier = { gtin: string; lot?: string; serial?: string } | { code: string }

type ErrorBody = { message?: string }

/**
 * What a resolver path points at (`GET /trace/resolve`), or null for an unknown GTIN or
 * code. With `record`, the backend records a scan from the forwarded client headers.
 */
export async function fetchResolution(
  backend: TraceBackend,
  identifier: TraceIdentifier,
  { record, headers }: { record: boolean; headers: Record<string, string> }
): Promise<TraceResolution | null> {
  const query = new URLSearchParams(identifier)
  if (record) query.set("record", "1")
  const { status, body } = await backend.get<{ resolution: TraceResolution } & ErrorBody>(`/trace/resolve?${query}`, headers)
  if (status === 200) return body.resolution
  if (status === 404) return null
  if (status === 400) throw new TraceRequestError(body.message ?? "Bad request")
  throw new Error(`GET /trace/resolve answered ${status}: ${body.message ?? ""}`)
}

/** The live parts of a code's trace page in a language (`GET /trace/codes/:code/live`), or null when unknown. */
export async function fetchLive(backend: TraceBackend, code: string, locale: "vi" | "en"): Promise<TraceLive | null> {
  const { status, body } = await backend.get<{ live: TraceLive } & ErrorBody>(`/trace/codes/${encodeURIComponent(code)}/live?locale=${locale}`)
  if (status === 200) return body.live
  if (status === 404 || status === 400) return null
  throw new Error(`GET /trace/codes/${code}/live answered ${status}: ${body.message ?? ""}`)
}
