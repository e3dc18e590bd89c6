import type { MedusaContainer } from "@medusajs/framework/types"
import { getLastFulfillmentStatus, getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type StoreOrder = Record<string, any> & { payment_collections?: unknown[] | null; fulfillments?: unknown[] | null }
type StorePurchase = Record<string, any> & { orders?: (StoreOrder | null)[] | null }

/**
 * Each order's payment and fulfilment status, derived as Medusa's order list does,
 * orders first to last by display number; the raw collections and fulfilments stay out.
 */
export function toStorePurchase(purchase: StorePurchase) {
  const orders = (purchase.orders ?? [])
    .filter((order): order is StoreOrder => !!order)
    .sort((a, b) => (a.display_id ?? 0) - (b.display_id ?? 0))
    .map(({ payment_collections, fulfillments, ...order }) => ({
      ...order,
      payment_status: getLastPaymentStatus({ ...order, payment_collections: payment_collections ?? [] } as any),
      fulfillment_status: getLastFulfillmentStatus({ ...order, fulfillments: fulfillments ?? [] } as any),
    }))
  return { ...purchase, orders }
}

/**
 * A signed-in customer sees only their own purchases. Without signing in, a guest's
 * purchase is shown to whoever holds its id (as Medusa does for orders), but a
 * registered customer's purchase never is.
 */
export async function canSeePurchase(
  scope: MedusaContainer,
  purchase: { customer_id?: string | null },
  actorId: string | undefined
) {
  if (actorId) return purchase.customer_id === actorId
  if (!purchase.customer_id) return true
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: purchase.customer_id } })
  return !data[0]?.has_account
}
