import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeOcopCertificateWorkflow } from "../../../../../../workflows/certificates/workflows/review-ocop-certificate"
import type { AdminReasonType } from "../../../validators"
import { retrieveAdminCertificate } from "../../present"

/** POST /admin/ocop/certificates/:id/revoke: an officer revokes a certificate with a reason the producer reads. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReasonType>, res: MedusaResponse) => {
  await revokeOcopCertificateWorkflow(req.scope).run({
    input: { id: req.params.id!, reason: req.validatedBody.reason, reviewed_by: req.auth_context.actor_id },
  })
  res.json({ certificate: await retrieveAdminCertificate(req.scope, req.params.id!) })
}
