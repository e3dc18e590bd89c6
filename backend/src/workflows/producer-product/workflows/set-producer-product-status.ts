import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProductStatus } from "@medusajs/framework/utils"
import { linkProductsToSalesChannelWorkflow, updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { getStorefrontContextStep } from "../steps/get-storefront-context"
import { validateProducerOwnsProductStep } from "../steps/validate-producer-owns-product"

export type SetProducerProductStatusWorkflowInput = {
  producer_id: string
  product_id: string
  status: "draft" | "published"
}

/**
 * Publishes a producer's product on the storefront or takes it back to draft. A product
 * published again is put back on the storefront channel if it had left it (a suspension
 * takes every product of the producer off the channel, a reinstatement restores only
 * those that were published).
 */
export const setProducerProductStatusWorkflow = createWorkflow(
  "set-producer-product-status",
  (input: SetProducerProductStatusWorkflowInput) => {
    validateProducerOwnsProductStep(
      transform({ input }, ({ input }) => ({ producer_id: input.producer_id, product_id: input.product_id }))
    )
    const storefront = getStorefrontContextStep()
    const { data: rows } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "sales_channels.id"],
      filters: { id: input.product_id },
    }).config({ name: "get-producer-product-channels" })

    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        selector: { id: input.product_id },
        update: { status: input.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT },
      })),
    })

    const offChannel = transform({ input, rows, storefront }, ({ input, rows, storefront }) => {
      const channels = ((rows[0] as { sales_channels?: { id: string }[] } | undefined)?.sales_channels ?? []).map((c) => c.id)
      return input.status === "published" && !channels.includes(storefront.sales_channel_id)
    })
    when({ offChannel }, ({ offChannel }) => offChannel).then(() => {
      linkProductsToSalesChannelWorkflow.runAsStep({
        input: transform({ input, storefront }, ({ input, storefront }) => ({ id: storefront.sales_channel_id, add: [input.product_id] })),
      })
    })

    return new WorkflowResponse({ id: input.product_id })
  }
)
