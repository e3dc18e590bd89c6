import { generateTraceCode } from "@cln/domain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export type LotInput = {
  lot_number: string
  quantity: number
  uom: string
  produced_at?: Date | null
  expires_at?: Date | null
  zone_id?: string | null
}

/**
 * Creates lots with their random public code, and for each the lot-level trace code that
 * a lot label carries.
 */
export const createLotsStep = createStep(
  "create-lots",
  async (lots: LotInput[], { container }) => {
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const created = await service.createLots(lots.map((lot) => ({ ...lot, code: generateTraceCode() })))
    await service.createTraceCodes(created.map((lot) => ({ code: lot.code, kind: "lot" as const, lot_id: lot.id })))
    return new StepResponse(created, created.map((l) => l.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    // Cascades to the lot's codes.
    await service.deleteLots(ids)
  }
)
