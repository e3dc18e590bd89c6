import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createVariantTraceCodesStep } from "../steps/create-variant-trace-codes"

/** Gives variants made before traceability existed their product-level code. */
export const ensureVariantTraceCodesWorkflow = createWorkflow("ensure-variant-trace-codes", (variantIds: string[]) => {
  return new WorkflowResponse(createVariantTraceCodesStep(variantIds))
})
