import { Module } from "@medusajs/framework/utils"
import GeoIndicationModuleService from "./service"

export const GEO_INDICATION_MODULE = "geo_indication"

export default Module(GEO_INDICATION_MODULE, {
  service: GeoIndicationModuleService,
})
