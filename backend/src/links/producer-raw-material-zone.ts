import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "../modules/producer"
import TraceabilityModule from "../modules/traceability"

// A producer declares the zones its raw material comes from.
export default defineLink(ProducerModule.linkable.producer, {
  linkable: TraceabilityModule.linkable.rawMaterialZone,
  isList: true,
})
