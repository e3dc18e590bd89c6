import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { canSeePurchase, toStorePurchase } from "../helpers"

/** GET /store/purchases/:id: one checkout's orders, one per producer. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "purchase",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  const purchase = data[0]
  if (!purchase || !(await canSeePurchase(req.scope, purchase, req.auth_context?.actor_id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn mua / Purchase with id: ${req.params.id} was not found`)
  }
  res.json({ purchase: toStorePurchase(purchase) })
}
