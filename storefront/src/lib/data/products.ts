import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import { sdk } from "@/lib/config"
import type { AppLocale } from "@/i18n/routing"
import type { ShopProduct } from "@/lib/types"
import { toMedusaLocale } from "@/lib/util/locale-path"
import { productCardFromListing, type ProductCardView, type StoreProductCard } from "@/lib/util/product-card"
import type { StarFilter } from "@/lib/util/search-params"
import { orderByIds } from "@/lib/util/village-view"
import { CACHE_TAGS, cacheOptions } from "./cache"
import { getRegion } from "./regions"

const PRODUCER_FIELDS = [
  "producer.id",
  "producer.handle",
  "producer.name",
  "producer.legal_kind",
  "producer.craft_village.id",
  "producer.craft_village.handle",
  "producer.craft_village.name",
  "producer.craft_village.name_en",
  "producer.craft_village.commune",
  "producer.craft_village.province",
].join(",")
const PRICE_FIELDS = "*variants.calculated_price"
/** The OCOP star badge (verified, unexpired certificates only) and the marks the product validly claims. */
const CERTIFICATE_FIELDS = "+ocop_badge.*,+geo_marks.*"

/** What a product card shows: no description or gallery, to keep list responses small. */
const CARD_FIELDS = [
  "id,handle,title,subtitle,thumbnail,*categories,*variants,+variants.inventory_quantity",
  PRODUCER_FIELDS,
  CERTIFICATE_FIELDS,
]

/** What the product page shows. */
const DETAIL_FIELDS = [
  "id,handle,title,subtitle,description,thumbnail,*images,*categories,metadata,*variants,+variants.inventory_quantity",
  PRODUCER_FIELDS,
  CERTIFICATE_FIELDS,
]

/** Prices need a region; without one (no region set up yet) products are listed unpriced. */
function fieldsWithPrices(fields: string[], regionId: string | undefined): string {
  return (regionId ? [...fields, PRICE_FIELDS] : fields).join(",")
}

export type ProductCardPage = {
  cards: ProductCardView[]
  count: number
  page: number
  pageCount: number
}

type StoreProductCards = { cards: StoreProductCard[]; count: number; page: number; limit: number; page_count: number }

/**
 * A page of the catalogue as cards (GET /store/product-cards): newest first, narrowed by
 * craft, OCOP stars and mark, priced in the visitor's region, in the page's language.
 * Answered from the search index, so a product change shows as soon as search shows it.
 * Null when the page is past the last one (the backend refuses it with a 400; the craft
 * and mark handed in were checked by the page against the crafts and marks that exist).
 */
export async function listProductCards({
  locale,
  page = 1,
  perPage,
  craft,
  stars,
  mark,
}: {
  locale: AppLocale
  page?: number
  perPage: number
  /** A craft (product category) handle. */
  craft?: string
  stars?: StarFilter
  /** A mark's handle. */
  mark?: string
}): Promise<ProductCardPage | null> {
  const region = await getRegion()
  try {
    const result = await sdk.client.fetch<StoreProductCards>("/store/product-cards", {
      query: { craft, min_stars: stars, mark, region_id: region?.id, locale: toMedusaLocale(locale), page, limit: perPage },
      ...cacheOptions(CACHE_TAGS.products),
    })
    return { cards: result.cards.map(productCardFromListing), count: result.count, page: result.page, pageCount: result.page_count }
  } catch (error) {
    if (error instanceof FetchError && error.status === 400 && page > 1) return null
    throw error
  }
}

/**
 * Product cards for products named by id (a producer's or a village's products, which
 * the store API cannot filter by producer), in the order given. Products that are no
 * longer sold in this sales channel are left out by the API.
 */
export async function listProductsByIds(locale: AppLocale, ids: readonly string[]): Promise<ShopProduct[]> {
  if (ids.length === 0) return []
  const region = await getRegion()
  const { products } = await sdk.client.fetch<{ products: ShopProduct[] }>("/store/products", {
    query: {
      id: [...ids],
      limit: ids.length,
      fields: fieldsWithPrices(CARD_FIELDS, region?.id),
      region_id: region?.id,
      locale: toMedusaLocale(locale),
    },
    ...cacheOptions(CACHE_TAGS.products),
  })
  return orderByIds(products, ids)
}

export const getProductByHandle = cache(async (locale: AppLocale, handle: string): Promise<ShopProduct | null> => {
  const region = await getRegion()
  const { products } = await sdk.client.fetch<{ products: ShopProduct[] }>("/store/products", {
    query: {
      handle,
      limit: 1,
      fields: fieldsWithPrices(DETAIL_FIELDS, region?.id),
      region_id: region?.id,
      locale: toMedusaLocale(locale),
    },
    ...cacheOptions(CACHE_TAGS.products, CACHE_TAGS.product(handle)),
  })
  return products[0] ?? null
})
