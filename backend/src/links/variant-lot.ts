import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TraceabilityModule from "../modules/traceability"

// A variant is made in many lots; each lot is of exactly one variant.
export default defineLink(ProductModule.linkable.productVariant, {
  linkable: TraceabilityModule.linkable.lot,
  isList: true,
})
