import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export type RawMaterialZoneInput = {
  name: string
  area_ha?: number | null
  certifications?: string[]
  commune?: string | null
  province?: string | null
}

export const createRawMaterialZonesStep = createStep(
  "create-raw-material-zones",
  async (zones: RawMaterialZoneInput[], { container }) => {
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const created = await service.createRawMaterialZones(zones)
    return new StepResponse(created, created.map((z) => z.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    await service.deleteRawMaterialZones(ids)
  }
)
