import "server-only"
import { cookies } from "next/headers"
import { PURCHASES_COOKIE, purchaseToken, rememberPurchase as rememberPurchaseValue } from "./purchases-cookie"

/**
 * The buyer's cart id lives in an httpOnly cookie set only when the first item is added,
 * so anonymous browsing carries no cookie and can be served from the page cache.
 */
export const CART_COOKIE = "cln_cart"

const CART_MAX_AGE_SECONDS = 60 * 60 * 24 * 30
const PURCHASES_MAX_AGE_SECONDS = 60 * 60 * 24 * 30

const secure = () => process.env.NODE_ENV === "production" && (process.env.STOREFRONT_URL ?? "").startsWith("https:")

export async function getCartId(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value
  return value && /^cart_[0-9A-Za-z]{10,40}$/.test(value) ? value : null
}

export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, id, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    maxAge: CART_MAX_AGE_SECONDS,
  })
}

export async function clearCartId(): Promise<void> {
  ;(await cookies()).delete({ name: CART_COOKIE, path: "/" })
}

/** The access token of a purchase placed in this browser, or null. */
export async function rememberedPurchaseToken(id: string): Promise<string | null> {
  return purchaseToken((await cookies()).get(PURCHASES_COOKIE)?.value, id)
}

/** Lets this browser open the confirmation of a purchase it just placed. */
export async function rememberPurchase(id: string, accessToken: string): Promise<void> {
  const store = await cookies()
  store.set(PURCHASES_COOKIE, rememberPurchaseValue(store.get(PURCHASES_COOKIE)?.value, id, accessToken), {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    maxAge: PURCHASES_MAX_AGE_SECONDS,
  })
}
