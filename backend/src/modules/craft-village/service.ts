import { MedusaService } from "@medusajs/framework/utils"
import { Artisan } from "./models/artisan"
import { CraftVillage } from "./models/craft-village"
import { VillageRecordChange } from "./models/village-record-change"

class CraftVillageModuleService extends MedusaService({ CraftVillage, Artisan, VillageRecordChange }) {}

export default CraftVillageModuleService
