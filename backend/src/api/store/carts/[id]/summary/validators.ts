import { z } from "@medusajs/framework/zod"

// The summary has a fixed shape: there is nothing to choose, so any query parameter is refused.
export const StoreGetCartSummary = z.object({}).strict()
export type StoreGetCartSummaryType = z.infer<typeof StoreGetCartSummary>
