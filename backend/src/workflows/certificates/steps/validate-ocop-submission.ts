import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import {
  canIssue,
  certificateValidUntil,
  isCalendarDate,
  isOcopScore,
  issuingLevelFor,
  OCOP_MIN_CERTIFIED_SCORE,
  starsFromScore,
  type CalendarDate,
  type OcopIssuingLevel,
} from "@cln/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { todayOr } from "../utils/records"

export type OcopSubmission = {
  product_id: string
  product_group: string
  score: number
  /** Optional: when given it must be the stars the score earns. */
  stars?: number | null
  certificate_number?: string | null
  decision_number: string
  decision_date: CalendarDate
  issuing_level: OcopIssuingLevel
  issuing_body: string
  evidence_url: string
  today?: CalendarDate | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const LIVE_STATUSES = ["submitted", "verified", "expired", "revoked"]

/**
 * Checks a submission against the OCOP rules before anything is written and returns the
 * derived facts: stars from the score, validity from the decision date. Every refusal
 * says what to correct, in Vietnamese and English.
 */
export const validateOcopSubmissionStep = createStep("validate-ocop-submission", async (input: OcopSubmission, { container }) => {
  const today = todayOr(input.today)
  if (!isOcopScore(input.score)) throw invalid("Điểm OCOP phải từ 0 đến 100 / The OCOP score must be between 0 and 100.")
  const stars = starsFromScore(input.score)
  if (input.stars != null && input.stars !== stars) {
    throw invalid(
      `Số sao ${input.stars}★ không khớp với điểm ${input.score} (điểm này là ${stars}★) / ${input.stars} stars contradict the score ${input.score}, which earns ${stars} stars.`
    )
  }
  if (input.score < OCOP_MIN_CERTIFIED_SCORE) {
    throw invalid(
      `Điểm ${input.score} (${stars}★) chưa đủ để cấp giấy chứng nhận: chỉ sản phẩm từ 3★ (50 điểm) trở lên được chứng nhận / A score of ${input.score} (${stars} stars) earns no certificate: OCOP certificates are issued from 3 stars (a score of 50).`
    )
  }
  if (!canIssue(input.issuing_level, stars)) {
    const needed = issuingLevelFor(stars)
    throw invalid(
      needed === "central"
        ? `Sản phẩm 5★ do Hội đồng Trung ương công nhận; cấp tỉnh chỉ công nhận 3★–4★ và đề nghị 5★. Chọn cấp "central" / A 5-star certificate is issued by the central council; a province certifies 3 and 4 stars and only nominates 5. Choose issuing_level "central".`
        : `Cấp Trung ương chỉ công nhận 5★; sản phẩm ${stars}★ do UBND tỉnh công nhận. Chọn cấp "province" / The central council certifies 5 stars only; a ${stars}-star certificate is issued by the province. Choose issuing_level "province".`
    )
  }
  if (!isCalendarDate(input.decision_date)) {
    throw invalid("Ngày quyết định phải có dạng YYYY-MM-DD / The decision date must be a date written YYYY-MM-DD.")
  }
  if (input.decision_date > today) {
    throw invalid(`Ngày quyết định ${input.decision_date} ở tương lai / The decision date ${input.decision_date} is in the future.`)
  }
  const valid_until = certificateValidUntil(input.decision_date)
  if (valid_until < today) {
    throw invalid(
      `Giấy chứng nhận này đã hết hạn ngày ${valid_until} (36 tháng từ ngày quyết định); hãy gửi quyết định đánh giá lại / This certificate ran out on ${valid_until} (36 months after its decision); submit the re-rating decision instead.`
    )
  }

  const service: OcopModuleService = container.resolve(OCOP_MODULE)
  const issuing_body = input.issuing_body.trim()
  if (input.certificate_number) {
    const [same] = await service.listOcopCertificates(
      { issuing_body, certificate_number: input.certificate_number.trim(), status: LIVE_STATUSES },
      { select: ["id"], take: 1 }
    )
    if (same) {
      throw invalid(
        `${issuing_body} đã có giấy chứng nhận số "${input.certificate_number}" / ${issuing_body} already has a certificate numbered "${input.certificate_number}".`
      )
    }
  }
  return new StepResponse({ stars, valid_until, issuing_body, today })
})
