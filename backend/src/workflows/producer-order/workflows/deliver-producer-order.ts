import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  authorizePaymentSessionStep,
  capturePaymentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { COD_PAYMENT_PROVIDER_ID } from "../../checkout/workflows/place-orders-per-producer"
import { findProducerOrderStep } from "../steps/find-producer-order"

export type DeliverProducerOrderWorkflowInput = { producer_id: string; order_id: string }

type OrderPayments = {
  payment_collections?: { payment_sessions?: { id: string; provider_id: string; status: string }[] }[]
}

/**
 * The buyer has the parcel: the shipped fulfillment is marked delivered and, when the
 * order is paid cash on delivery, the carrier has collected the cash, so its payment is
 * authorized and captured through Medusa's own steps (each undoes itself if a later one
 * fails). Orders paid online (VNPay, Stripe) were captured when the money came in.
 */
export const deliverProducerOrderWorkflow = createWorkflow(
  "deliver-producer-order",
  (input: DeliverProducerOrderWorkflowInput) => {
    const order = findProducerOrderStep(transform({ input }, ({ input }) => ({ ...input, expect: "shipped" as const })))
    const fulfillmentId = transform({ order }, ({ order }) => order.fulfillments.find((f) => f.shipped_at && !f.canceled_at)!.id)
    const delivered = markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
      input: transform({ input, fulfillmentId }, ({ input, fulfillmentId }) => ({ orderId: input.order_id, fulfillmentId })),
    })

    const { data: payments } = useQueryGraphStep({
      entity: "order",
      fields: [
        "payment_collections.payment_sessions.id",
        "payment_collections.payment_sessions.provider_id",
        "payment_collections.payment_sessions.status",
      ],
      filters: { id: input.order_id },
    }).config({ name: "delivered-order-payments-query" })
    const codSessionId = transform({ payments }, ({ payments }) => {
      const sessions = ((payments as unknown as OrderPayments[])[0]?.payment_collections ?? []).flatMap((pc) => pc.payment_sessions ?? [])
      return sessions.find((s) => s.provider_id === COD_PAYMENT_PROVIDER_ID && s.status === PaymentSessionStatus.PENDING)?.id ?? null
    })
    when("cash-collected-on-delivery", { codSessionId }, ({ codSessionId }) => !!codSessionId).then(() => {
      const payment = authorizePaymentSessionStep({ id: codSessionId!, context: {} }).config({ name: "authorize-cash-on-delivery" })
      capturePaymentWorkflow
        .runAsStep({ input: transform({ payment }, ({ payment }) => ({ payment_id: payment!.id })) })
        .config({ name: "capture-cash-on-delivery" })
    })
    return new WorkflowResponse(delivered)
  }
)
