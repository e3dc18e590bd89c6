import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { canSeePurchase, toStorePurchase } from "../helpers"
import type { StoreGetPurchaseType } from "../validators"

/**
 * GET /store/purchases/:id[?access_token=]: one checkout's orders, one per producer,
 * each with its producer, payment status and fulfilment status. A guest's purchase
 * needs the access token place-order answered (see canSeePurchase).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetPurchaseType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "purchase",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id },
  })
  const purchase = data[0]
  if (!purchase || !(await canSeePurchase(req.scope, purchase, req.auth_context?.actor_id, req.validatedQuery.access_token))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn mua / Purchase with id: ${req.params.id} was not found`)
  }
  res.json({ purchase: toStorePurchase(purchase) })
}
