import { z } from "@medusajs/framework/zod"

// A guest's purchase is read with the access token place-order answered.
export const StoreGetPurchase = z.object({ access_token: z.string().min(1).max(100).optional() }).strict()
export type StoreGetPurchaseType = z.infer<typeof StoreGetPurchase>
