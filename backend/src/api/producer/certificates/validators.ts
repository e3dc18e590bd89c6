import { OCOP_ISSUING_LEVELS, OCOP_PRODUCT_GROUP_KEYS, isCalendarDate } from "@cln/domain"
import { z } from "@medusajs/framework/zod"

// Refinements keep these messages: Medusa rewrites min/max errors into its own English.
const text = (max: number, label: string) => {
  const [vi, en] = label.split(" / ")
  const message = `Nhập ${vi} (tối đa ${max} ký tự) / Enter the ${en} (at most ${max} characters)`
  return z
    .string({ message })
    .trim()
    .refine((v) => v.length > 0 && v.length <= max, message)
}

export const calendarDate = (label: string) =>
  z
    .string({ message: `${label}: YYYY-MM-DD` })
    .refine(isCalendarDate, `${label} phải là ngày có thật dạng YYYY-MM-DD / ${label} must be a real date written YYYY-MM-DD`)

export const ProducerSubmitOcopCertificate = z
  .object({
    product_id: text(100, "sản phẩm / product"),
    product_group: z.enum(OCOP_PRODUCT_GROUP_KEYS, {
      message: `Chọn nhóm sản phẩm OCOP: ${OCOP_PRODUCT_GROUP_KEYS.join(", ")} / Choose an OCOP product group: ${OCOP_PRODUCT_GROUP_KEYS.join(", ")}`,
    }),
    score: z
      .number({ message: "Điểm là một số từ 0 đến 100 / The score is a number from 0 to 100" })
      .refine((v) => v >= 0 && v <= 100, "Điểm phải từ 0 đến 100 / The score must be between 0 and 100"),
    // Optional: a client that shows stars may send them; they must agree with the score.
    stars: z.number().int().min(1).max(5).optional().nullable(),
    certificate_number: z
      .string()
      .trim()
      .refine((v) => v.length <= 60, "Số giấy chứng nhận tối đa 60 ký tự / The certificate number has at most 60 characters")
      .optional()
      .nullable(),
    decision_number: text(60, "số quyết định / decision number"),
    decision_date: calendarDate("decision_date"),
    issuing_level: z.enum(OCOP_ISSUING_LEVELS, { message: 'Cấp công nhận là "province" hoặc "central" / issuing_level is "province" or "central"' }),
    issuing_body: text(200, "cơ quan công nhận / issuing body"),
    evidence_url: z
      .string({ message: "Tải ảnh quyết định lên rồi gửi địa chỉ của nó / Upload a photo of the decision and send its address" })
      .url("evidence_url phải là địa chỉ web của tệp đã tải lên / evidence_url must be the address of the uploaded file")
      .refine((v) => v.length <= 1000, "evidence_url quá dài / evidence_url is too long"),
  })
  .strict()
export type ProducerSubmitOcopCertificateType = z.infer<typeof ProducerSubmitOcopCertificate>

export const ProducerClaimMark = z.object({ mark_id: text(100, "nhãn / mark") }).strict()
export type ProducerClaimMarkType = z.infer<typeof ProducerClaimMark>
