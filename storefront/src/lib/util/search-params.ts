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

/** The query string for the product list, without defaults (page 1, no craft). */
export function productListQuery(params: { craft?: string; page?: number }): string {
  const query = new URLSearchParams()
  if (params.craft) query.set("craft", params.craft)
  if (params.page && params.page > 1) query.set("page", String(params.page))
  const text = query.toString()
  return text ? `?${text}` : ""
}
