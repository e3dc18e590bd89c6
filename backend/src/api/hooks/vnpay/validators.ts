import { z } from "@medusajs/framework/zod"

/**
 * A query string from VNPay (IPN or return): flat text parameters only. Which of them are
 * VNPay's and whether they are genuine is decided by the checksum, not here.
 */
export const VnpayCallbackQuery = z
  .record(z.string().max(64), z.string().max(2000))
  .refine((q) => Object.keys(q).length <= 60, "Too many parameters")
export type VnpayCallbackQueryType = z.infer<typeof VnpayCallbackQuery>
