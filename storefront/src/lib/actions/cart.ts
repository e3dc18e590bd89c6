"use server"

import { getLocale, getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { addLineToCart, type AddToCartState } from "@/lib/cart/add-line"
import { getCartId, saveCart } from "@/lib/cart/cookies"
import { isOutOfStock, storeFetch } from "@/lib/cart/store-api"
import { parseQuantity } from "@/lib/cart/view"

/**
 * Cart mutations. Each works as a plain form post (no JavaScript needed): adding answers
 * the product page's form with a message, the cart page's steppers redirect back to the
 * cart with a notice.
 */

export type { AddToCartState }

export async function addToCart(_previous: AddToCartState, formData: FormData): Promise<AddToCartState> {
  return (await addLineToCart(formData, await getTranslations("cart.add"))).state
}

async function backToCart(notice?: string): Promise<never> {
  redirect(`/${await getLocale()}/cart${notice ? `?notice=${notice}` : ""}`)
}

/** The quantity stepper (− / +) and the quantity box of a cart line. */
export async function updateCartLine(formData: FormData): Promise<void> {
  const cartId = await getCartId()
  const lineId = formData.get("line_id")
  const quantity = parseQuantity(formData.get("quantity"), { min: 0 })
  if (!cartId || typeof lineId !== "string" || !/^cali_[0-9A-Za-z]+$/.test(lineId)) return backToCart()
  if (quantity === null) return backToCart("invalidQuantity")
  const result =
    quantity === 0
      ? await storeFetch(`/store/carts/${cartId}/line-items/${lineId}`, { method: "DELETE" })
      : await storeFetch(`/store/carts/${cartId}/line-items/${lineId}`, { method: "POST", body: { quantity } })
  await saveCart(cartId)
  if (!result.ok) return backToCart(isOutOfStock(result) ? "outOfStock" : "failed")
  return backToCart(quantity === 0 ? "removed" : "updated")
}

export async function removeCartLine(formData: FormData): Promise<void> {
  const cartId = await getCartId()
  const lineId = formData.get("line_id")
  if (!cartId || typeof lineId !== "string" || !/^cali_[0-9A-Za-z]+$/.test(lineId)) return backToCart()
  const result = await storeFetch(`/store/carts/${cartId}/line-items/${lineId}`, { method: "DELETE" })
  await saveCart(cartId)
  return backToCart(result.ok ? "removed" : "failed")
}
