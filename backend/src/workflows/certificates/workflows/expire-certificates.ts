import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import type { CalendarDate } from "@cln/domain"
import { CertificateEvents } from "../events"
import { collectExpiringRecordsStep } from "../steps/collect-expiring-records"
import { refreshOcopBadgesStep } from "../steps/refresh-ocop-badges"
import { removeMarkClaimsStep } from "../steps/remove-mark-claims"
import { updateMarkRightsStep } from "../steps/update-mark-rights"
import { updateOcopCertificatesStep } from "../steps/update-ocop-certificates"

export type ExpireCertificatesInput = {
  /** The calendar day to act for (Vietnam's today in the daily job; another day in tests). */
  today: CalendarDate
}

/**
 * The daily run: certificates and rights past their last valid day expire, their badges
 * and claims go at once, and producers get the 60/30/7-day reminders that are due.
 * Reminders sent are recorded on the record, so a second run the same day sends nothing.
 */
export const expireCertificatesWorkflow = createWorkflow("expire-certificates", (input: ExpireCertificatesInput) => {
  const found = collectExpiringRecordsStep(input)
  updateOcopCertificatesStep(
    transform({ found }, ({ found }) => [
      ...found.expired_certificates.map((c) => ({ id: c.id, status: "expired" as const, status_reason: "Hết hạn 36 tháng / 36-month validity ended" })),
      ...found.certificate_reminders.map((c) => ({ id: c.id, reminders_sent: c.reminders_sent })),
    ])
  )
  refreshOcopBadgesStep(
    transform({ found, input }, ({ found, input }) => ({
      product_ids: found.expired_certificates.map((c) => c.product_id).filter((id): id is string => !!id),
      today: input.today,
    }))
  )
  updateMarkRightsStep(
    transform({ found }, ({ found }) => [
      ...found.expired_rights.map((r) => ({ id: r.id, status: "expired" as const })),
      ...found.right_reminders.map((r) => ({ id: r.id, reminders_sent: r.reminders_sent })),
    ])
  )
  removeMarkClaimsStep(
    transform({ found, input }, ({ found, input }) => ({
      holders: found.expired_rights.map((r) => ({ producer_id: r.producer_id, geo_mark_id: r.geo_mark_id })),
      today: input.today,
    }))
  )
  when({ found }, ({ found }) => found.notifications.length > 0).then(() => {
    sendNotificationsStep(transform({ found }, ({ found }) => found.notifications))
  })
  when({ found }, ({ found }) => found.expired_certificates.length > 0).then(() => {
    emitEventStep({
      eventName: CertificateEvents.OCOP_EXPIRED,
      data: transform({ found }, ({ found }) => found.expired_certificates.map((c) => ({ id: c.id, product_id: c.product_id }))),
    }).config({ name: "emit-ocop-certificates-expired" })
  })
  when({ found }, ({ found }) => found.expired_rights.length > 0).then(() => {
    emitEventStep({
      eventName: CertificateEvents.MARK_RIGHT_EXPIRED,
      data: transform({ found }, ({ found }) => found.expired_rights.map((r) => ({ id: r.id, geo_mark_id: r.geo_mark_id }))),
    }).config({ name: "emit-mark-rights-expired" })
  })
  return new WorkflowResponse(
    transform({ found }, ({ found }) => ({
      expired_certificates: found.expired_certificates.length,
      expired_rights: found.expired_rights.length,
      reminders: found.certificate_reminders.length + found.right_reminders.length,
      notifications: found.notifications.length,
    }))
  )
})
