import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateDisplayPointWorkflow } from "../../../../workflows/promotion/workflows/display-points"
import type { AdminUpdateDisplayPointType } from "../../catalogs/validators"
import { retrieveAdminDisplayPoint } from "../present"

async function found(req: AuthenticatedMedusaRequest) {
  const point = await retrieveAdminDisplayPoint(req.scope, req.params.id!)
  if (!point) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy điểm trưng bày / Display point ${req.params.id} was not found.`)
  return point
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ display_point: await found(req) })
}

/** POST /admin/display-points/:id: edit the point or change the catalog it shows. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateDisplayPointType>, res: MedusaResponse) => {
  await updateDisplayPointWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ display_point: await found(req) })
}
