import { createHmac, timingSafeEqual } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { getLastFulfillmentStatus, getLastPaymentStatus } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type StoreOrder = Record<string, any> & { payment_collections?: unknown[] | null; fulfillments?: unknown[] | null }
type StorePurchase = Record<string, any> & { orders?: (StoreOrder | null)[] | null }

/** The payment method the buyer chose for an order: the provider of its collection's session. */
function paymentProviderOf(collections: unknown[] | null | undefined): string | null {
  for (const collection of (collections ?? []) as { payment_sessions?: { provider_id?: string }[] | null }[]) {
    const session = (collection?.payment_sessions ?? []).find((s) => s?.provider_id)
    if (session?.provider_id) return session.provider_id
  }
  return null
}

/**
 * Each order's payment method, payment and fulfilment status (derived as Medusa's order
 * list does), orders first to last by display number; the raw collections and
 * fulfilments stay out.
 */
export function toStorePurchase(purchase: StorePurchase) {
  const orders = (purchase.orders ?? [])
    .filter((order): order is StoreOrder => !!order)
    .sort((a, b) => (a.display_id ?? 0) - (b.display_id ?? 0))
    .map(({ payment_collections, fulfillments, ...order }) => ({
      ...order,
      payment_provider_id: paymentProviderOf(payment_collections),
      payment_status: getLastPaymentStatus({ ...order, payment_collections: payment_collections ?? [] } as any),
      fulfillment_status: getLastFulfillmentStatus({ ...order, fulfillments: fulfillments ?? [] } as any),
    }))
  return { ...purchase, orders }
}

/**
 * The key to a guest's purchase, answered once by place-order: an HMAC of the purchase
 * id under the server's cookie secret, so nothing is stored and it cannot be derived
 * from the id alone (which travels to VNPay and back in the return URL).
 */
export function purchaseAccessToken(purchaseId: string, secret: string): string {
  return createHmac("sha256", secret).update(`purchase:${purchaseId}`).digest("base64url")
}

export function purchaseSecret(scope: MedusaContainer): string {
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return config.projectConfig.http.cookieSecret ?? "supersecret"
}

function sameToken(given: string, expected: string) {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * A registered customer's purchase is shown to that customer only, signed in. A guest's
 * purchase is shown to whoever brings its access token (from the place-order answer),
 * signed in or not; its id alone is not enough.
 */
export async function canSeePurchase(
  scope: MedusaContainer,
  purchase: { id: string; customer_id?: string | null },
  actorId: string | undefined,
  accessToken: string | undefined
) {
  if (actorId && purchase.customer_id === actorId) return true
  if (purchase.customer_id) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["id", "has_account"], filters: { id: purchase.customer_id } })
    if (data[0]?.has_account) return false
  }
  return !!accessToken && sameToken(accessToken, purchaseAccessToken(purchase.id, purchaseSecret(scope)))
}
