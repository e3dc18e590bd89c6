/** Shapes and Vietnamese labels of the trade-promotion admin API (/admin/catalogs, /admin/display-points). */
export type CatalogStatus = "draft" | "published"

export type CatalogProduct = {
  product_id: string
  title: string | null
  handle: string | null
  thumbnail: string | null
  status: string
}

export type AdminCatalog = {
  id: string
  handle: string
  title: string
  title_en: string | null
  story: string | null
  story_en: string | null
  hero_image_url: string | null
  starts_at: string | null
  ends_at: string | null
  status: CatalogStatus
  published_at: string | null
  storefront_url: string
  product_count?: number
  products: CatalogProduct[]
  display_points: { id: string; handle: string; name: string }[]
}

export const CATALOG_STATUS_LABEL: Record<CatalogStatus, string> = { draft: "Bản nháp", published: "Đã đăng" }
export const CATALOG_STATUS_COLOR: Record<CatalogStatus, "grey" | "green"> = { draft: "grey", published: "green" }

export type DisplayPointKind = "market_stall" | "shop" | "mall" | "rest_stop" | "tourist_site"
export const DISPLAY_POINT_KIND_LABEL: Record<DisplayPointKind, string> = {
  market_stall: "Quầy chợ",
  shop: "Cửa hàng",
  mall: "Trung tâm thương mại",
  rest_stop: "Trạm dừng nghỉ",
  tourist_site: "Điểm du lịch",
}

export type AdminDisplayPoint = {
  id: string
  handle: string
  name: string
  kind: DisplayPointKind
  address: string
  commune: string
  province: string
  active: boolean
  scan_count: number
  catalog: { id: string; handle: string; title: string; status: CatalogStatus } | null
}

const DAY_MS = 86_400_000

/** A day picked in the admin (YYYY-MM-DD) as the start of that day in Vietnam, and back. */
export const vnDayStart = (day: string) => (day ? `${day}T00:00:00+07:00` : null)
export const vnDay = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10) : "")

/** The officer picks the last day on show; the catalog stops at the midnight after it. */
export const vnDayEnd = (day: string) => (day ? new Date(Date.parse(`${day}T00:00:00+07:00`) + DAY_MS).toISOString() : null)
export const vnLastDay = (iso: string | null) => (iso ? vnDay(new Date(new Date(iso).getTime() - DAY_MS).toISOString()) : "")

/**
 * One entry moved to another place in a list, the others keeping their order. The same
 * rule as @cln/domain's moveEntry, which the admin bundle cannot import (the package is
 * CommonJS and Vite serves workspace packages unbundled).
 */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list]
  const next = [...list]
  const [entry] = next.splice(from, 1)
  next.splice(to, 0, entry as T)
  return next
}

/**
 * "Quà Tết 2027" → "qua-tet-2027": a catalog's or fair's web address, which the officer
 * may still change. @cln/domain's slugify, written again because the admin bundle cannot
 * import that CommonJS workspace package; the backend checks every handle anyway.
 */
export const handleOf = (title: string) =>
  title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
