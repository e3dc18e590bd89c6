import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { traceView } from "../../../../utils/traceability/trace-view"
import { TraceCodeParam } from "../../validators"

/** GET /store/trace/codes/:code: everything the public trace page shows for a code. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const code = TraceCodeParam.safeParse(req.params.code)
  const trace = code.success ? await traceView(req.scope, code.data, String((req as { locale?: string }).locale ?? "vi").startsWith("en") ? "en" : "vi") : null
  if (!trace) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Mã không tồn tại / Unknown code.")
  res.json({ trace })
}
