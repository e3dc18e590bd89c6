import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { ProducerEvents } from "../events"
import { setProducerProductsOnSaleStep } from "../steps/set-producer-products-on-sale"
import { updateProducerStatusStep } from "../steps/update-producer-status"
import { validateProducerReviewStep, type ProducerReviewAction } from "../steps/validate-producer-review"

export type ReviewProducerWorkflowInput = {
  producer_id: string
  action: ProducerReviewAction
  reason?: string | null
}

const MESSAGES: Record<ProducerReviewAction, { subject_vi: string; subject_en: string }> = {
  approve: { subject_vi: "Hồ sơ người bán đã được duyệt", subject_en: "Your producer application is approved" },
  reject: { subject_vi: "Hồ sơ người bán chưa được duyệt", subject_en: "Your producer application was not approved" },
  suspend: { subject_vi: "Gian hàng tạm ngừng bán", subject_en: "Your shop is suspended" },
  reinstate: { subject_vi: "Gian hàng được bán trở lại", subject_en: "Your shop is selling again" },
}

/**
 * A trade officer's decision on a producer: approve or reject an application (with a
 * reason), suspend or reinstate a seller. Suspension takes the producer's products off
 * the storefront at once; the producer is notified of every decision.
 */
export const reviewProducerWorkflow = createWorkflow("review-producer", (input: ReviewProducerWorkflowInput) => {
  const producer = validateProducerReviewStep(input)
  const updated = updateProducerStatusStep(
    transform({ input, producer }, ({ input, producer }) => ({
      id: producer.id,
      status: producer.next_status,
      status_reason: input.reason?.trim() || null,
    }))
  )
  when({ input, producer }, ({ input, producer }) => input.action === "suspend" || (input.action === "reinstate" && producer.status === "suspended")).then(() => {
    setProducerProductsOnSaleStep(
      transform({ input }, ({ input }) => ({ producer_id: input.producer_id, on_sale: input.action === "reinstate" }))
    )
  })
  sendNotificationsStep(
    transform({ input, producer }, ({ input, producer }) =>
      [...new Set([producer.email, ...producer.member_emails])].map((to) => ({
        to,
        channel: "email",
        template: `producer-${input.action}`,
        resource_id: producer.id,
        resource_type: "producer",
        data: { producer_name: producer.name, action: input.action, reason: input.reason ?? null, ...MESSAGES[input.action] },
      }))
    )
  )
  emitEventStep({
    eventName: ProducerEvents.REVIEWED,
    data: transform({ input }, ({ input }) => ({ id: input.producer_id, action: input.action })),
  })
  return new WorkflowResponse(updated)
})
