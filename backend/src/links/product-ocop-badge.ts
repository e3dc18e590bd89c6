import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

// A product shows at most one OCOP badge: that of its current verified certificate.
export default defineLink(ProductModule.linkable.product, OcopModule.linkable.ocopBadge)
