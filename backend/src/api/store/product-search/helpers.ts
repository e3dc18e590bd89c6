import { VND_PRICE_RANGES } from "@cln/domain"
import type { SearchTypes } from "@medusajs/framework/types"
import type { StoreProductSearchType } from "./validators"

export const FACET_FIELDS = ["craft", "village", "province", "stars", "marks"] as const

export type FacetValue = { value: string; label: string; count: number }

/** The search filters for a validated request, inside what the store may show. */
export function searchFilters(input: StoreProductSearchType, salesChannelIds: string[]): SearchTypes.SearchFilters {
  const filters: SearchTypes.SearchFilters = {
    status: "published",
    sales_channel_ids: { $overlaps: salesChannelIds },
  }
  if (input.q) filters.q = input.q
  if (input.craft) filters.craft = input.craft
  if (input.village) filters.village = input.village
  if (input.province) filters.province = input.province
  if (input.mark) filters.marks = { $overlaps: [input.mark] }
  if (input.min_stars !== undefined) filters.stars = { $gte: input.min_stars }
  if (input.price_min !== undefined || input.price_max !== undefined) {
    filters.price = {
      ...(input.price_min !== undefined ? { $gte: input.price_min } : {}),
      ...(input.price_max !== undefined ? { $lte: input.price_max } : {}),
    }
  }
  return filters
}

export const facetRequests: SearchTypes.SearchFacetRequest[] = [
  ...FACET_FIELDS.map((field) => ({ field, type: "value" as const, limit: 100 })),
  {
    field: "price",
    type: "range",
    ranges: VND_PRICE_RANGES.map((r) => ({ key: r.key, from: "from" in r ? r.from : undefined, to: "to" in r ? r.to : undefined })),
  },
]

/** A value facet's entries, labelled, most frequent first (ties by label, Vietnamese order). */
export function valueFacet(result: SearchTypes.SearchFacetResult | undefined, label: (value: string) => string): FacetValue[] {
  if (!result || result.type !== "value") return []
  return result.values
    .filter((v) => v.count > 0 && v.value !== "")
    .map((v) => ({ value: v.value, label: label(v.value), count: v.count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "vi"))
}

/**
 * OCOP stars as "at least N stars" links: the count of N is every product rated N or
 * more, which is what the link (min_stars=N) then shows.
 */
export function starsFacet(result: SearchTypes.SearchFacetResult | undefined): FacetValue[] {
  if (!result || result.type !== "value") return []
  const counts = new Map<number, number>()
  for (const v of result.values) {
    const stars = Number(v.value)
    if (Number.isInteger(stars) && stars >= 1 && stars <= 5) counts.set(stars, (counts.get(stars) ?? 0) + v.count)
  }
  const out: FacetValue[] = []
  for (let n = 5; n >= 1; n--) {
    let count = 0
    for (const [stars, c] of counts) if (stars >= n) count += c
    if (count > 0 && counts.has(n)) out.push({ value: String(n), label: `${n}★`, count })
  }
  return out
}

export type PriceFacetValue = FacetValue & { min?: number; max?: number }

/** Price brackets with the inclusive bounds their links use (price_min, price_max). */
export function priceFacet(result: SearchTypes.SearchFacetResult | undefined): PriceFacetValue[] {
  if (!result || result.type !== "range") return []
  return result.ranges
    .filter((r) => r.count > 0)
    .map((r) => {
      const from = r.from === undefined ? undefined : Number(r.from)
      const to = r.to === undefined ? undefined : Number(r.to)
      return { value: r.key, label: r.key, count: r.count, min: from, max: to === undefined ? undefined : to - 1 }
    })
}
