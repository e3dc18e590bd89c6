import { Module } from "@medusajs/framework/utils"
import CraftVillageModuleService from "./service"

export const CRAFT_VILLAGE_MODULE = "craft_village"

export default Module(CRAFT_VILLAGE_MODULE, {
  service: CraftVillageModuleService,
})
