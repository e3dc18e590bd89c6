"use server"

import { getLocale, getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { getCustomerToken } from "@/lib/account/session"
import { getCartId, saveCart } from "@/lib/cart/cookies"
import { isOutOfStock, storeFetch } from "@/lib/cart/store-api"
import { parseQuantity } from "@/lib/cart/view"
import { getRegion } from "@/lib/data/regions"

/**
 * Cart mutations. Each works as a plain form post (no JavaScript needed): adding answers
 * the product page's form with a message, the cart page's steppers redirect back to the
 * cart with a notice.
 */

export type AddToCartState = { status: "idle" | "added" | "error"; message: string | null }

const VARIANT_ID = /^variant_[0-9A-Za-z]{10,40}$/

/** A new cart in the visitor's region, linked to the customer when one is signed in. */
async function createCart(): Promise<string | null> {
  const region = await getRegion()
  if (!region) return null
  const created = await storeFetch<{ cart: { id: string } }>("/store/carts", { method: "POST", body: { region_id: region.id } })
  if (!created.ok) return null
  const token = await getCustomerToken()
  if (token) await storeFetch(`/store/carts/${created.data.cart.id}/customer`, { method: "POST", token })
  return created.data.cart.id
}

export async function addToCart(_previous: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const t = await getTranslations("cart.add")
  const variantId = formData.get("variant_id")
  const quantity = parseQuantity(formData.get("quantity"))
  if (typeof variantId !== "string" || !VARIANT_ID.test(variantId)) return { status: "error", message: t("chooseVariant") }
  if (quantity === null) return { status: "error", message: t("invalidQuantity") }

  const add = (cartId: string) =>
    storeFetch(`/store/carts/${cartId}/line-items`, { method: "POST", body: { variant_id: variantId, quantity } })

  let cartId = await getCartId()
  let added = cartId ? await add(cartId) : null
  // No cart yet, or the old one was placed or is gone: start a new one.
  if (!cartId || (added && !added.ok && !isOutOfStock(added))) {
    cartId = await createCart()
    if (!cartId) return { status: "error", message: t("failed") }
    added = await add(cartId)
  }
  if (!added || !added.ok) {
    return { status: "error", message: added && isOutOfStock(added) ? t("outOfStock") : t("failed") }
  }
  // The cookies are set only now, when there is something in the cart.
  await saveCart(cartId)
  return { status: "added", message: t("added", { count: quantity }) }
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
