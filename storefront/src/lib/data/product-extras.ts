import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "@/lib/config"
import type { AppLocale } from "@/i18n/routing"
import type { ShopProduct } from "@/lib/types"
import { CACHE_TAGS, cacheOptions } from "./cache"
import { listProducts } from "./products"

export type TracePreview = {
  product_code: string | null
  lot_count: number
  latest_lot: { code: string; lot_number: string; event_count: number; produced_at: string | null } | null
}

/** The product's traceability preview; null when the backend has none to give. */
export async function getTracePreview(productId: string): Promise<TracePreview | null> {
  try {
    const { trace_preview } = await sdk.client.fetch<{ trace_preview: TracePreview }>(`/store/product-traces/${productId}`, cacheOptions(CACHE_TAGS.products))
    return trace_preview
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

/** Up to `count` other products of the same craft, for "Sản phẩm cùng nghề". */
export async function listRelatedProducts(locale: AppLocale, product: ShopProduct, count = 4): Promise<ShopProduct[]> {
  const craft = product.categories?.[0]
  if (!craft) return []
  const { products } = await listProducts({ locale, perPage: count + 1, categoryId: craft.id })
  return products.filter((p) => p.id !== product.id).slice(0, count)
}
