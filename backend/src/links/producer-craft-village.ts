import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "../modules/producer"
import CraftVillageModule from "../modules/craft-village"

// A village has many producers; a producer works in one village (producer.craft_village).
export default defineLink(CraftVillageModule.linkable.craftVillage, {
  linkable: ProducerModule.linkable.producer,
  isList: true,
})
