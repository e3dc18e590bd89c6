import { z } from "@medusajs/framework/zod"

export const StoreListPurchases = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).optional(),
    offset: z.coerce.number().int().min(0).optional(),
  })
  .strict()
export type StoreListPurchasesType = z.infer<typeof StoreListPurchases>
