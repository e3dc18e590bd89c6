import { z } from "@medusajs/framework/zod"
import { vietnamPhone } from "../../producer-applications/validators"

/** What producers may change themselves; name, legal kind and tax code go through officers. */
export const ProducerUpdateMe = z
  .object({
    phone: vietnamPhone.optional(),
    address: z.string().trim().min(5).max(300).optional(),
    story: z.string().trim().max(5000).nullish(),
    story_en: z.string().trim().max(5000).nullish(),
  })
  .strict()

export type ProducerUpdateMeType = z.infer<typeof ProducerUpdateMe>
