import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { isVietnamTaxCode } from "@cln/domain"
import { vietnamPhone } from "../../producer-applications/validators"

export const AdminListProducers = createFindParams({ limit: 20, offset: 0 })
  .extend({
    q: z.string().trim().max(100).optional(),
    status: z.enum(["pending", "approved", "rejected", "suspended"]).optional(),
  })
  .strict()

export const AdminReviewProducer = z
  .object({
    action: z.enum(["approve", "reject", "suspend", "reinstate"]),
    reason: z.string().trim().max(2000).nullish(),
  })
  .strict()

export type AdminReviewProducerType = z.infer<typeof AdminReviewProducer>

/** What officers may correct on a producer's record, and the platform commission. */
export const AdminUpdateProducer = z
  .object({
    name: z.string().trim().min(2).max(120).optional(),
    legal_kind: z.enum(["household", "cooperative", "enterprise"]).optional(),
    tax_code: z
      .string()
      .trim()
      .refine(isVietnamTaxCode, "Mã số thuế không hợp lệ (10, 10-3 hoặc 12 chữ số) / Invalid tax code (10, 10-3 or 12 digits)")
      .nullish(),
    phone: vietnamPhone.optional(),
    email: z.string().trim().toLowerCase().email("Email không hợp lệ / Invalid email").optional(),
    address: z.string().trim().min(5).max(300).optional(),
    story: z.string().trim().max(5000).nullish(),
    story_en: z.string().trim().max(5000).nullish(),
    commission_percent: z
      .number()
      .min(0, "Hoa hồng từ 0 đến 100% / Commission is 0 to 100 percent")
      .max(100, "Hoa hồng từ 0 đến 100% / Commission is 0 to 100 percent")
      .optional(),
  })
  .strict()

export type AdminUpdateProducerType = z.infer<typeof AdminUpdateProducer>
