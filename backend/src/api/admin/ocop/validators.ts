import { z } from "@medusajs/framework/zod"

const reason = z
  .string({ message: "Nêu lý do; người bán sẽ đọc / Give a reason; the producer will read it" })
  .trim()
  .min(3, "Nêu lý do; người bán sẽ đọc / Give a reason; the producer will read it")
  .max(1000)

export const AdminListOcopCertificates = z
  .object({
    status: z.enum(["submitted", "verified", "rejected", "expired", "revoked"]).optional(),
    expiring_within_days: z.coerce.number().int().min(0).max(3660).optional(),
    product_id: z.string().trim().max(100).optional(),
    producer_id: z.string().trim().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListOcopCertificatesType = z.infer<typeof AdminListOcopCertificates>

export const AdminVerifyOcopCertificate = z.object({}).strict()
export const AdminRejectOcopCertificate = z.object({ reason }).strict()
export type AdminReasonType = z.infer<typeof AdminRejectOcopCertificate>
export const AdminRevokeOcopCertificate = z.object({ reason }).strict()
