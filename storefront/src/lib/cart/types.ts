/**
 * What the store API answers for the cart, checkout and purchases (backend issue #6:
 * GET /store/carts/:id/summary, POST /store/carts/:id/place-order, /store/purchases).
 * Amounts are in major units (120000 VND, 25 USD).
 */

export type SummaryProducer = {
  id: string
  handle: string
  name: string
  village: { handle: string; name: string } | null
}

export type SummaryItem = {
  id: string
  variant_id: string | null
  product_handle: string | null
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  subtotal: number
  /** Stock left for this variant; null when not tracked. */
  available_quantity: number | null
}

export type SummaryGroup = {
  producer: SummaryProducer | null
  items: SummaryItem[]
  item_subtotal: number
  shipping_total: number
  total: number
}

export type SummaryAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  metadata?: Record<string, unknown> | null
}

export type CartSummary = {
  cart_id: string
  currency_code: string
  region_id?: string | null
  email: string | null
  shipping_address: SummaryAddress | null
  shipping_option: { id: string; name: string; amount: number } | null
  groups: SummaryGroup[]
  item_total: number
  shipping_total: number
  total: number
}

export type ShippingOption = { id: string; name: string; amount: number }

export type PurchaseItem = {
  id: string
  title: string
  product_title?: string | null
  product_handle?: string | null
  variant_title?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: number
  total: number
}

export type PurchaseOrder = {
  id: string
  display_id: number | null
  status: string
  currency_code: string
  created_at?: string
  item_total: number
  shipping_total: number
  total: number
  items: PurchaseItem[]
  shipping_methods?: { id: string; name: string; amount: number }[] | null
  producer?: { id: string; handle: string; name: string } | null
  payment_status: string
  fulfillment_status: string
  /** The provider of the order's payment session: how the buyer chose to pay. */
  payment_provider_id: string | null
  shipping_address: SummaryAddress | null
}

export type Purchase = {
  id: string
  email: string | null
  currency_code: string
  total: number
  created_at: string
  customer_id?: string | null
  cart_id?: string | null
  orders: PurchaseOrder[]
}

export type PlaceOrderResult = {
  purchase: Purchase
  payment: {
    provider_id: string | null
    redirect_url: string | null
    sessions: { order_id: string; provider_id: string; client_secret?: string }[]
  }
  /** A guest's key to GET /store/purchases/:id?access_token=. */
  access_token?: string
}
