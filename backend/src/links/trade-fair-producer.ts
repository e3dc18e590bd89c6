import { defineLink } from "@medusajs/framework/utils"
import CatalogModule from "../modules/catalog"
import ProducerModule from "../modules/producer"

// The producers taking part in a fair (trade_fair.producers); a producer joins many fairs.
export default defineLink(
  { linkable: CatalogModule.linkable.tradeFair, isList: true },
  { linkable: ProducerModule.linkable.producer, isList: true }
)
