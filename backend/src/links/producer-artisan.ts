import { defineLink } from "@medusajs/framework/utils"
import CraftVillageModule from "../modules/craft-village"
import ProducerModule from "../modules/producer"

// A producer has many artisans; an artisan works with one producer (artisan.producer).
export default defineLink(ProducerModule.linkable.producer, {
  linkable: CraftVillageModule.linkable.artisan,
  isList: true,
})
