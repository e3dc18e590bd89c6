import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateHandlesStep } from "../../common/steps/validate-handles"
import { createCraftVillagesStep, type CreateCraftVillageInput } from "../steps/create-craft-villages"

export type CreateCraftVillagesWorkflowInput = { villages: CreateCraftVillageInput[] }

export const createCraftVillagesWorkflow = createWorkflow(
  "create-craft-villages",
  (input: CreateCraftVillagesWorkflowInput) => {
    validateHandlesStep(
      transform({ input }, ({ input }) => ({ kind: "village", handles: input.villages.map((v) => v.handle) }))
    )
    const villages = createCraftVillagesStep(input.villages)
    return new WorkflowResponse(villages)
  }
)
