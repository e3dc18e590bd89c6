import "server-only"
import { getLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { cache } from "react"
import { sdk } from "@/lib/config"
import type { AppLocale } from "@/i18n/routing"
import { getProducerToken, producerFetch } from "@/lib/seller-session"
import type {
  ApiFailure,
  ApiResult,
  SellerOrder,
  SellerProduct,
  SellerProductDetail,
  SellerProductStatus,
  SellerSession,
} from "@/lib/seller-types"
import { PRODUCT_CRAFTS } from "@/lib/util/seller-product-form"
import { countNewOrders, lowStockVariants, type LowStockVariant } from "@/lib/util/seller-view"
import { listCrafts } from "./categories"
import { cacheOptions } from "./cache"

/**
 * Reads of the seller panel. Producer data is per signed-in member and never cached
 * across requests; a missing or expired sign-in sends the visitor to the sign-in page.
 */

const loginPath = (locale: string) => `/${locale}/seller/login`
// A route handler: it clears the expired cookie (pages cannot), then shows the sign-in page.
const expiredPath = (locale: string) => `/${locale}/seller/session-expired`

/** Sends an expired or refused sign-in back to the sign-in page. */
async function signInAgain(): Promise<never> {
  redirect(expiredPath(await getLocale()))
}

/** A producer API read where 401 means "sign in again"; other failures are the page's to show. */
async function read<T>(path: string, query?: Record<string, string | number | undefined>): Promise<ApiResult<T>> {
  const result = await producerFetch<T>(path, { query })
  if (!result.ok && result.status === 401) await signInAgain()
  return result
}

/** A refusal (403: not approved, or another 4xx) is shown on the page with the backend's message; a 5xx is an error. */
function shownFailure(result: ApiFailure): ApiFailure {
  if (result.status >= 500) throw new Error(`Producer API answered ${result.status}: ${result.message}`)
  return result
}

/** The signed-in producer and member (GET /producer/me), or a redirect to sign in. */
export const requireSeller = cache(async (): Promise<SellerSession> => {
  const locale = await getLocale()
  const token = await getProducerToken()
  if (!token) redirect(loginPath(locale))
  const result = await read<SellerSession>("/producer/me")
  if (!result.ok) throw new Error(`Producer API answered ${result.status}: ${result.message}`)
  return result.data
})

/** The signed-in producer when there is a valid sign-in, else null (for the sign-in page). */
export async function currentSeller(): Promise<SellerSession | null> {
  const result = await producerFetch<SellerSession>("/producer/me")
  return result.ok ? result.data : null
}

export type ProductListQuery = { q?: string; status?: SellerProductStatus; page: number; perPage: number }
export type ProductList = { products: SellerProduct[]; count: number }

export async function listSellerProducts(query: ProductListQuery): Promise<ProductList | ApiFailure> {
  const result = await read<ProductList>("/producer/products", {
    limit: query.perPage,
    offset: (query.page - 1) * query.perPage,
    q: query.q || undefined,
    status: query.status,
  })
  return result.ok ? result.data : shownFailure(result)
}

/** One of the producer's products; null when it is not theirs or does not exist. */
export async function getSellerProduct(id: string): Promise<SellerProductDetail | ApiFailure | null> {
  const result = await read<{ product: SellerProductDetail }>(`/producer/products/${encodeURIComponent(id)}`)
  if (result.ok) return result.data.product
  if (result.status === 404) return null
  return shownFailure(result)
}

export type OrderList = { orders: SellerOrder[]; count: number }

/** The producer's orders; `null` while the backend has no orders API yet (404). */
export async function listSellerOrders(query: { page: number; perPage: number }): Promise<OrderList | ApiFailure | null> {
  const result = await read<OrderList>("/producer/orders", { limit: query.perPage, offset: (query.page - 1) * query.perPage })
  if (result.ok) return { orders: result.data.orders ?? [], count: result.data.count ?? result.data.orders?.length ?? 0 }
  if (result.status === 404) return null
  return shownFailure(result)
}

export async function getSellerOrder(id: string): Promise<SellerOrder | ApiFailure | null> {
  const result = await read<{ order: SellerOrder }>(`/producer/orders/${encodeURIComponent(id)}`)
  if (result.ok) return result.data.order
  if (result.status === 404) return null
  return shownFailure(result)
}

/** How many products a list query counts (one row is fetched). */
async function countProducts(status: SellerProductStatus): Promise<number | null> {
  const result = await read<ProductList>("/producer/products", { limit: 1, offset: 0, status })
  return result.ok ? result.data.count : null
}

/** Products read for the low-stock list (the API's page limit); a producer's catalogue is small. */
const DASHBOARD_PRODUCT_LIMIT = 100

export type SellerDashboard = {
  /** Null when the products API refused (not approved) or is not there. */
  products: { published: number; draft: number; lowStock: LowStockVariant[] } | null
  /** Null when there is no orders API yet. */
  newOrders: number | null
}

/** The dashboard's numbers; only an approved producer has any. */
export async function getSellerDashboard(session: SellerSession): Promise<SellerDashboard> {
  if (session.producer.status !== "approved") return { products: null, newOrders: null }
  const [published, draft, all, orders] = await Promise.all([
    countProducts("published"),
    countProducts("draft"),
    read<ProductList>("/producer/products", { limit: DASHBOARD_PRODUCT_LIMIT, offset: 0 }),
    read<OrderList>("/producer/orders", { limit: 100, offset: 0 }),
  ])
  return {
    products:
      published !== null && draft !== null && all.ok
        ? { published, draft, lowStock: lowStockVariants(all.data.products) }
        : null,
    newOrders: orders.ok ? countNewOrders(orders.data.orders ?? []) : null,
  }
}

/** The crafts a product can be listed under, named in the page's language. */
export async function listProductCrafts(locale: AppLocale): Promise<{ handle: string; name: string }[]> {
  const crafts = await listCrafts(locale).catch(() => [])
  return PRODUCT_CRAFTS.map((handle) => ({
    handle,
    name: crafts.find((craft) => craft.handle === handle)?.name ?? handle,
  }))
}

export type VillageOption = { handle: string; name: string; commune: string | null }

/**
 * Villages an applicant can choose from (public store route). An empty list when the
 * route is not there: the form then leaves the village out.
 */
export async function listVillageOptions(locale: AppLocale): Promise<VillageOption[]> {
  try {
    const { craft_villages } = await sdk.client.fetch<{
      craft_villages: { handle: string; name: string; name_en?: string | null; commune?: string | null }[]
    }>("/store/craft-villages", { query: { limit: 100 }, ...cacheOptions("craft-villages") })
    return craft_villages
      .map((village) => ({
        handle: village.handle,
        name: (locale === "en" && village.name_en) || village.name,
        commune: village.commune ?? null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, locale))
  } catch {
    return []
  }
}
