import "server-only"
import { cache } from "react"
import { sdk } from "@/lib/config"
import type { AppLocale } from "@/i18n/routing"
import type { ShopProduct } from "@/lib/types"
import { toMedusaLocale } from "@/lib/util/locale-path"
import { pageCount, pageOffset } from "@/lib/util/pagination"
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

export type ProductPage = {
  products: ShopProduct[]
  count: number
  page: number
  pageCount: number
}

export async function listProducts({
  locale,
  page = 1,
  perPage,
  categoryId,
  ids,
}: {
  locale: AppLocale
  page?: number
  perPage: number
  categoryId?: string
  /** Only these products (e.g. those with a certificate); an empty list matches nothing. */
  ids?: readonly string[]
}): Promise<ProductPage> {
  if (ids && ids.length === 0) return { products: [], count: 0, page, pageCount: pageCount(0, perPage) }
  const region = await getRegion()
  const { products, count } = await sdk.client.fetch<{ products: ShopProduct[]; count: number }>(
    "/store/products",
    {
      query: {
        limit: perPage,
        offset: pageOffset(page, perPage),
        fields: fieldsWithPrices(CARD_FIELDS, region?.id),
        region_id: region?.id,
        locale: toMedusaLocale(locale),
        ...(categoryId ? { category_id: [categoryId] } : {}),
        ...(ids ? { id: [...ids] } : {}),
      },
      ...cacheOptions(CACHE_TAGS.products),
    }
  )
  return { products, count, page, pageCount: pageCount(count, perPage) }
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
