import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { CRAFT_VILLAGE_MODULE } from "../../../modules/craft-village"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { validateHandlesStep } from "../../common/steps/validate-handles"
import { createProducersStep, type CreateProducerInput } from "../steps/create-producers"

export type CreateProducersWorkflowInput = {
  producers: (CreateProducerInput & { craft_village_id?: string | null })[]
}

/** Creates producers and links each to its craft village. */
export const createProducersWorkflow = createWorkflow(
  "create-producers",
  (input: CreateProducersWorkflowInput) => {
    validateHandlesStep(
      transform({ input }, ({ input }) => ({ kind: "producer", handles: input.producers.map((p) => p.handle) }))
    )
    const toCreate = transform({ input }, ({ input }) =>
      input.producers.map(({ craft_village_id: _village, ...producer }) => producer)
    )
    const producers = createProducersStep(toCreate)

    const links = transform({ input, producers }, ({ input, producers }) =>
      producers.flatMap((producer, i) => {
        const villageId = input.producers[i]?.craft_village_id
        return villageId
          ? [
              {
                [CRAFT_VILLAGE_MODULE]: { craft_village_id: villageId },
                [PRODUCER_MODULE]: { producer_id: producer.id },
              },
            ]
          : []
      })
    )
    createRemoteLinkStep(links)

    return new WorkflowResponse(producers)
  }
)
