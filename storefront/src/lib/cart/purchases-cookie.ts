/**
 * The purchases placed in this browser, remembered in an httpOnly cookie with the access
 * token place-order answered for each, so that a guest can open their confirmation
 * page. Another browser has neither; the purchase id alone opens nothing.
 */

export const PURCHASES_COOKIE = "cln_purchases"

/** How many recent purchases a browser remembers. */
export const MAX_REMEMBERED_PURCHASES = 10

export type RememberedPurchase = { id: string; token: string }

/** Medusa-style ids: a prefix, an underscore and a ULID-like body. */
export function isPurchaseId(value: unknown): value is string {
  return typeof value === "string" && /^[a-z]+_[0-9A-Za-z]{10,40}$/.test(value)
}

const isToken = (value: unknown): value is string => typeof value === "string" && /^[A-Za-z0-9_-]{16,100}$/.test(value)

export function parsePurchases(cookieValue: string | null | undefined): RememberedPurchase[] {
  if (!cookieValue) return []
  return cookieValue
    .split(".")
    .map((entry) => {
      const [id, token] = entry.split("~")
      return isPurchaseId(id) && isToken(token) ? { id, token } : null
    })
    .filter((entry): entry is RememberedPurchase => entry !== null)
    .slice(0, MAX_REMEMBERED_PURCHASES)
}

const serialize = (entries: RememberedPurchase[]) => entries.map((e) => `${e.id}~${e.token}`).join(".")

/** The cookie value with this purchase first, without duplicates, at most MAX_REMEMBERED_PURCHASES. */
export function rememberPurchase(cookieValue: string | null | undefined, id: string, token: string): string {
  const kept = parsePurchases(cookieValue)
  if (!isPurchaseId(id) || !isToken(token)) return serialize(kept)
  return serialize([{ id, token }, ...kept.filter((e) => e.id !== id)].slice(0, MAX_REMEMBERED_PURCHASES))
}

/** The access token this browser holds for a purchase, if it placed it. */
export function purchaseToken(cookieValue: string | null | undefined, id: string): string | null {
  return parsePurchases(cookieValue).find((e) => e.id === id)?.token ?? null
}
