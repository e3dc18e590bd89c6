import { isHandle } from "@cln/domain"

export type SearchParams = Record<string, string | string[] | undefined>

export function firstParam(raw: string | string[] | undefined): string | undefined {
  return Array.isArray(raw) ? raw[0] : raw
}

/** A craft category handle from `?craft=`; anything that is not a handle is no filter. */
export function parseCraft(raw: string | string[] | undefined): string | undefined {
  const value = firstParam(raw)?.trim().toLowerCase()
  return value && isHandle(value) ? value : undefined
}

/** The OCOP star floors the product list offers: 3★ and up, 4★ and up, 5★. */
export const STAR_FILTERS = [3, 4, 5] as const
export type StarFilter = (typeof STAR_FILTERS)[number]

/**
 * The lowest OCOP star rating from `?stars=` ("4", also "4+" as people type it); only
 * ratings a certificate can have (3–5) filter, anything else is no filter.
 */
export function parseMinStars(raw: string | string[] | undefined): StarFilter | undefined {
  const value = firstParam(raw)?.trim().replace(/\+$/, "")
  if (!value || !/^\d$/.test(value)) return undefined
  const stars = Number(value)
  return (STAR_FILTERS as readonly number[]).includes(stars) ? (stars as StarFilter) : undefined
}

/** A GI or mark handle from `?mark=`; anything that is not a handle is no filter. */
export function parseMark(raw: string | string[] | undefined): string | undefined {
  return parseCraft(raw)
}

export type ProductListFilters = { craft?: string; stars?: StarFilter; mark?: string; page?: number }

/** The query string for the product list, without defaults (page 1, no filter), in a fixed order. */
export function productListQuery(params: ProductListFilters): string {
  const query = new URLSearchParams()
  if (params.craft) query.set("craft", params.craft)
  if (params.stars) query.set("stars", String(params.stars))
  if (params.mark) query.set("mark", params.mark)
  if (params.page && params.page > 1) query.set("page", String(params.page))
  const text = query.toString()
  return text ? `?${text}` : ""
}

/** True when the list is narrowed by a certificate (stars or a mark). */
export function hasCertificateFilter(params: Pick<ProductListFilters, "stars" | "mark">): boolean {
  return Boolean(params.stars || params.mark)
}
