import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { findProducerOrderStep } from "../steps/find-producer-order"

export type DeliverProducerOrderWorkflowInput = { producer_id: string; order_id: string }

/** The buyer has the parcel: the shipped fulfillment is marked delivered. */
export const deliverProducerOrderWorkflow = createWorkflow(
  "deliver-producer-order",
  (input: DeliverProducerOrderWorkflowInput) => {
    const order = findProducerOrderStep(transform({ input }, ({ input }) => ({ ...input, expect: "shipped" as const })))
    const fulfillmentId = transform({ order }, ({ order }) => order.fulfillments.find((f) => f.shipped_at && !f.canceled_at)!.id)
    const delivered = markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ input, fulfillmentId }, ({ input, fulfillmentId }) => ({ orderId: input.order_id, fulfillmentId })),
    })
    return new WorkflowResponse(delivered)
  }
)
