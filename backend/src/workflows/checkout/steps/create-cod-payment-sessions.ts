import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { Modules, PaymentCollectionStatus } from "@medusajs/framework/utils"

export type CreateCodPaymentSessionsInput = {
  provider_id: string
  sessions: { payment_collection_id: string; amount: BigNumberInput; currency_code: string }[]
}

/**
 * Cash on delivery: each order's payment collection gets one pending session with the
 * system provider and nothing is authorized or captured. The collection is marked
 * "awaiting" (what Medusa derives for a collection with an open session once it
 * recomputes), so the order's payment status reads "awaiting" until the cash is in.
 */
export const createCodPaymentSessionsStep = createStep(
  "create-cod-payment-sessions",
  async ({ provider_id, sessions }: CreateCodPaymentSessionsInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const created = []
    try {
      for (const session of sessions) {
        created.push(
          await payment.createPaymentSession(session.payment_collection_id, {
            provider_id,
            amount: session.amount,
            currency_code: session.currency_code,
            data: {},
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
