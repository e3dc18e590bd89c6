/**
 * Trade promotion: featured catalogs that officers curate for fairs, gift lists and
 * display points, and the places that show them.
 */

/** Where a display point stands; each prints a QR poster that opens its catalog. */
export const DISPLAY_POINT_KINDS = {
  market_stall: { vi: "Quầy chợ", en: "Market stall" },
  shop: { vi: "Cửa hàng", en: "Shop" },
  mall: { vi: "Trung tâm thương mại", en: "Shopping mall" },
  rest_stop: { vi: "Trạm dừng nghỉ", en: "Highway rest stop" },
  tourist_site: { vi: "Điểm du lịch", en: "Tourist site" },
} as const
export type DisplayPointKind = keyof typeof DISPLAY_POINT_KINDS
export const DISPLAY_POINT_KIND_KEYS = Object.keys(DISPLAY_POINT_KINDS) as [DisplayPointKind, ...DisplayPointKind[]]

/** Most products a catalog holds: a printed gift catalog or a stall shelf, not a shop. */
export const MAX_CATALOG_PRODUCTS = 60

export type CatalogWindow = { starts_at: Date | null; ends_at: Date | null }

/** Why a catalog's schedule is refused. */
export type ScheduleProblem = "ends_before_start"

/** A catalog may run open-ended on either side, but never end before it starts. */
export function checkCatalogSchedule(window: CatalogWindow): ScheduleProblem | null {
  if (window.starts_at && window.ends_at && window.ends_at.getTime() <= window.starts_at.getTime()) {
    return "ends_before_start"
  }
  return null
}

/** A published catalog is shown from its start (if any) until its end (if any). */
export function isCatalogLive(catalog: CatalogWindow & { status: string }, now: Date): boolean {
  if (catalog.status !== "published") return false
  if (catalog.starts_at && catalog.starts_at.getTime() > now.getTime()) return false
  if (catalog.ends_at && catalog.ends_at.getTime() <= now.getTime()) return false
  return true
}

/** What the catalog needs to know of a product it lists. */
export type CatalogProductState = { id: string; status: string; deleted_at: Date | string | null }

export type CatalogProductProblem = { product_id: string; problem: "unknown" | "deleted" | "not_published" | "duplicate" }

/**
 * The products of a catalog, in the officer's order, must each exist, be published and
 * not deleted, and appear once: a catalog with a product buyers cannot open is refused
 * whole rather than shown with a hole.
 */
export function checkCatalogProducts(productIds: readonly string[], found: readonly CatalogProductState[]): CatalogProductProblem[] {
  const byId = new Map(found.map((p) => [p.id, p]))
  const seen = new Set<string>()
  const problems: CatalogProductProblem[] = []
  for (const id of productIds) {
    if (seen.has(id)) {
      problems.push({ product_id: id, problem: "duplicate" })
      continue
    }
    seen.add(id)
    const product = byId.get(id)
    if (!product) problems.push({ product_id: id, problem: "unknown" })
    else if (product.deleted_at) problems.push({ product_id: id, problem: "deleted" })
    else if (product.status !== "published") problems.push({ product_id: id, problem: "not_published" })
  }
  return problems
}

/** Moves one entry of an ordered list to another position; the others keep their order. */
export function moveEntry<T>(list: readonly T[], from: number, to: number): T[] {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < 0 || from >= list.length || to >= list.length) {
    throw new RangeError(`Cannot move entry ${from} to ${to} in a list of ${list.length}`)
  }
  const next = [...list]
  const [entry] = next.splice(from, 1)
  next.splice(to, 0, entry as T)
  return next
}
