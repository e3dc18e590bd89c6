import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

export const STRIPE_PROVIDER = "stripe_stripe"

/**
 * Medusa's /hooks/payment/:provider route answers 200 at once and checks the provider's
 * signature only later, in a subscriber, so a forged Stripe call would still get 200.
 * This checks Stripe's signature first, through Medusa's own Stripe provider, and answers
 * 400 when it is wrong; a genuine event goes on to Medusa's route and is processed as usual.
 */
async function verifyStripeSignature(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const payment = req.scope.resolve(Modules.PAYMENT)
  try {
    await payment.getWebhookActionAndData({
      provider: STRIPE_PROVIDER,
      payload: { data: req.body as Record<string, unknown>, rawData: (req as { rawBody?: Buffer }).rawBody ?? "", headers: req.headers },
    })
  } catch (error) {
    // Only a failed signature check is the sender's fault; anything else (Stripe's API
    // unreachable while reading the event) is left to Medusa's retries.
    if (/constructWebhookEvent|signature/i.test((error as Error).message)) {
      return res.status(400).json({ type: "invalid_data", message: "Chữ ký Stripe không hợp lệ / Invalid Stripe webhook signature." })
    }
  }
  next()
}

export const paymentWebhookRoutes: MiddlewareRoute[] = [
  {
    matcher: `/hooks/payment/${STRIPE_PROVIDER}`,
    methods: ["POST"],
    bodyParser: { preserveRawBody: true },
    middlewares: [verifyStripeSignature],
  },
]
