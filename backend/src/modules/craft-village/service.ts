import { MedusaService } from "@medusajs/framework/utils"
import { CraftVillage } from "./models/craft-village"

class CraftVillageModuleService extends MedusaService({ CraftVillage }) {}

export default CraftVillageModuleService
