import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const AdminListProducers = createFindParams({ limit: 20, offset: 0 })
  .extend({
    q: z.string().trim().max(100).optional(),
    status: z.enum(["pending", "approved", "rejected", "suspended"]).optional(),
  })
  .strict()

export const AdminReviewProducer = z
  .object({
    action: z.enum(["approve", "reject", "suspend", "reinstate"]),
    reason: z.string().trim().max(2000).nullish(),
  })
  .strict()

export type AdminReviewProducerType = z.infer<typeof AdminReviewProducer>
