import { z } from "@medusajs/framework/zod"

/**
 * Payment methods this code knows; whether one is configured on this server (its keys
 * set) and offered in the cart's region is checked by the placement workflow.
 */
export const PAYMENT_PROVIDER_IDS = ["pp_system_default", "pp_vnpay_vnpay", "pp_stripe_stripe"] as const

// Everything else the placement needs is already on the cart.
export const StorePlaceOrder = z
  .object({
    payment_provider: z.enum(PAYMENT_PROVIDER_IDS).optional(),
    // The storefront locale the buyer returns to after paying on VNPay's page.
    locale: z.enum(["vi", "en"]).optional(),
  })
  .strict()
export type StorePlaceOrderType = z.infer<typeof StorePlaceOrder>
