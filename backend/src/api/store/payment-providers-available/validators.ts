import { z } from "@medusajs/framework/zod"

// The buyer's cart (its region decides) or a region directly.
export const StoreListAvailablePaymentProviders = z
  .object({ region_id: z.string().min(1).max(100).optional(), cart_id: z.string().min(1).max(100).optional() })
  .strict()
  .refine((q) => !!q.region_id !== !!q.cart_id, "Cho biết region_id hoặc cart_id / Give either region_id or cart_id")
export type StoreListAvailablePaymentProvidersType = z.infer<typeof StoreListAvailablePaymentProviders>
