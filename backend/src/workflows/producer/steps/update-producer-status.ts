import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

type Input = { id: string; status: "pending" | "approved" | "rejected" | "suspended"; status_reason: string | null }

export const updateProducerStatusStep = createStep(
  "update-producer-status",
  async (input: Input, { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const before = await service.retrieveProducer(input.id, { select: ["id", "status", "status_reason", "reviewed_at"] })
    const updated = await service.updateProducers({ ...input, reviewed_at: new Date() })
    return new StepResponse(updated, {
      id: before.id,
      status: before.status,
      status_reason: before.status_reason,
      reviewed_at: before.reviewed_at,
    })
  },
  async (before, { container }) => {
    if (!before) return
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.updateProducers(before)
  }
)
