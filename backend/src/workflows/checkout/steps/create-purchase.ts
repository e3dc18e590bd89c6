import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PURCHASE_MODULE } from "../../../modules/purchase"
import type PurchaseModuleService from "../../../modules/purchase/service"

export type CreatePurchaseInput = {
  cart_id: string
  customer_id?: string | null
  email: string
  currency_code: string
  /** Sum of the orders' totals. */
  total: number
}

export const createPurchaseStep = createStep(
  "create-purchase",
  async (input: CreatePurchaseInput, { container }) => {
    const service: PurchaseModuleService = container.resolve(PURCHASE_MODULE)
    const purchase = await service.createPurchases(input)
    return new StepResponse(purchase, purchase.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: PurchaseModuleService = container.resolve(PURCHASE_MODULE)
    await service.deletePurchases(id)
  }
)
