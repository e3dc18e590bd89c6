import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { CalendarDate } from "@cln/domain"
import { CertificateEvents } from "../events"
import { removeMarkClaimsStep } from "../steps/remove-mark-claims"
import { updateMarkRightsStep } from "../steps/update-mark-rights"
import { validateMarkRightRevocationStep } from "../steps/validate-mark-right-revocation"

export type RevokeMarkRightInput = { id: string; reason: string; today?: CalendarDate | null }

/** The managing body withdraws a right; the producer's products stop claiming the mark at once. */
export const revokeMarkRightWorkflow = createWorkflow("revoke-mark-right", (input: RevokeMarkRightInput) => {
  const right = validateMarkRightRevocationStep(input)
  const updated = updateMarkRightsStep(
    transform({ input, right }, ({ input, right }) => [{ id: right.id, status: "revoked" as const, revoked_reason: input.reason.trim() }])
  )
  const removed = removeMarkClaimsStep(
    transform({ input, right }, ({ input, right }) => ({
      holders: [{ producer_id: right.producer_id, geo_mark_id: right.geo_mark_id }],
      today: input.today,
    }))
  )
  when({ right }, ({ right }) => right.emails.length > 0).then(() => {
    sendNotificationsStep(
      transform({ input, right }, ({ input, right }) =>
        right.emails.map((to) => ({
          to,
          channel: "email",
          template: "mark-right-revoke",
          resource_id: right.id,
          resource_type: "mark_right",
          data: {
            producer_id: right.producer_id,
            mark_name: right.mark_name,
            reason: input.reason,
            subject_vi: "Quyền sử dụng nhãn bị thu hồi",
            subject_en: "Your right to use a mark was revoked",
          },
        }))
      )
    )
  })
  emitEventStep({
    eventName: CertificateEvents.MARK_RIGHT_REVOKED,
    data: transform({ right, removed }, ({ right, removed }) => ({ id: right.id, geo_mark_id: right.geo_mark_id, claims_removed: removed.length })),
  })
  return new WorkflowResponse(transform({ updated, removed }, ({ updated, removed }) => ({ right: updated[0]!, claims_removed: removed })))
})
