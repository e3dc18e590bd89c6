import { model } from "@medusajs/framework/utils"
import { FeaturedCatalog } from "./featured-catalog"

/**
 * One product in a catalog, at its place in the officer's order. The product lives in
 * Medusa's Product module; `product_id` is read through a read-only link.
 */
export const CatalogItem = model
  .define("catalog_item", {
    id: model.id({ prefix: "fcit" }).primaryKey(),
    product_id: model.text(),
    rank: model.number(),
    note: model.text().nullable(),
    note_en: model.text().nullable(),
    catalog: model.belongsTo(() => FeaturedCatalog, { mappedBy: "items" }),
  })
  .indexes([{ on: ["catalog_id", "rank"] }, { on: ["product_id"] }])
