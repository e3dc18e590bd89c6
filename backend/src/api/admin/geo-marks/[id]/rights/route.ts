import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { grantMarkRightWorkflow } from "../../../../../workflows/certificates/workflows/grant-mark-right"
import { retrieveAdminMark } from "../../present"
import type { AdminGrantMarkRightType } from "../../validators"

/** POST /admin/geo-marks/:id/rights: record the managing body's grant of a right of use to a producer. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminGrantMarkRightType>, res: MedusaResponse) => {
  const { result } = await grantMarkRightWorkflow(req.scope).run({
    input: { geo_mark_id: req.params.id!, ...req.validatedBody },
  })
  const mark = await retrieveAdminMark(req.scope, req.params.id!)
  res.status(201).json({ right: mark?.rights.find((r: any) => r.id === result.id) ?? result, geo_mark: mark })
}
