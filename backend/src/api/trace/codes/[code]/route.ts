import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { traceView } from "../../../utils/traceability/trace-view"
import { TraceCodeParam, type TraceViewQueryType } from "../../validators"

/** GET /trace/codes/:code: everything the public trace page shows for a code. */
export const GET = async (req: MedusaRequest<unknown, TraceViewQueryType>, res: MedusaResponse) => {
  const code = TraceCodeParam.safeParse(req.params.code)
  const trace = code.success ? await traceView(req.scope, code.data, req.validatedQuery.locale) : null
  if (!trace) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Mã không tồn tại / Unknown code.")
  res.json({ trace })
}
