import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markNotFound } from "../../../../workflows/certificates/utils/records"
import { retrieveAdminMark } from "../present"

/** GET /admin/geo-marks/:id: a mark with its rights of use (and their producers) and claiming products. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const mark = await retrieveAdminMark(req.scope, req.params.id!)
  if (!mark) throw markNotFound(req.params.id!)
  res.json({ geo_mark: mark })
}
