import { MedusaService } from "@medusajs/framework/utils"
import { OcopBadge } from "./models/ocop-badge"
import { OcopCertificate } from "./models/ocop-certificate"

class OcopModuleService extends MedusaService({ OcopCertificate, OcopBadge }) {}

export default OcopModuleService
