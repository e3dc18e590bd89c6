import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import TraceabilityModule from "../modules/traceability"

// Every variant has one product-level trace code, made when the variant is created.
export default defineLink(ProductModule.linkable.productVariant, TraceabilityModule.linkable.traceCode)
