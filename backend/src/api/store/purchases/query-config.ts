import { PUBLIC_PRODUCER_FIELDS } from "../products/middlewares"

/**
 * What a buyer sees of a purchase: its orders, each with the producer's public fields
 * only, its lines, shipping and totals. Payment collections and fulfilments are read to
 * derive each order's payment and fulfilment status, then left out of the answer.
 */
export const STORE_PURCHASE_FIELDS = [
  "id",
  "cart_id",
  "customer_id",
  "email",
  "currency_code",
  "total",
  "created_at",
  "orders.id",
  "orders.display_id",
  "orders.status",
  "orders.currency_code",
  "orders.created_at",
  "orders.item_total",
  "orders.shipping_total",
  "orders.tax_total",
  "orders.discount_total",
  "orders.total",
  "orders.items.id",
  "orders.items.title",
  "orders.items.subtitle",
  "orders.items.thumbnail",
  "orders.items.product_id",
  "orders.items.product_title",
  "orders.items.product_handle",
  "orders.items.variant_id",
  "orders.items.variant_title",
  "orders.items.variant_sku",
  "orders.items.quantity",
  "orders.items.unit_price",
  "orders.items.total",
  "orders.shipping_methods.id",
  "orders.shipping_methods.name",
  "orders.shipping_methods.amount",
  "orders.shipping_methods.shipping_option_id",
  "orders.shipping_address.first_name",
  "orders.shipping_address.last_name",
  "orders.shipping_address.phone",
  "orders.shipping_address.address_1",
  "orders.shipping_address.city",
  "orders.shipping_address.province",
  "orders.shipping_address.country_code",
  "orders.shipping_address.metadata",
  "orders.payment_collections.payment_sessions.provider_id",
  "orders.payment_collections.status",
  "orders.payment_collections.amount",
  "orders.payment_collections.captured_amount",
  "orders.payment_collections.refunded_amount",
  "orders.fulfillments.packed_at",
  "orders.fulfillments.shipped_at",
  "orders.fulfillments.delivered_at",
  "orders.fulfillments.canceled_at",
  ...PUBLIC_PRODUCER_FIELDS.map((f) => `orders.producer.${f}`),
]

// Medusa restricts `orders` on store routes so that no store endpoint leaks orders by
// accident; here the buyer's own orders are the point, so exactly these fields are allowed.
export const retrievePurchaseQueryConfig = {
  defaults: STORE_PURCHASE_FIELDS,
  allowed: STORE_PURCHASE_FIELDS,
  isList: false,
}

export const listPurchaseQueryConfig = {
  defaults: STORE_PURCHASE_FIELDS,
  allowed: STORE_PURCHASE_FIELDS,
  isList: true,
  defaultLimit: 20,
}
