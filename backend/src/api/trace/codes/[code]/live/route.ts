import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { traceLive } from "../../../../utils/traceability/trace-view"
import { TraceCodeParam, type TraceLiveQueryType } from "../../../validators"

/**
 * GET /trace/codes/:code/live?locale=: the parts of a trace page that change with every
 * scan or edit (verdict, scan figures, whether the chain still verifies), for the
 * storefront's edge, which keeps the rest of the page while its `page_stamp` (given with a
 * locale) stays the same.
 */
export const GET = async (req: MedusaRequest<unknown, TraceLiveQueryType>, res: MedusaResponse) => {
  const code = TraceCodeParam.safeParse(req.params.code)
  const live = code.success ? await traceLive(req.scope, code.data, req.validatedQuery.locale) : null
  if (!live) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Mã không tồn tại / Unknown code.")
  res.json({ live })
}
