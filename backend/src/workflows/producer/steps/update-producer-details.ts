import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type ProducerDetails = {
  name?: string
  legal_kind?: "household" | "cooperative" | "enterprise"
  tax_code?: string | null
  phone?: string
  email?: string
  address?: string
  story?: string | null
  story_en?: string | null
  commission_percent?: number
}

/** Changes a producer's record; the rollback writes back exactly the fields it changed. */
export const updateProducerDetailsStep = createStep(
  "update-producer-details",
  async ({ id, update }: { id: string; update: ProducerDetails }, { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const fields = Object.keys(update) as (keyof ProducerDetails)[]
    const before = await service.retrieveProducer(id, { select: ["id", ...fields] })
    const updated = await service.updateProducers({ id, ...update })
    return new StepResponse(updated, { id, ...Object.fromEntries(fields.map((f) => [f, before[f]])) })
  },
  async (before, { container }) => {
    if (!before) return
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.updateProducers(before as any)
  }
)
