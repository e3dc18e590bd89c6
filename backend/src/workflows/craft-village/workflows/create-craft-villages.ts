import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCraftVillagesStep, type CreateCraftVillageInput } from "../steps/create-craft-villages"

export type CreateCraftVillagesWorkflowInput = { villages: CreateCraftVillageInput[] }

export const createCraftVillagesWorkflow = createWorkflow(
  "create-craft-villages",
  (input: CreateCraftVillagesWorkflowInput) => {
    const villages = createCraftVillagesStep(input.villages)
    return new WorkflowResponse(villages)
  }
)
