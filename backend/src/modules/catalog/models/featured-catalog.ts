import { model } from "@medusajs/framework/utils"
import { CatalogItem } from "./catalog-item"
import { DisplayPoint } from "./display-point"

/**
 * A catalog officers curate to promote craft products: for a fair, a gift season or the
 * shelf of a display point. Shown on the storefront while published and inside its
 * window (either end may be open).
 */
export const FeaturedCatalog = model
  .define("featured_catalog", {
    id: model.id({ prefix: "fcat" }).primaryKey(),
    handle: model.text().unique(),
    title: model.text().searchable(),
    title_en: model.text().nullable(),
    story: model.text().nullable(),
    story_en: model.text().nullable(),
    hero_image_url: model.text().nullable(),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    status: model.enum(["draft", "published"]).default("draft"),
    published_at: model.dateTime().nullable(),
    items: model.hasMany(() => CatalogItem, { mappedBy: "catalog" }),
    display_points: model.hasMany(() => DisplayPoint, { mappedBy: "catalog" }),
  })
  .cascades({ delete: ["items"] })
