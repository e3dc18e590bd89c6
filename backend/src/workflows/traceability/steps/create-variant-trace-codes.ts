import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createMissingVariantTraceCodes, removeVariantTraceCodes } from "../utils/variant-trace-codes"

export const createVariantTraceCodesStep = createStep(
  "create-variant-trace-codes",
  async (variantIds: string[], { container }) => {
    const created = await createMissingVariantTraceCodes(container, variantIds)
    return new StepResponse(created.code_ids.length, created)
  },
  async (created, { container }) => removeVariantTraceCodes(container, created)
)
