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

/** A trace page's live parts asked for: its code and language. */
export type LiveRead = { code: string; locale: "vi" | "en" }

/**
 * The live parts of many trace pages in one request (`GET /trace/live?reads=CODE:vi,…`),
 * in the order asked, null for an unknown code. Every code must be well formed
 * (isTraceCode): the backend refuses the whole batch otherwise.
 */
export async function fetchLives(backend: TraceBackend, reads: LiveRead[]): Promise<Array<TraceLive | null>> {
  const { status, body } = await backend.get<{ lives: Array<TraceLive | null> } & ErrorBody>(`/trace/live?reads=${reads.map((read) => `${read.code}:${read.locale}`).join(",")}`)
  if (status === 200 && Array.isArray(body.lives) && body.lives.length === reads.length) return body.lives
  throw new Error(`GET /trace/live answered ${status}: ${body.message ?? "not one answer per code"}`)
}
