import { z } from "@medusajs/framework/zod"

/** A cart id as Medusa makes them ("cart_" and a ULID); anything else names no cart. */
export const StoreCartParams = z.object({ id: z.string().regex(/^cart_[0-9A-Za-z]{1,64}$/) }).passthrough()
