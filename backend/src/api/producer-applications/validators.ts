import { z } from "@medusajs/framework/zod"
import { isHandle, isVietnamTaxCode, normalizeVietnamPhone } from "@cln/domain"

export const vietnamPhone = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const normalized = normalizeVietnamPhone(value)
    if (!normalized) {
      ctx.addIssue({ code: "custom", message: "Số điện thoại không hợp lệ / Invalid Vietnamese phone number, e.g. 0912345678" })
      return z.NEVER
    }
    return normalized
  })

/** The public application form: who the producer is and who signs in for it. */
export const StoreApplyAsProducer = z
  .object({
    handle: z
      .string()
      .trim()
      .min(3, "Địa chỉ gian hàng quá ngắn / Shop address is too short")
      .max(60)
      .refine(isHandle, "Địa chỉ gian hàng chỉ gồm chữ thường không dấu, số và gạch nối / Use lowercase letters, digits and hyphens"),
    name: z.string().trim().min(2).max(120),
    legal_kind: z.enum(["household", "cooperative", "enterprise"]),
    tax_code: z
      .string()
      .trim()
      .refine(isVietnamTaxCode, "Mã số thuế không hợp lệ (10, 10-3 hoặc 12 chữ số) / Invalid tax code (10, 10-3 or 12 digits)")
      .nullish(),
    phone: vietnamPhone,
    email: z.string().trim().toLowerCase().email("Email không hợp lệ / Invalid email"),
    address: z.string().trim().min(5).max(300),
    story: z.string().trim().max(5000).nullish(),
    craft_village_handle: z.string().trim().max(100).nullish(),
    member_name: z.string().trim().min(2).max(120),
  })
  .strict()
  .refine((a) => a.legal_kind === "household" || !!a.tax_code, {
    message: "Hợp tác xã và doanh nghiệp cần mã số thuế / Cooperatives and enterprises need a tax code",
    path: ["tax_code"],
  })

export type StoreApplyAsProducerType = z.infer<typeof StoreApplyAsProducer>
