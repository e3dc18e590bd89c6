import { z } from "@medusajs/framework/zod"

export const StoreDisplayPointScan = z.object({ locale: z.enum(["vi", "en"]).optional() }).strict()
export type StoreDisplayPointScanType = z.infer<typeof StoreDisplayPointScan>
