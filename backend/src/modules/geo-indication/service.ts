import { MedusaService } from "@medusajs/framework/utils"
import { GeoMark } from "./models/geo-mark"
import { MarkRight } from "./models/mark-right"

class GeoIndicationModuleService extends MedusaService({ GeoMark, MarkRight }) {}

export default GeoIndicationModuleService
