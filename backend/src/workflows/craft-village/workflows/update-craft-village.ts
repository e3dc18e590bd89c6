import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { validateHandlesStep } from "../../common/steps/validate-handles"
import { CraftVillageEvents } from "../events"
import { updateCraftVillagesStep, type UpdateCraftVillageData } from "../steps/update-craft-villages"

export type UpdateCraftVillageWorkflowInput = { id: string; update: UpdateCraftVillageData }

/** Updates one craft village's record, e.g. when a trade officer enters this year's figures. */
export const updateCraftVillageWorkflow = createWorkflow(
  "update-craft-village",
  (input: UpdateCraftVillageWorkflowInput) => {
    useQueryGraphStep({
      entity: "craft_village",
      fields: ["id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    when({ input }, ({ input }) => input.update.handle !== undefined).then(() => {
      validateHandlesStep(transform({ input }, ({ input }) => ({ kind: "village", handles: [input.update.handle] })))
    })
    const updated = updateCraftVillagesStep(
      transform({ input }, ({ input }) => ({ selector: { id: input.id }, update: input.update }))
    )
    const village = transform({ updated }, ({ updated }) => updated[0]!)

    emitEventStep({
      eventName: CraftVillageEvents.CRAFT_VILLAGE_UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    const craftVillageUpdated = createHook("craftVillageUpdated", { craft_village: village })

    return new WorkflowResponse(village, { hooks: [craftVillageUpdated] })
  }
)
