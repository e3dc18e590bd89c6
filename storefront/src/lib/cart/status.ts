import type { PurchaseOrder } from "./types"

/**
 * What a buyer reads about each producer's part of a purchase, from Medusa's order,
 * payment and fulfilment statuses. The keys are words in the `orders.stage` and
 * `orders.payment` message namespaces.
 */

export type OrderStage = "canceled" | "delivered" | "shipped" | "preparing" | "received"

export function orderStage(order: Pick<PurchaseOrder, "status" | "fulfillment_status">): OrderStage {
  if (order.status === "canceled" || order.fulfillment_status === "canceled") return "canceled"
  switch (order.fulfillment_status) {
    case "delivered":
    case "partially_delivered":
      return "delivered"
    case "shipped":
    case "partially_shipped":
      return "shipped"
    case "fulfilled":
    case "partially_fulfilled":
      return "preparing"
    default:
      return "received"
  }
}

export type PaymentStage = "paid" | "refunded" | "payOnDelivery" | "awaiting" | "canceled"

/**
 * Cash on delivery is never "unpaid": it is paid to the courier. Any other method is
 * paid once captured (or authorised), and awaited until then.
 */
export function paymentStage(
  order: Pick<PurchaseOrder, "payment_status">,
  method: "cod" | "vnpay" | "stripe" | null
): PaymentStage {
  const status = order.payment_status
  if (status === "refunded" || status === "partially_refunded") return "refunded"
  if (status === "canceled") return "canceled"
  if (status === "captured" || status === "partially_captured") return "paid"
  if (method === "cod") return "payOnDelivery"
  if (status === "authorized" || status === "partially_authorized") return "paid"
  return "awaiting"
}

/** "#12" for an order's display number; the id's tail when it has none. */
export function orderNumber(order: Pick<PurchaseOrder, "id" | "display_id">): string {
  return order.display_id ? `#${order.display_id}` : `#${order.id.slice(-6).toUpperCase()}`
}
