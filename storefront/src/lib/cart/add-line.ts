import "server-only"
import { getCustomerToken } from "@/lib/account/session"
import { getCartId, saveCart } from "@/lib/cart/cookies"
import { isOutOfStock, storeFetch } from "@/lib/cart/store-api"
import { parseQuantity } from "@/lib/cart/view"
import { getRegion } from "@/lib/data/regions"

export type AddToCartState = { status: "idle" | "added" | "error"; message: string | null }
/**
 * What adding a line came to: the form's answer, why it failed (`invalid`: the form,
 * `outOfStock`, `failed`: the backend), and the cart's pieces afterwards (null when not
 * added or not read).
 */
export type AddedLine = { state: AddToCartState; outcome: "added" | "invalid" | "outOfStock" | "failed"; count: number | null }
/** The `cart.add` messages, in the visitor's language. */
type AddMessages = (key: "chooseVariant" | "invalidQuantity" | "failed" | "outOfStock" | "added", values?: { count: number }) => string

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

/**
 * Adds the form's variant and quantity to the visitor's cart (a new one when there is
 * none, or the old one was placed or is gone) and remembers the cart in the cookies.
 * Shared by the server action (the form without JavaScript, and pages React runs) and by
 * POST /api/cart/line-items (the small script of scriptless product pages), so both
 * answer alike.
 */
export async function addLineToCart(formData: FormData, t: AddMessages): Promise<AddedLine> {
  const variantId = formData.get("variant_id")
  const quantity = parseQuantity(formData.get("quantity"))
  const refused = (outcome: AddedLine["outcome"], message: string): AddedLine => ({ state: { status: "error", message }, outcome, count: null })
  if (typeof variantId !== "string" || !VARIANT_ID.test(variantId)) return refused("invalid", t("chooseVariant"))
  if (quantity === null) return refused("invalid", t("invalidQuantity"))

  const add = (cartId: string) =>
    storeFetch(`/store/carts/${cartId}/line-items`, { method: "POST", body: { variant_id: variantId, quantity } })

  let cartId = await getCartId()
  let added = cartId ? await add(cartId) : null
  if (!cartId || (added && !added.ok && !isOutOfStock(added))) {
    cartId = await createCart()
    if (!cartId) return refused("failed", t("failed"))
    added = await add(cartId)
  }
  if (!added || !added.ok) {
    if (added && isOutOfStock(added)) return refused("outOfStock", t("outOfStock"))
    // The backend refused the line itself (a variant that is not for sale, say): the form's fault, not an outage.
    return refused(added && added.status >= 400 && added.status < 500 ? "invalid" : "failed", t("failed"))
  }
  // The cookies are set only now, when there is something in the cart.
  const count = await saveCart(cartId)
  return { state: { status: "added", message: t("added", { count: quantity }) }, outcome: "added", count }
}
