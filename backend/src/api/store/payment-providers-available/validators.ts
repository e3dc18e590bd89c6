import { z } from "@medusajs/framework/zod"

export const StoreListAvailablePaymentProviders = z
  .object({ region_id: z.string().min(1).max(100) })
  .strict()
export type StoreListAvailablePaymentProvidersType = z.infer<typeof StoreListAvailablePaymentProviders>
