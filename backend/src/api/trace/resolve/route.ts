import { coarsePlaceFromHeaders, scanFingerprint, scanVerdict } from "@cln/domain"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { publicResolution, resolveTrace } from "../../utils/traceability/resolve"
import { scanRecorder } from "../../utils/traceability/scan-recorder"
import type { ResolveTraceQueryType } from "../validators"

const FINGERPRINT_SALT = process.env.SCAN_FINGERPRINT_SALT || process.env.COOKIE_SECRET || "cho-lang-nghe"

/**
 * GET /trace/resolve: what a label identifies, for the storefront's GS1 resolver.
 * With `record=1` (a person following a label) the scan is recorded: coarse place from
 * the geo headers the edge sets, and a salted daily fingerprint instead of the address.
 */
export const GET = async (req: MedusaRequest<unknown, ResolveTraceQueryType>, res: MedusaResponse) => {
  const q = req.validatedQuery
  const resolution = await resolveTrace(req.scope, q.code ? { code: q.code } : { gtin: q.gtin!, lot: q.lot, serial: q.serial })
  if (!resolution) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không có sản phẩm nào mang mã này / No product carries this code.")
  }
  if (q.record === "1") {
    const header = (name: string) => req.get(name) ?? null
    const place = coarsePlaceFromHeaders(header)
    const recorder = scanRecorder(req.scope)
    const target = resolution.target
    const now = new Date()
    const count = target.scan_count + recorder.pendingFor(target.id) + 1
    const verdict = scanVerdict({
      known: true,
      chainValid: true,
      codeKind: target.kind,
      scans: { count, first_at: target.first_scanned_at ? new Date(target.first_scanned_at).toISOString() : now.toISOString(), first_place: null, places: [] },
    })
    recorder.record({
      trace_code_id: target.id,
      scanned_at: now,
      country: place.country ?? null,
      region: place.region ?? null,
      city: place.city ?? null,
      place,
      fingerprint: scanFingerprint({
        ip: (header("x-forwarded-for")?.split(",")[0] ?? req.ip ?? null)?.trim() || null,
        userAgent: header("user-agent"),
        day: now.toISOString().slice(0, 10),
        salt: FINGERPRINT_SALT,
      }),
      verdict: resolution.unknown_lot || resolution.unknown_serial ? "walked_up" : verdict.kind,
    })
  }
  res.json({ resolution: publicResolution(resolution) })
}
