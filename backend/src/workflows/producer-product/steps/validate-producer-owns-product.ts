import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listOwnedProductIds, productNotFound } from "../utils/owned-products"

export type ValidateProducerOwnsProductInput = { producer_id: string; product_id: string }

/**
 * Runs first in every workflow that changes a producer's product: another producer's
 * product is answered exactly like a product that does not exist.
 */
export const validateProducerOwnsProductStep = createStep(
  "validate-producer-owns-product",
  async ({ producer_id, product_id }: ValidateProducerOwnsProductInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [owned] = await listOwnedProductIds(query, producer_id, [product_id])
    if (!owned) throw productNotFound(product_id)
    return new StepResponse({ id: owned })
  }
)
