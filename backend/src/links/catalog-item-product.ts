import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CatalogModule from "../modules/catalog"

// A catalog item's product (catalog_item.product), read through the id the item stores:
// the catalog keeps its own order, so no link table is needed.
export default defineLink(
  { linkable: CatalogModule.linkable.catalogItem, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
