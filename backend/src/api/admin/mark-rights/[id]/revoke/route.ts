import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeMarkRightWorkflow } from "../../../../../workflows/certificates/workflows/revoke-mark-right"
import type { AdminRevokeMarkRightType } from "../../../geo-marks/validators"

/** POST /admin/mark-rights/:id/revoke: withdraw a right; the producer's products stop claiming the mark. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRevokeMarkRightType>, res: MedusaResponse) => {
  const { result } = await revokeMarkRightWorkflow(req.scope).run({ input: { id: req.params.id!, reason: req.validatedBody.reason } })
  res.json({ right: result.right, claims_removed: result.claims_removed })
}
