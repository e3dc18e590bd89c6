import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BigNumberInput } from "@medusajs/framework/types"
import { Modules, PaymentSessionStatus } from "@medusajs/framework/utils"

export type VnpaySessionToRecord = {
  id: string
  order_id: string
  amount: BigNumberInput
  currency_code: string
  status: PaymentSessionStatus
  data: Record<string, unknown>
}

export type RecordVnpayPaymentInput = {
  sessions: VnpaySessionToRecord[]
  /** The IPN query, its checksum already verified. */
  ipn: Record<string, string>
  paid: boolean
}

type Recorded = { session: VnpaySessionToRecord; payment_id?: string; captures: { id: string; amount: BigNumberInput }[] }

/**
 * Records VNPay's verdict on every order session of the purchase. Paid: the IPN is
 * stored on the session, then Medusa authorizes it; the VNPay provider re-verifies the
 * stored IPN and reports the money as already taken, so Medusa creates the payment and
 * its capture in one go. Not paid: the session is marked in error with the IPN kept.
 */
export const recordVnpayPaymentStep = createStep(
  "record-vnpay-payment",
  async ({ sessions, ipn, paid }: RecordVnpayPaymentInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const recorded: Recorded[] = []
    const undo = async () => rollBack(container, recorded)
    try {
      for (const session of sessions) {
        const entry: Recorded = { session, captures: [] }
        recorded.push(entry)
        await payment.updatePaymentSession({
          id: session.id,
          amount: session.amount,
          currency_code: session.currency_code,
          data: { ...session.data, ipn },
          ...(paid ? {} : { status: PaymentSessionStatus.ERROR }),
        })
        if (paid) {
          const made = await payment.authorizePaymentSession(session.id, {})
          if (!made) throw new Error(`VNPay session ${session.id} was not authorized`)
          entry.payment_id = made.id
          const [withCaptures] = await payment.listPayments({ id: made.id }, { relations: ["captures"] })
          entry.captures = (withCaptures?.captures ?? []).map((c) => ({ id: c.id, amount: c.amount }))
        }
      }
    } catch (error) {
      // A step that throws is not compensated: undo what this one already wrote.
      await undo()
      throw error
    }
    // What the orders' ledgers need: each capture, on its order.
    const captured = recorded.flatMap((r) =>
      r.captures.map((c) => ({ order_id: r.session.order_id, payment_id: r.payment_id!, capture_id: c.id, amount: c.amount, currency_code: r.session.currency_code }))
    )
    return new StepResponse(captured, recorded)
  },
  async (recorded, { container }) => {
    if (recorded?.length) await rollBack(container, recorded)
  }
)

// Puts every session back as it was; a payment made from it is cancelled, its capture removed.
async function rollBack(container: { resolve: (key: string) => any }, recorded: Recorded[]) {
  const payment = container.resolve(Modules.PAYMENT)
  for (const { session, payment_id } of [...recorded].reverse()) {
    if (payment_id) {
      const [made] = await payment.listPayments({ id: payment_id }, { relations: ["captures"] })
      const captureIds = (made?.captures ?? []).map((c: { id: string }) => c.id)
      if (captureIds.length) await payment.deleteCaptures(captureIds)
      await payment.cancelPayment(payment_id)
    }
    await payment.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: session.data,
      status: session.status,
    })
  }
}
