import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import PurchaseModule from "../modules/purchase"

// A purchase (one checkout) has many orders, one per producer (order.purchase).
export default defineLink(PurchaseModule.linkable.purchase, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
