import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getSelectsAndRelationsFromObjectArray } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"

export type OcopCertificateUpdate = {
  id: string
  status?: "submitted" | "verified" | "rejected" | "expired" | "revoked"
  status_reason?: string | null
  reviewed_at?: Date | null
  reviewed_by?: string | null
  reminders_sent?: number[]
}

/** Updates certificates one by one (each may change differently); a rollback writes back what was there. */
export const updateOcopCertificatesStep = createStep(
  "update-ocop-certificates",
  async (updates: OcopCertificateUpdate[], { container }) => {
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    const { selects } = getSelectsAndRelationsFromObjectArray(updates)
    const previous = updates.length ? await service.listOcopCertificates({ id: updates.map((u) => u.id) }, { select: ["id", ...selects] }) : []
    const updated = updates.length ? await service.updateOcopCertificates(updates as any[]) : []
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: OcopModuleService = container.resolve(OCOP_MODULE)
    await service.updateOcopCertificates(previous as any)
  }
)
