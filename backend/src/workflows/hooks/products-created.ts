import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"

/**
 * A product created with `additional_data.producer_id` is owned by that producer.
 * The link is made inside the product workflow so a product never exists without
 * its owner, and is removed again if the workflow rolls back.
 */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const producerId = additional_data?.producer_id
    if (!producerId) return new StepResponse(undefined, undefined)
    if (typeof producerId !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "producer_id must be a string")
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const links = products.map((product) => ({
      [PRODUCER_MODULE]: { producer_id: producerId },
      [Modules.PRODUCT]: { product_id: product.id },
    }))
    await link.create(links)
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(links)
  }
)
