import "server-only"
import { cookies } from "next/headers"
import { CART_COUNT_COOKIE, formatCartCount, parseCartCount } from "./cart-count"
import { PURCHASES_COOKIE, purchaseToken, rememberPurchase as rememberPurchaseValue } from "./purchases-cookie"
import { fetchCartCount } from "./store-api"

/**
 * The buyer's cart id lives in an httpOnly cookie set only when the first item is added,
 * so anonymous browsing carries no cookie and can be served from the page cache. Beside
 * it, the number of pieces in the cart (`cln_cart_count`, same lifetime and flags), for
 * the header: the edge shows it on kept catalogue pages without asking the backend.
 * Both are written together by `saveCart`, after anything that changes the cart's lines,
 * and cleared together by `clearCartId`.
 */
export const CART_COOKIE = "cln_cart"

const CART_MAX_AGE_SECONDS = 60 * 60 * 24 * 30
const PURCHASES_MAX_AGE_SECONDS = 60 * 60 * 24 * 30

const secure = () => process.env.NODE_ENV === "production" && (process.env.STOREFRONT_URL ?? "").startsWith("https:")

const cartCookieOptions = () => ({ path: "/", httpOnly: true, sameSite: "lax" as const, secure: secure(), maxAge: CART_MAX_AGE_SECONDS })

export async function getCartId(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value
  return value && /^cart_[0-9A-Za-z]{10,40}$/.test(value) ? value : null
}

/** The count cookie's number of pieces; null when it is missing or not a count. */
export async function getCartCountCookie(): Promise<number | null> {
  return parseCartCount((await cookies()).get(CART_COUNT_COOKIE)?.value)
}

/**
 * Remembers the cart in this browser with its current number of pieces (read from the
 * backend): after adding, changing or removing lines, and after a sign-in claims it. When
 * the count cannot be read, the count cookie goes (the header then asks the backend).
 * Answers the count (null when it could not be read).
 */
export async function saveCart(cartId: string, token?: string): Promise<number | null> {
  const count = await fetchCartCount(cartId, token)
  const store = await cookies()
  store.set(CART_COOKIE, cartId, cartCookieOptions())
  if (count === null) store.delete({ name: CART_COUNT_COOKIE, path: "/" })
  else store.set(CART_COUNT_COOKIE, formatCartCount(count), cartCookieOptions())
  return count
}

export async function clearCartId(): Promise<void> {
  const store = await cookies()
  store.delete({ name: CART_COOKIE, path: "/" })
  store.delete({ name: CART_COUNT_COOKIE, path: "/" })
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
