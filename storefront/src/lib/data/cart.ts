import "server-only"
import { cache } from "react"
import { getCustomerToken } from "@/lib/account/session"
import { getCartCountCookie, getCartId, rememberedPurchaseToken } from "@/lib/cart/cookies"
import { paymentMethods, type PaymentMethod } from "@/lib/cart/payment"
import { fetchCartCount, storeFetch } from "@/lib/cart/store-api"
import type { CartSummary, Purchase, ShippingOption } from "@/lib/cart/types"
import { summaryFromCart, type PlainCart, type ProductProducer } from "@/lib/cart/view"

/**
 * The buyer's cart, read fresh on every request (never cached: it is one person's).
 * The cart id comes only from the cln_cart cookie; without it there is no cart and no
 * call is made.
 */

const PLAIN_CART_FIELDS = [
  "id,email,currency_code,region_id,completed_at,item_total,shipping_total,total",
  "*items,items.variant.inventory_quantity,items.variant.manage_inventory",
  "*shipping_address,*shipping_methods",
].join(",")

/**
 * GET /store/carts/:id/summary (lines grouped by producer, shipping once per producer).
 * On a backend without that route, the same summary is built from the plain cart and
 * its products' producers.
 */
async function fetchSummary(cartId: string): Promise<CartSummary | null> {
  const summary = await storeFetch<{ summary?: CartSummary } & Partial<CartSummary>>(`/store/carts/${cartId}/summary`)
  if (summary.ok) return (summary.data.summary ?? (summary.data as CartSummary)) || null
  if (summary.status !== 404) return null
  const plain = await storeFetch<{ cart: PlainCart & { completed_at?: string | null } }>(`/store/carts/${cartId}`, {
    query: { fields: PLAIN_CART_FIELDS },
  })
  if (!plain.ok || plain.data.cart.completed_at) return null
  const productIds = [...new Set((plain.data.cart.items ?? []).map((item) => item.product_id).filter((id): id is string => !!id))]
  const producers = new Map<string, ProductProducer | null>()
  if (productIds.length) {
    const products = await storeFetch<{ products: { id: string; producer?: ProductProducer | null }[] }>("/store/products", {
      query: {
        fields: "id,producer.id,producer.handle,producer.name,producer.craft_village.handle,producer.craft_village.name",
        limit: productIds.length,
        id: productIds,
      },
    })
    if (products.ok) for (const product of products.data.products) producers.set(product.id, product.producer ?? null)
  }
  return summaryFromCart(plain.data.cart, producers)
}

/** The cart of this browser, or null (no cookie, unknown or already placed cart). */
export const getCartSummary = cache(async (): Promise<CartSummary | null> => {
  const cartId = await getCartId()
  return cartId ? fetchSummary(cartId) : null
})

/**
 * Pieces in the cart, for the header: 0 (and no call) without a cart cookie, else the
 * count cookie written with it (no call either); only a cart cookie without a count (set
 * before the count existed, or a count the backend could not give) asks the backend.
 */
export async function getCartCount(): Promise<number> {
  const cartId = await getCartId()
  if (!cartId) return 0
  const remembered = await getCartCountCookie()
  return remembered ?? (await fetchCartCount(cartId)) ?? 0
}

/** The shipping options for the cart's address (none until an address is set). */
export async function listShippingOptions(cartId: string): Promise<ShippingOption[]> {
  const result = await storeFetch<{
    shipping_options: { id: string; name: string; amount?: number | null; calculated_price?: { calculated_amount?: number | null } | null }[]
  }>("/store/shipping-options", { query: { cart_id: cartId, fields: "id,name,amount,*calculated_price" } })
  if (!result.ok) return []
  return result.data.shipping_options.map((option) => ({
    id: option.id,
    name: option.name,
    amount: option.amount ?? option.calculated_price?.calculated_amount ?? 0,
  }))
}

/** The payment methods offered for this cart (its region decides): only those configured on the server. */
export async function listPaymentMethods(cartId: string): Promise<PaymentMethod[]> {
  const result = await storeFetch<{ payment_providers: { id: string }[] }>("/store/payment-providers-available", { query: { cart_id: cartId } })
  return result.ok ? paymentMethods(result.data.payment_providers.map((provider) => provider.id)) : []
}

/**
 * A purchase this browser may show: the signed-in customer's own, or one placed in this
 * browser (its access token is in the cln_purchases cookie). The backend decides; anyone
 * else gets null, even with the id.
 */
export async function getPurchase(id: string): Promise<Purchase | null> {
  const [token, accessToken] = await Promise.all([getCustomerToken(), rememberedPurchaseToken(id)])
  if (!token && !accessToken) return null
  const result = await storeFetch<{ purchase: Purchase }>(`/store/purchases/${id}`, {
    token,
    query: accessToken ? { access_token: accessToken } : undefined,
  })
  return result.ok ? result.data.purchase : null
}
