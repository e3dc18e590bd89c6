import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { canIssue, type CalendarDate } from "@cln/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { certificateNotFound, certificateOwners, day, producerContacts, todayOr } from "../utils/records"

export type OcopReviewAction = "verify" | "reject" | "revoke"
type Status = "submitted" | "verified" | "rejected" | "expired" | "revoked"

/** Which status each officer action starts from and leads to. */
export const OCOP_REVIEW_TRANSITIONS: Record<OcopReviewAction, { from: Status[]; to: Status; needsReason: boolean }> = {
  verify: { from: ["submitted"], to: "verified", needsReason: false },
  reject: { from: ["submitted"], to: "rejected", needsReason: true },
  revoke: { from: ["verified"], to: "revoked", needsReason: true },
}

export type ValidateOcopReviewInput = { id: string; action: OcopReviewAction; reason?: string | null; today?: CalendarDate | null }

export const validateOcopReviewStep = createStep("validate-ocop-review", async (input: ValidateOcopReviewInput, { container }) => {
  const service: OcopModuleService = container.resolve(OCOP_MODULE)
  const [certificate] = await service.listOcopCertificates({ id: input.id })
  if (!certificate) throw certificateNotFound(input.id)
  const rule = OCOP_REVIEW_TRANSITIONS[input.action]
  if (!rule.from.includes(certificate.status as Status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Không thể ${input.action} chứng nhận đang ở trạng thái "${certificate.status}" / Cannot ${input.action} a certificate whose status is "${certificate.status}" (allowed from: ${rule.from.join(", ")}).`
    )
  }
  if (rule.needsReason && !input.reason?.trim()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cần nêu lý do / A reason is required to ${input.action} a certificate; the producer will read it.`)
  }
  const validUntil = day(certificate.valid_until)!
  if (input.action === "verify") {
    if (validUntil < todayOr(input.today)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Chứng nhận đã hết hạn ngày ${validUntil}, không thể xác minh / This certificate ran out on ${validUntil} and cannot be verified.`
      )
    }
    if (!canIssue(certificate.issuing_level as any, certificate.stars)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cấp ${certificate.issuing_level} không công nhận ${certificate.stars}★ / The ${certificate.issuing_level} level does not certify ${certificate.stars} stars.`)
    }
  }
  const owner = (await certificateOwners(container, [certificate.id])).get(certificate.id)
  const contact = owner?.producer_id ? (await producerContacts(container, [owner.producer_id])).get(owner.producer_id) : undefined
  return new StepResponse({
    id: certificate.id,
    status: certificate.status as Status,
    next_status: rule.to,
    stars: certificate.stars,
    decision_number: certificate.decision_number,
    valid_until: validUntil,
    product_id: owner?.product_id ?? null,
    product_title: owner?.product_title ?? null,
    producer_id: owner?.producer_id ?? null,
    emails: contact?.emails ?? [],
  })
})
