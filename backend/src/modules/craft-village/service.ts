import { MedusaService } from "@medusajs/framework/utils"
import { Artisan } from "./models/artisan"
import { CraftVillage } from "./models/craft-village"

class CraftVillageModuleService extends MedusaService({ CraftVillage, Artisan }) {}

export default CraftVillageModuleService
