import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import { TraceabilityEvents } from "../events"
import { createLotsStep } from "../steps/create-lots"
import { resolveLotNumberStep } from "../steps/resolve-lot-number"
import { validateLotNumberStep } from "../steps/validate-lot-number"
import { validateProducerOwnsVariantStep } from "../steps/validate-producer-owns-variant"
import { validateProducerOwnsZoneStep } from "../steps/validate-producer-owns-zone"

export type CreateLotInput = {
  producer_id: string
  variant_id: string
  lot_number?: string | null
  quantity: number
  uom?: string
  produced_at?: Date | null
  expires_at?: Date | null
  zone_id?: string | null
}

export const createLotWorkflow = createWorkflow("create-lot", (input: CreateLotInput) => {
  validateProducerOwnsVariantStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id, variant_id: input.variant_id })))
  validateProducerOwnsZoneStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id, zone_id: input.zone_id })))
  const lotNumber = resolveLotNumberStep(transform({ input }, ({ input }) => ({ lot_number: input.lot_number, produced_at: input.produced_at })))
  validateLotNumberStep(transform({ input, lotNumber }, ({ input, lotNumber }) => ({ variant_id: input.variant_id, lot_number: lotNumber })))
  const lots = createLotsStep(
    transform({ input, lotNumber }, ({ input, lotNumber }) => [
      {
        lot_number: lotNumber,
        quantity: input.quantity,
        uom: input.uom ?? "pcs",
        produced_at: input.produced_at ?? null,
        expires_at: input.expires_at ?? null,
        zone_id: input.zone_id ?? null,
      },
    ])
  )
  createRemoteLinkStep(
    transform({ input, lots }, ({ input, lots }) => [
      { [Modules.PRODUCT]: { product_variant_id: input.variant_id }, [TRACEABILITY_MODULE]: { lot_id: lots[0]!.id } },
    ])
  )
  emitEventStep({ eventName: TraceabilityEvents.LOT_CREATED, data: transform({ lots }, ({ lots }) => ({ id: lots[0]!.id })) })
  return new WorkflowResponse(transform({ lots }, ({ lots }) => lots[0]!))
})
