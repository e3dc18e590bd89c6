import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { sdk } from "@/lib/config"
import type { AppLocale } from "@/i18n/routing"
import type { ShopProduct } from "@/lib/types"
import type { ProductCardView } from "@/lib/util/product-card"
import { CACHE_TAGS, cacheOptions } from "./cache"
import { listProductCards } from "./products"

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
export async function listRelatedProducts(locale: AppLocale, product: ShopProduct, count = 4): Promise<ProductCardView[]> {
  const craft = product.categories?.[0]
  if (!craft?.handle) return []
  const page = await listProductCards({ locale, perPage: count + 1, craft: craft.handle })
  return (page?.cards ?? []).filter((card) => card.id !== product.id).slice(0, count)
}
