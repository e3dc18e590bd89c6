import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isCatalogLive } from "@cln/domain"

export const STORE_CATALOG_FIELDS = [
  "id",
  "handle",
  "title",
  "title_en",
  "story",
  "story_en",
  "hero_image_url",
  "starts_at",
  "ends_at",
  "status",
  "items.rank",
  "items.product_id",
  "items.note",
  "items.note_en",
  "items.product.id",
  "items.product.status",
]

type Row = Record<string, any>

/**
 * What buyers see of a catalog: the officer's texts and the ids of its products in order,
 * leaving out any product unpublished or deleted since it was added (the storefront
 * fetches the cards with prices for the buyer's region). Null when it is not live.
 */
export function presentStoreCatalog(c: Row, now: Date): Row | null {
  const window = { status: c.status, starts_at: c.starts_at ? new Date(c.starts_at) : null, ends_at: c.ends_at ? new Date(c.ends_at) : null }
  if (!isCatalogLive(window, now)) return null
  const items = [...(c.items ?? [])]
    .filter((i: Row) => i.product?.status === "published")
    .sort((a: Row, b: Row) => a.rank - b.rank)
  return {
    id: c.id,
    handle: c.handle,
    title: c.title,
    title_en: c.title_en ?? null,
    story: c.story ?? null,
    story_en: c.story_en ?? null,
    hero_image_url: c.hero_image_url ?? null,
    starts_at: c.starts_at ?? null,
    ends_at: c.ends_at ?? null,
    products: items.map((i: Row) => ({ product_id: i.product_id, note: i.note ?? null, note_en: i.note_en ?? null })),
  }
}

export async function listLiveCatalogs(container: MedusaContainer, filters: Row = {}): Promise<Row[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "featured_catalog",
    fields: STORE_CATALOG_FIELDS,
    filters: { status: "published", ...filters },
    pagination: { order: { published_at: "DESC" } },
  })
  const now = new Date()
  return data.map((c) => presentStoreCatalog(c, now)).filter((c): c is Row => !!c && c.products.length > 0)
}
