import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

// A product has many OCOP certificates over the years (submitted, verified, expired…);
// each certificate rates one product (ocop_certificate.product).
export default defineLink(ProductModule.linkable.product, {
  linkable: OcopModule.linkable.ocopCertificate,
  isList: true,
})
