import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type RegisterPromotionUsageInput = {
  computedActions: { amount: BigNumberInput; code: string }[]
  registrationContext: { customer_id: string | null; customer_email: string | null }
}

/**
 * Counts the cart's promotions as used, as completeCartWorkflow does with its own
 * `registerUsageStep` (which core-flows does not export); undone on rollback.
 */
export const registerPromotionUsageStep = createStep(
  "register-promotion-usage",
  async (input: RegisterPromotionUsageInput, { container }) => {
    if (!input.computedActions.length) return new StepResponse(undefined, undefined)
    const promotion = container.resolve(Modules.PROMOTION)
    await promotion.registerUsage(input.computedActions, input.registrationContext)
    return new StepResponse(undefined, input)
  },
  async (input, { container }) => {
    if (!input?.computedActions.length) return
    const promotion = container.resolve(Modules.PROMOTION)
    await promotion.revertUsage(input.computedActions, input.registrationContext)
  }
)
