import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type CreateProducerInput = Parameters<ProducerModuleService["createProducers"]>[0] extends
  | (infer T)[]
  | infer T
  ? T
  : never

export const createProducersStep = createStep(
  "create-producers",
  async (producers: CreateProducerInput[], { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const created = await service.createProducers(producers)
    return new StepResponse(
      created,
      created.map((p) => p.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.deleteProducers(ids)
  }
)
