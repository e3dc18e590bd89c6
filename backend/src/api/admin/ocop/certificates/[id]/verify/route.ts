import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyOcopCertificateWorkflow } from "../../../../../../workflows/certificates/workflows/review-ocop-certificate"
import { retrieveAdminCertificate } from "../../present"

/** POST /admin/ocop/certificates/:id/verify: an officer verifies a certificate after checking it against the paper decision; the badge shows at once. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await verifyOcopCertificateWorkflow(req.scope).run({
    input: { id: req.params.id!, reviewed_by: req.auth_context.actor_id },
  })
  res.json({ certificate: await retrieveAdminCertificate(req.scope, req.params.id!) })
}
