import "server-only"
import { cache } from "react"
import { getCustomerToken } from "@/lib/account/session"
import type { Customer } from "@/lib/account/types"
import { storeFetch } from "@/lib/cart/store-api"
import type { Purchase } from "@/lib/cart/types"

/** The signed-in customer, or null (no cookie, or the token expired). */
export const getCustomer = cache(async (): Promise<Customer | null> => {
  const token = await getCustomerToken()
  if (!token) return null
  const me = await storeFetch<{ customer: Customer }>("/store/customers/me", {
    token,
    query: { fields: "id,email,first_name,last_name,phone,*addresses" },
  })
  return me.ok ? me.data.customer : null
})

/** The customer's purchases, newest first, each with its orders (one per producer). */
export async function listPurchases(): Promise<Purchase[] | null> {
  const token = await getCustomerToken()
  if (!token) return null
  const result = await storeFetch<{ purchases: Purchase[] }>("/store/customers/me/purchases", { token, query: { limit: 20 } })
  return result.ok ? result.data.purchases : null
}
