import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publicOrigin } from "../../../workflows/traceability/utils/public-origin"

export const ADMIN_CATALOG_FIELDS = [
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
  "published_at",
  "created_at",
  "updated_at",
]

const ITEM_FIELDS = [
  "items.id",
  "items.rank",
  "items.note",
  "items.note_en",
  "items.product_id",
  "items.product.id",
  "items.product.title",
  "items.product.handle",
  "items.product.thumbnail",
  "items.product.status",
]

type Row = Record<string, any>

/** A catalog with its products in the officer's order; a product deleted since shows as missing. */
export function presentAdminCatalog(c: Row): Row {
  const { items, display_points, ...catalog } = c
  return {
    ...catalog,
    // Its public page; the storefront shows it only while published and inside its window.
    storefront_url: `${publicOrigin()}/vi/catalogs/${catalog.handle}`,
    products: [...(items ?? [])]
      .sort((a: Row, b: Row) => a.rank - b.rank)
      .map((i: Row) => ({
        product_id: i.product_id,
        note: i.note ?? null,
        note_en: i.note_en ?? null,
        title: i.product?.title ?? null,
        handle: i.product?.handle ?? null,
        thumbnail: i.product?.thumbnail ?? null,
        status: i.product?.status ?? "missing",
      })),
    display_points: (display_points ?? []).map((p: Row) => ({ id: p.id, handle: p.handle, name: p.name })),
  }
}

export async function retrieveAdminCatalog(container: MedusaContainer, id: string): Promise<Row | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "featured_catalog",
    fields: [...ADMIN_CATALOG_FIELDS, ...ITEM_FIELDS, "display_points.id", "display_points.handle", "display_points.name"],
    filters: { id },
  })
  return data[0] ? presentAdminCatalog(data[0]) : null
}
