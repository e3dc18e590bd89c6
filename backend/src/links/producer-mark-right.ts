import { defineLink } from "@medusajs/framework/utils"
import GeoIndicationModule from "../modules/geo-indication"
import ProducerModule from "../modules/producer"

// A producer holds many rights of use; each right belongs to one producer (mark_right.producer).
export default defineLink(ProducerModule.linkable.producer, {
  linkable: GeoIndicationModule.linkable.markRight,
  isList: true,
})
