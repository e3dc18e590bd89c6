/** Events of the checkout domain. */
export const PurchaseWorkflowEvents = {
  /** A cart became one order per producer; data: `{ id, order_ids }`. */
  PLACED: "purchase.placed",
} as const
