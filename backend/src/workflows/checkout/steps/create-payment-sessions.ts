import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { Modules, PaymentCollectionStatus } from "@medusajs/framework/utils"

export type CreateOrderPaymentSessionsInput = {
  provider_id: string
  sessions: {
    payment_collection_id: string
    amount: BigNumberInput
    currency_code: string
    /** What the provider needs to start the payment (VNPay: the purchase's reference). */
    data?: Record<string, unknown>
  }[]
}

/**
 * Each order's payment collection gets one session with the buyer's payment method.
 * Nothing is authorized or captured here: cash on delivery waits for the delivery,
 * VNPay for its IPN, Stripe for its webhook. The collection is marked "awaiting" (what
 * Medusa derives for a collection with an open session once it recomputes), so the
 * order's payment status reads "awaiting" until the money is in.
 */
export const createOrderPaymentSessionsStep = createStep(
  "create-order-payment-sessions",
  async ({ provider_id, sessions }: CreateOrderPaymentSessionsInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const created = []
    try {
      for (const session of sessions) {
        created.push(
          await payment.createPaymentSession(session.payment_collection_id, {
            provider_id,
            amount: session.amount,
            currency_code: session.currency_code,
            data: session.data ?? {},
          })
        )
      }
      await payment.updatePaymentCollections(
        { id: sessions.map((s) => s.payment_collection_id) },
        { status: PaymentCollectionStatus.AWAITING }
      )
    } catch (error) {
      // A step that throws is not compensated: remove what this one already made.
      for (const session of created) await payment.deletePaymentSession(session.id)
      throw error
    }
    return new StepResponse(created, created.map((s) => s.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const payment = container.resolve(Modules.PAYMENT)
    for (const id of ids) await payment.deletePaymentSession(id)
  }
)
