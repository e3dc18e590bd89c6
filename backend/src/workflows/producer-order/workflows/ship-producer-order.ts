import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { findProducerOrderStep } from "../steps/find-producer-order"

export type ShipProducerOrderWorkflowInput = {
  producer_id: string
  order_id: string
  carrier: string
  tracking_number: string
  member_id: string
}

/**
 * The producer hands the parcel to a carrier: the whole order is fulfilled and shipped
 * with the carrier's tracking number, through Medusa's own fulfillment workflows.
 */
export const shipProducerOrderWorkflow = createWorkflow("ship-producer-order", (input: ShipProducerOrderWorkflowInput) => {
  const order = findProducerOrderStep(
    transform({ input }, ({ input }) => ({ producer_id: input.producer_id, order_id: input.order_id, expect: "unshipped" as const }))
  )
  const items = transform({ order }, ({ order }) => order.items.map((i) => ({ id: i.id, quantity: i.quantity })))
  const labels = transform({ input }, ({ input }) => [{ tracking_number: input.tracking_number, tracking_url: "", label_url: "" }])
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, items, labels }, ({ input, items, labels }) => ({
      order_id: input.order_id,
      items,
      labels,
      created_by: input.member_id,
      metadata: { carrier: input.carrier },
    })),
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, items, labels, fulfillment }, ({ input, items, labels, fulfillment }) => ({
      order_id: input.order_id,
      fulfillment_id: fulfillment.id,
      items,
      labels,
      created_by: input.member_id,
      metadata: { carrier: input.carrier },
    })),
  })
  return new WorkflowResponse(fulfillment)
})
