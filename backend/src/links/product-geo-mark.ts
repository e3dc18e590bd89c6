import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import GeoIndicationModule from "../modules/geo-indication"

// A product's claims of marks (product.geo_marks): a product may claim several marks and
// a mark is claimed by many products. Claims exist only while the owner holds a current
// right of use; the workflows that end a right delete them.
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  { linkable: GeoIndicationModule.linkable.geoMark, isList: true }
)
