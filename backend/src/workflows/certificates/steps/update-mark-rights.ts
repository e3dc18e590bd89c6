import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getSelectsAndRelationsFromObjectArray } from "@medusajs/framework/utils"
import { GEO_INDICATION_MODULE } from "../../../modules/geo-indication"
import type GeoIndicationModuleService from "../../../modules/geo-indication/service"

export type MarkRightUpdate = {
  id: string
  status?: "current" | "revoked" | "expired"
  revoked_reason?: string | null
  reminders_sent?: number[]
}

/** A rollback writes back the fields as they were. */
export const updateMarkRightsStep = createStep(
  "update-mark-rights",
  async (updates: MarkRightUpdate[], { container }) => {
    const service: GeoIndicationModuleService = container.resolve(GEO_INDICATION_MODULE)
    const { selects } = getSelectsAndRelationsFromObjectArray(updates)
    const previous = updates.length ? await service.listMarkRights({ id: updates.map((u) => u.id) }, { select: ["id", ...selects] }) : []
    const updated = updates.length ? await service.updateMarkRights(updates as any[]) : []
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: GeoIndicationModuleService = container.resolve(GEO_INDICATION_MODULE)
    await service.updateMarkRights(previous as any)
  }
)
