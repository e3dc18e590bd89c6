import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ownedVariantIds, variantNotFound } from "../utils/ownership"

export const validateProducerOwnsVariantStep = createStep(
  "validate-producer-owns-variant",
  async (input: { producer_id: string; variant_id: string }, { container }) => {
    const owned = await ownedVariantIds(container, input.producer_id, [input.variant_id])
    if (!owned.has(input.variant_id)) throw variantNotFound(input.variant_id)
    return new StepResponse(undefined)
  }
)
