import { coarsePlaceFromHeaders, scanFingerprint, scanVerdict } from "@cln/domain"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Resolution } from "./resolve"
import { scanRecorder } from "./scan-recorder"

const FINGERPRINT_SALT = process.env.SCAN_FINGERPRINT_SALT || process.env.COOKIE_SECRET || "cho-lang-nghe"

export type ScanClient = {
  /** A request header of the person scanning (geo headers set by the edge, user agent). */
  header: (name: string) => string | null
  /** The client's address: only hashed into the daily fingerprint, never stored. */
  ip: string | null
  at: Date
  /** The edge's id for this scan (POST /trace/scans), so that a batch sent twice is written once. */
  id?: string
}

/**
 * Adds one scan of a resolved label to the batch recorder: the coarse place from the geo
 * headers, a salted daily fingerprint instead of the address, and the verdict the person
 * was shown (counting scans still waiting in the batch).
 */
export function recordScan(container: MedusaContainer, resolution: Resolution, client: ScanClient) {
  const place = coarsePlaceFromHeaders(client.header)
  const recorder = scanRecorder(container)
  const target = resolution.target
  const count = target.scan_count + recorder.pendingFor(target.id) + 1
  const verdict = scanVerdict({
    known: true,
    chainValid: true,
    codeKind: target.kind,
    scans: {
      count,
      first_at: (target.first_scanned_at ? new Date(target.first_scanned_at) : client.at).toISOString(),
      first_place: null,
      places: [],
    },
  })
  recorder.record({
    ...(client.id ? { id: client.id } : {}),
    trace_code_id: target.id,
    scanned_at: client.at,
    country: place.country ?? null,
    region: place.region ?? null,
    city: place.city ?? null,
    place,
    fingerprint: scanFingerprint({
      ip: client.ip?.trim() || null,
      userAgent: client.header("user-agent"),
      day: client.at.toISOString().slice(0, 10),
      salt: FINGERPRINT_SALT,
    }),
    verdict: resolution.unknown_lot || resolution.unknown_serial ? "walked_up" : verdict.kind,
  })
}
