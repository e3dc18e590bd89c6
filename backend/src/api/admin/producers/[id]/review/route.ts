import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reviewProducerWorkflow } from "../../../../../workflows/producer/workflows/review-producer"
import { adminProducerFields } from "../../query-config"
import type { AdminReviewProducerType } from "../../validators"

/** POST /admin/producers/:id/review: approve, reject, suspend or reinstate (with a reason). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReviewProducerType>, res: MedusaResponse) => {
  await reviewProducerWorkflow(req.scope).run({
    input: { producer_id: req.params.id!, action: req.validatedBody.action, reason: req.validatedBody.reason ?? null },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [producer] } = await query.graph({ entity: "producer", fields: adminProducerFields, filters: { id: req.params.id } })
  res.json({ producer })
}
