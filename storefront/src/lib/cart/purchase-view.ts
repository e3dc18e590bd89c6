import { paymentKind, type PaymentKind } from "./payment"
import type { Purchase, SummaryAddress } from "./types"

/** The payment method of a purchase, from the purchase or its first order; null when the backend does not say. */
export function purchasePaymentKind(purchase: Pick<Purchase, "orders">): PaymentKind | null {
  return purchase.orders.map((order) => paymentKind(order.payment_provider_id)).find((kind) => kind !== null) ?? null
}

/** Where the purchase goes: its orders' address (they all share the cart's). */
export function purchaseAddress(purchase: Pick<Purchase, "orders">): SummaryAddress | null {
  return purchase.orders.find((order) => order.shipping_address)?.shipping_address ?? null
}
