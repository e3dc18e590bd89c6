import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toStorePurchase } from "../../../purchases/helpers"
import type { StoreListPurchasesType } from "./validators"

/** GET /store/customers/me/purchases: the signed-in customer's purchases, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListPurchasesType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { skip = 0, take = 20 } = req.queryConfig.pagination ?? {}
  const { data, metadata } = await query.graph({
    entity: "purchase",
    fields: req.queryConfig.fields,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { skip, take, order: { created_at: "DESC" } },
  })
  res.json({
    purchases: data.map(toStorePurchase),
    count: metadata?.count ?? data.length,
    offset: skip,
    limit: take,
  })
}
