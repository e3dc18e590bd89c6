import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { getCustomerToken } from "@/lib/account/session"
import { sdk } from "@/lib/config"
import type { ApiResult } from "@/lib/seller-types"

/**
 * Calls to the store API for one buyer: never cached (a cart, a customer and their
 * purchases are per person), as the signed-in customer when there is one (`Authorization:
 * Bearer` from the cln_customer cookie, read only on the server; a registered customer's
 * cart answers 404 to anyone else), or with `token` (null: none). HTTP errors come back
 * as `{ ok: false, status, message }` with the backend's (bilingual) message.
 */
export async function storeFetch<T>(
  path: string,
  init: {
    method?: "GET" | "POST" | "DELETE"
    query?: Record<string, unknown>
    body?: Record<string, unknown>
    token?: string | null
    locale?: string
  } = {}
): Promise<ApiResult<T>> {
  const token = init.token === undefined ? await getCustomerToken() : init.token
  try {
    const data = await sdk.client.fetch<T>(path, {
      method: init.method ?? "GET",
      query: init.query,
      body: init.body,
      cache: "no-store",
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.locale ? { "x-medusa-locale": init.locale } : {}),
      },
    })
    return { ok: true, data }
  } catch (error) {
    if (error instanceof FetchError) {
      const status = error.status ?? 500
      return { ok: false, status, message: error.message || error.statusText || String(status) }
    }
    return { ok: false, status: 503, message: error instanceof Error ? error.message : String(error) }
  }
}

/** True when the backend refused because stock ran out (409 at placement, 400 when adding). */
export function isOutOfStock(failure: { status: number; message: string }): boolean {
  return /hết hàng|out of stock|inventory/i.test(failure.message)
}

/**
 * Pieces in the cart: 0 for a cart that is placed or that this buyer cannot see (404),
 * null when the backend could not say (the caller then does not write a count).
 */
export async function fetchCartCount(cartId: string, token?: string | null): Promise<number | null> {
  const cart = await storeFetch<{ cart: { completed_at?: string | null; items?: { quantity: number }[] | null } }>(`/store/carts/${cartId}`, {
    query: { fields: "id,completed_at,items.id,items.quantity" },
    token,
  })
  if (!cart.ok) return cart.status === 404 || cart.status === 401 || cart.status === 403 ? 0 : null
  if (cart.data.cart.completed_at) return 0
  return (cart.data.cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}
