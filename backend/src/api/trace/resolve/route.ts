import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { recordScan } from "../../utils/traceability/record-scan"
import { publicResolution, resolveTrace } from "../../utils/traceability/resolve"
import type { ResolveTraceQueryType } from "../validators"

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
    recordScan(req.scope, resolution, {
      header: (name) => req.get(name) ?? null,
      ip: req.get("x-forwarded-for")?.split(",")[0] ?? req.ip ?? null,
      at: new Date(),
    })
  }
  res.json({ resolution: publicResolution(resolution) })
}
