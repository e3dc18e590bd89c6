import { MedusaService } from "@medusajs/framework/utils"
import { LabelJob } from "./models/label-job"
import { Lot } from "./models/lot"
import { RawMaterialZone } from "./models/raw-material-zone"
import { Scan } from "./models/scan"
import { TraceCode } from "./models/trace-code"
import { TraceEvent } from "./models/trace-event"

class TraceabilityModuleService extends MedusaService({ RawMaterialZone, Lot, TraceEvent, TraceCode, Scan, LabelJob }) {}

export default TraceabilityModuleService
