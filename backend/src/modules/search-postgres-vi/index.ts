import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VietnamesePostgresSearchService from "./service"

export default ModuleProvider(Modules.SEARCH, {
  services: [VietnamesePostgresSearchService],
})
