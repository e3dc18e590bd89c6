import { MedusaService } from "@medusajs/framework/utils"
import { Purchase } from "./models/purchase"

class PurchaseModuleService extends MedusaService({ Purchase }) {}

export default PurchaseModuleService
