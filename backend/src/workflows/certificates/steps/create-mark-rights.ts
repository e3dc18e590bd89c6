import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GEO_INDICATION_MODULE } from "../../../modules/geo-indication"
import type GeoIndicationModuleService from "../../../modules/geo-indication/service"

export type CreateMarkRightData = { geo_mark_id: string; granted_at: Date; expires_at: Date | null }

export const createMarkRightsStep = createStep(
  "create-mark-rights",
  async (data: CreateMarkRightData[], { container }) => {
    const service: GeoIndicationModuleService = container.resolve(GEO_INDICATION_MODULE)
    const created = await service.createMarkRights(data.map((r) => ({ ...r, status: "current" as const })))
    return new StepResponse(created, created.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: GeoIndicationModuleService = container.resolve(GEO_INDICATION_MODULE)
    await service.deleteMarkRights(ids)
  }
)
