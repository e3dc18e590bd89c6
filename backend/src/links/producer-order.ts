import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ProducerModule from "../modules/producer"

// A producer has many orders; each order placed at checkout belongs to exactly one
// producer (order.producer), who sees and fulfils only theirs.
export default defineLink(ProducerModule.linkable.producer, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
