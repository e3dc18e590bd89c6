import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { getStorefrontContext } from "../utils/storefront"

/** The storefront sales channel, its stock location and the default shipping profile. */
export const getStorefrontContextStep = createStep("get-storefront-context", async (_: void, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  return new StepResponse(await getStorefrontContext(query))
})
