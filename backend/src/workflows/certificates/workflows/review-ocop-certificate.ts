import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { CalendarDate } from "@cln/domain"
import { CertificateEvents } from "../events"
import { refreshOcopBadgesStep } from "../steps/refresh-ocop-badges"
import { updateOcopCertificatesStep } from "../steps/update-ocop-certificates"
import { validateOcopReviewStep, type OcopReviewAction } from "../steps/validate-ocop-review"

export type ReviewOcopCertificateInput = {
  id: string
  /** The officer (admin user id). */
  reviewed_by?: string | null
  reason?: string | null
  today?: CalendarDate | null
}

const EVENTS: Record<OcopReviewAction, string> = {
  verify: CertificateEvents.OCOP_VERIFIED,
  reject: CertificateEvents.OCOP_REJECTED,
  revoke: CertificateEvents.OCOP_REVOKED,
}

const SUBJECTS: Record<OcopReviewAction, { subject_vi: string; subject_en: string }> = {
  verify: { subject_vi: "Chứng nhận OCOP đã được xác minh", subject_en: "Your OCOP certificate is verified" },
  reject: { subject_vi: "Chứng nhận OCOP chưa được xác minh", subject_en: "Your OCOP certificate was not verified" },
  revoke: { subject_vi: "Chứng nhận OCOP bị thu hồi", subject_en: "Your OCOP certificate was revoked" },
}

/**
 * An officer's decision on a certificate. Verify, reject and revoke share these steps;
 * each is its own workflow so events, permissions and hooks can tell them apart. The
 * product's badge follows at once (shown on verify, gone on revoke).
 */
function reviewWorkflow(name: string, action: OcopReviewAction) {
  return createWorkflow(name, (input: ReviewOcopCertificateInput) => {
    const certificate = validateOcopReviewStep(
      transform({ input }, ({ input }) => ({ id: input.id, action, reason: input.reason, today: input.today }))
    )
    const updated = updateOcopCertificatesStep(
      transform({ input, certificate }, ({ input, certificate }) => [
        {
          id: certificate.id,
          status: certificate.next_status,
          status_reason: action === "verify" ? null : input.reason?.trim() || null,
          reviewed_at: new Date(),
          reviewed_by: input.reviewed_by ?? null,
        },
      ])
    )
    when({ certificate }, ({ certificate }) => action !== "reject" && !!certificate.product_id).then(() => {
      refreshOcopBadgesStep(transform({ input, certificate }, ({ input, certificate }) => ({ product_ids: [certificate.product_id!], today: input.today })))
    })
    when({ certificate }, ({ certificate }) => certificate.emails.length > 0).then(() => {
      sendNotificationsStep(
      transform({ input, certificate }, ({ input, certificate }) =>
        certificate.emails.map((to) => ({
          to,
          channel: "email",
          template: `ocop-certificate-${action}`,
          resource_id: certificate.id,
          resource_type: "ocop_certificate",
          data: {
            producer_id: certificate.producer_id,
            product_title: certificate.product_title,
            decision_number: certificate.decision_number,
            stars: certificate.stars,
            reason: action === "verify" ? null : input.reason ?? null,
            ...SUBJECTS[action],
          },
        }))
      )
      )
    })
    emitEventStep({
      eventName: EVENTS[action],
      data: transform({ certificate }, ({ certificate }) => ({ id: certificate.id, product_id: certificate.product_id })),
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]!))
  })
}

export const verifyOcopCertificateWorkflow = reviewWorkflow("verify-ocop-certificate", "verify")
export const rejectOcopCertificateWorkflow = reviewWorkflow("reject-ocop-certificate", "reject")
export const revokeOcopCertificateWorkflow = reviewWorkflow("revoke-ocop-certificate", "revoke")
