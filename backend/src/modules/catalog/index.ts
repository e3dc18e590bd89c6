import { Module } from "@medusajs/framework/utils"
import CatalogModuleService from "./service"

/** Trade promotion: featured catalogs, display points with their scans, and fairs. */
export const CATALOG_MODULE = "catalog"

export default Module(CATALOG_MODULE, {
  service: CatalogModuleService,
})
