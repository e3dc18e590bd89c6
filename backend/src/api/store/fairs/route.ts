import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listFairs } from "../../admin/fairs/present"

/** GET /store/fairs: fairs that have not ended yet, soonest first, with their producers' public names. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  // A fair is on until the end of its last day in Vietnam.
  const fairs = await listFairs(req.scope, { ends_on: { $gte: new Date(Date.now() - 86_400_000) } })
  res.json({ fairs, count: fairs.length })
}
