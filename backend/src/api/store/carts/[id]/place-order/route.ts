import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { placeOrdersPerProducerWorkflow } from "../../../../../workflows/checkout/workflows/place-orders-per-producer"
import { toStorePurchase } from "../../../purchases/helpers"
import type { StorePlaceOrderType } from "./validators"

/**
 * POST /store/carts/:id/place-order: places the cart as one order per producer, paid
 * cash on delivery, and answers the purchase that groups them.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StorePlaceOrderType>, res: MedusaResponse) => {
  const { result } = await placeOrdersPerProducerWorkflow(req.scope).run({
    input: { cart_id: req.params.id!, customer_id: req.auth_context?.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "purchase",
    fields: req.queryConfig.fields,
    filters: { id: result.purchase_id },
  })
  res.status(200).json({ purchase: toStorePurchase(data[0]!) })
}
