import { normalizeSearchText, SEARCH_QUERY_MAX_LENGTH } from "@cln/domain"

/**
 * The search page's URL state (/search?q=&craft=&village=&province=&min_stars=&mark=
 * &price_min=&price_max=&page=). Read leniently: a value that cannot be right is dropped
 * rather than shown as an error, since URLs get shared, cut and edited by hand; the
 * backend still validates what is sent.
 */
export type SearchState = {
  q?: string
  craft?: string
  village?: string
  province?: string
  min_stars?: number
  mark?: string
  price_min?: number
  price_max?: number
  page: number
}

export type RawSearchParams = Record<string, string | string[] | undefined>

export const SEARCH_FILTER_KEYS = ["craft", "village", "province", "min_stars", "mark", "price_min", "price_max"] as const
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number]

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

function handle(value: string | string[] | undefined): string | undefined {
  const v = first(value)?.trim()
  return v && v.length <= 120 && HANDLE.test(v) ? v : undefined
}

function integer(value: string | string[] | undefined, min: number, max: number): number | undefined {
  const v = first(value)?.trim()
  if (!v || !/^\d+$/.test(v)) return undefined
  const n = Number(v)
  return n >= min && n <= max ? n : undefined
}

export function parseSearchState(params: RawSearchParams): SearchState {
  const rawQ = first(params.q)?.replace(/\s+/g, " ").trim()
  const q = rawQ && normalizeSearchText(rawQ) !== "" ? rawQ.slice(0, SEARCH_QUERY_MAX_LENGTH).trim() : undefined
  const province = first(params.province)?.trim()
  let price_min = integer(params.price_min, 0, 10_000_000_000)
  let price_max = integer(params.price_max, 0, 10_000_000_000)
  if (price_min !== undefined && price_max !== undefined && price_min > price_max) {
    price_min = undefined
    price_max = undefined
  }
  return {
    q,
    craft: handle(params.craft),
    village: handle(params.village),
    province: province && province.length <= 100 ? province : undefined,
    min_stars: integer(params.min_stars, 1, 5),
    mark: handle(params.mark),
    price_min,
    price_max,
    page: integer(params.page, 1, 200) ?? 1,
  }
}

/** The query string for a state, in a fixed order, without empty values or page 1. */
export function searchQueryString(state: Partial<SearchState>): string {
  const params = new URLSearchParams()
  if (state.q) params.set("q", state.q)
  for (const key of SEARCH_FILTER_KEYS) {
    const value = state[key]
    if (value !== undefined && value !== "") params.set(key, String(value))
  }
  if (state.page && state.page > 1) params.set("page", String(state.page))
  const query = params.toString()
  return query ? `?${query}` : ""
}

/** The search page's path for a state (locale prefix added by the Link). */
export function searchHref(state: Partial<SearchState>): string {
  return `/search${searchQueryString(state)}`
}

/** A state with some filters changed; any change of filters goes back to page 1. */
export function withFilters(state: SearchState, change: Partial<Record<SearchFilterKey, string | number | undefined>>): SearchState {
  return { ...state, ...change, page: 1 } as SearchState
}

/** Whether any filter (not the text) is set. */
export function hasFilters(state: SearchState): boolean {
  return SEARCH_FILTER_KEYS.some((key) => state[key] !== undefined)
}

/** The query sent to GET /store/product-search. */
export function toApiQuery(state: SearchState, limit: number): Record<string, string> {
  const query: Record<string, string> = { page: String(state.page), limit: String(limit) }
  if (state.q) query.q = state.q
  for (const key of SEARCH_FILTER_KEYS) {
    const value = state[key]
    if (value !== undefined) query[key] = String(value)
  }
  return query
}
