import { z } from "@medusajs/framework/zod"

export const StoreGetPurchase = z.object({}).strict()
export type StoreGetPurchaseType = z.infer<typeof StoreGetPurchase>
