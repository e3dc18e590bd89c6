import "server-only"
import { sdk } from "@/lib/config"
import type { AppLocale } from "@/i18n/routing"
import type { ShopProduct } from "@/lib/types"
import { toApiQuery, type SearchState } from "@/modules/search/query"
import { CACHE_TAGS, cacheOptions } from "./cache"
import { listProductsByIds } from "./products"

export type SearchFacetValue = { value: string; label: string; count: number; min?: number; max?: number }

export type SearchFacets = {
  craft: SearchFacetValue[]
  village: SearchFacetValue[]
  province: SearchFacetValue[]
  stars: SearchFacetValue[]
  mark: SearchFacetValue[]
  price: SearchFacetValue[]
}

export type SearchHit = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  price: number | null
  stars: number | null
  marks: { handle: string; name: string }[]
  village: { handle: string; name: string } | null
  province: string | null
}

type SearchResponse = { hits: SearchHit[]; facets: SearchFacets; count: number; page: number; page_count: number }

export type SearchPage = SearchResponse & { products: ShopProduct[] }

export const SEARCH_PER_PAGE = 12

/**
 * One page of search results with facet counts (GET /store/product-search), and the
 * products as the shop's cards show them (prices in the region, translations), in the
 * order the search ranked them.
 */
export async function searchProducts(locale: AppLocale, state: SearchState): Promise<SearchPage> {
  const result = await sdk.client.fetch<SearchResponse>("/store/product-search", {
    query: toApiQuery(state, SEARCH_PER_PAGE),
    ...cacheOptions(CACHE_TAGS.products),
  })
  const products = await listProductsByIds(
    locale,
    result.hits.map((hit) => hit.id)
  )
  return { ...result, products }
}
