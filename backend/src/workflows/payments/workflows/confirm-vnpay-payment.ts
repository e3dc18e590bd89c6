import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addOrderTransactionStep,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { MathBN, PaymentEvents, PaymentSessionStatus } from "@medusajs/framework/utils"
import { fromVnpayAmount, isVnpayPaymentSuccessful, vnpayIpnAnswer, type VnpayIpnAnswer } from "@cln/domain"
import { VNPAY_PROVIDER_ID } from "../../../modules/payment-vnpay/config"
import { recordVnpayPaymentStep, type VnpaySessionToRecord } from "../steps/record-vnpay-payment"

export type ConfirmVnpayPaymentInput = {
  /** The purchase the IPN's vnp_TxnRef names. */
  purchase_id: string
  /** The IPN query; the route has verified its checksum. */
  ipn: Record<string, string>
}

type PurchaseSessions = {
  id: string
  orders?: { id: string; payment_collections?: { payment_sessions?: (Omit<VnpaySessionToRecord, "order_id"> & { provider_id: string })[] }[] }[]
}

const PAID = new Set<string>([PaymentSessionStatus.AUTHORIZED, PaymentSessionStatus.CAPTURED])
const OPEN = new Set<string>([PaymentSessionStatus.PENDING, PaymentSessionStatus.REQUIRES_MORE])

/**
 * VNPay's IPN for a purchase: under a lock on the purchase (VNPay may repeat an IPN, even
 * at the same moment), reads the purchase's VNPay sessions, answers with the documented
 * RspCode (01 unknown purchase, 04 wrong amount, 02 already confirmed) and, only when
 * the answer is 00, records the result: every order's payment captured when VNPay says
 * paid, every session in error when it says not. A repeated IPN finds the sessions
 * settled and answers 02 without writing anything.
 */
export const confirmVnpayPaymentWorkflow = createWorkflow("confirm-vnpay-payment", (input: ConfirmVnpayPaymentInput) => {
  const lockKey = transform({ input }, ({ input }) => `vnpay-ipn:${input.purchase_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

  const { data: purchases } = useQueryGraphStep({
    entity: "purchase",
    fields: [
      "id",
      "orders.id",
      "orders.payment_collections.payment_sessions.id",
      "orders.payment_collections.payment_sessions.provider_id",
      "orders.payment_collections.payment_sessions.status",
      "orders.payment_collections.payment_sessions.amount",
      "orders.payment_collections.payment_sessions.currency_code",
      "orders.payment_collections.payment_sessions.data",
    ],
    filters: { id: input.purchase_id },
  }).config({ name: "vnpay-purchase-sessions-query" })

  const decision = transform({ purchases, input }, ({ purchases, input }) => {
    const purchase = (purchases as unknown as PurchaseSessions[])[0]
    const sessions: VnpaySessionToRecord[] = (purchase?.orders ?? [])
      .flatMap((o) => (o?.payment_collections ?? []).flatMap((pc) => (pc?.payment_sessions ?? []).map((s) => ({ ...s, order_id: o.id }))))
      .filter((s) => s.provider_id === VNPAY_PROVIDER_ID)
      .map(({ provider_id: _p, ...s }) => s)
    const amountVnd = sessions.reduce((sum, s) => MathBN.add(sum, s.amount), MathBN.convert(0)).toNumber()
    const state = sessions.some((s) => PAID.has(s.status))
      ? ("paid" as const)
      : sessions.every((s) => OPEN.has(s.status))
        ? ("pending" as const)
        : ("failed" as const)
    const answer: VnpayIpnAnswer = vnpayIpnAnswer({
      checksumValid: true,
      order: sessions.length ? { amountVnd, state } : undefined,
      paidAmountVnd: fromVnpayAmount(input.ipn.vnp_Amount),
    })
    return { answer, sessions, paid: isVnpayPaymentSuccessful(input.ipn) }
  })

  when("vnpay-ipn-accepted", { decision }, ({ decision }) => decision.answer.RspCode === "00").then(() => {
    const captured = recordVnpayPaymentStep(
      transform({ decision, input }, ({ decision, input }) => ({ sessions: decision.sessions, ipn: input.ipn, paid: decision.paid }))
    )
    // As Medusa's capturePaymentWorkflow does: each capture enters its order's ledger,
    // and payment.captured is emitted for every payment.
    addOrderTransactionStep(
      transform({ captured }, ({ captured }) =>
        captured.map((c) => ({
          order_id: c.order_id,
          amount: c.amount,
          currency_code: c.currency_code,
          reference: "capture",
          reference_id: c.capture_id,
        }))
      )
    )
    emitEventStep({
      eventName: PaymentEvents.CAPTURED,
      data: transform({ captured }, ({ captured }) => [...new Set(captured.map((c) => c.payment_id))].map((id) => ({ id }))),
    }).config({ name: "emit-vnpay-payments-captured" })
  })

  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ decision }, ({ decision }) => decision.answer))
})
