import { z } from "@medusajs/framework/zod"

// Everything the placement needs is already on the cart.
export const StorePlaceOrder = z.object({}).strict()
export type StorePlaceOrderType = z.infer<typeof StorePlaceOrder>
