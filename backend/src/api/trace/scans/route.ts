import { timingSafeEqual } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordScan } from "../../utils/traceability/record-scan"
import { resolveTraces } from "../../utils/traceability/resolve"
import type { RecordScanBatchBodyType } from "../validators"

/** The shared key of the storefront's trace edge; without one, batches are refused. */
function edgeKeyMatches(given: string | undefined): boolean {
  const expected = process.env.TRACE_EDGE_KEY
  if (!expected || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * POST /trace/scans: scans the storefront's trace edge answered itself (it redirects from
 * its own cache of resolutions and sends the scans here in batches). Only the edge may
 * send them: a batch carries the scanning clients' headers, which nobody else may claim.
 * Each scan is resolved again here and recorded exactly as `GET /trace/resolve?record=1`.
 */
export const POST = async (req: MedusaRequest<RecordScanBatchBodyType>, res: MedusaResponse) => {
  if (!process.env.TRACE_EDGE_KEY) {
    res.status(403).json({ type: "forbidden", message: "Scan batches are off on this server: set TRACE_EDGE_KEY on backend and storefront." })
    return
  }
  if (!edgeKeyMatches(req.get("x-trace-edge-key"))) {
    res.status(401).json({ type: "unauthorized", message: "A scan batch needs the trace edge's key (x-trace-edge-key)." })
    return
  }
  let recorded = 0
  let unknown = 0
  // A batch holds many scans of few labels: each label is resolved once (the recorder counts
  // the batch's own scans, so every scan still gets the verdict its position gives it).
  const { scans } = req.validatedBody
  const labels = [...new Map(scans.map((scan) => [JSON.stringify(scan.identifier), scan.identifier])).entries()]
  const resolved = await resolveTraces(req.scope, labels.map(([, identifier]) => identifier))
  const resolutionOf = new Map(labels.map(([key], i) => [key, resolved[i]!]))
  for (const scan of scans) {
    const resolution = resolutionOf.get(JSON.stringify(scan.identifier))
    if (!resolution) {
      unknown++
      continue
    }
    const headers = scan.headers
    recordScan(req.scope, resolution, {
      header: (name) => headers[name] ?? null,
      ip: headers["x-forwarded-for"]?.split(",")[0] ?? headers["x-real-ip"] ?? null,
      at: new Date(scan.at),
      id: scan.id,
    })
    recorded++
  }
  res.json({ recorded, unknown })
}
