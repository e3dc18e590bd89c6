import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { transform } from "@medusajs/framework/workflows-sdk"
import { ProducerEvents } from "../events"
import { updateProducerDetailsStep, type ProducerDetails } from "../steps/update-producer-details"

export type UpdateProducerWorkflowInput = { id: string; update: ProducerDetails }

/** An officer corrects a producer's record or sets its platform commission. */
export const updateProducerWorkflow = createWorkflow("update-producer", (input: UpdateProducerWorkflowInput) => {
  useQueryGraphStep({ entity: "producer", fields: ["id"], filters: { id: input.id }, options: { throwIfKeyNotFound: true } })
  const updated = updateProducerDetailsStep(input)
  emitEventStep({ eventName: ProducerEvents.UPDATED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(updated)
})
