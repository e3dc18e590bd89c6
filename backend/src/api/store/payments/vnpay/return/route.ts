import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import { fromVnpayAmount, isVnpayPaymentSuccessful, purchaseIdFromVnpayTxnRef, verifyVnpayQuery } from "@cln/domain"
import { VNPAY_PROVIDER_ID, vnpayOptionsFromEnv, vnpaySigner } from "../../../../../modules/payment-vnpay/config"
import { VnpayCallbackQuery } from "../../../../hooks/vnpay/validators"

/**
 * GET /store/payments/vnpay/return?vnp_...: what the storefront's return page shows
 * after VNPay sends the buyer back. It only checks VNPay's signature and reports; the
 * IPN alone records the payment, so `confirmed` says whether it has arrived yet.
 * A tampered or unsigned query is refused with 400 and changes nothing.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const options = vnpayOptionsFromEnv()
  if (!options) throw new MedusaError(MedusaError.Types.NOT_FOUND, "VNPay is not available.")
  const parsed = VnpayCallbackQuery.safeParse(req.query)
  const query = parsed.success ? parsed.data : {}
  const purchaseId = purchaseIdFromVnpayTxnRef(query.vnp_TxnRef)
  if (!verifyVnpayQuery(query, vnpaySigner(options.hashSecret)) || !purchaseId) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Kết quả thanh toán không hợp lệ / This payment result is not signed by VNPay."
    )
  }
  const { data: [purchase] } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "purchase",
    fields: ["id", "orders.payment_collections.payment_sessions.provider_id", "orders.payment_collections.payment_sessions.status"],
    filters: { id: purchaseId },
  })
  const statuses = ((purchase as any)?.orders ?? [])
    .flatMap((o: any) => o?.payment_collections ?? [])
    .flatMap((pc: any) => pc?.payment_sessions ?? [])
    .filter((s: any) => s.provider_id === VNPAY_PROVIDER_ID)
    .map((s: any) => s.status as string)
  const recorded = statuses.length && statuses.every((s: string) => s === PaymentSessionStatus.AUTHORIZED || s === PaymentSessionStatus.CAPTURED)
    ? "captured"
    : statuses.some((s: string) => s === PaymentSessionStatus.ERROR)
      ? "failed"
      : "awaiting_ipn"
  res.json({
    vnpay: {
      verified: true,
      paid: isVnpayPaymentSuccessful(query),
      response_code: query.vnp_ResponseCode ?? null,
      amount: fromVnpayAmount(query.vnp_Amount),
      purchase_id: purchase ? purchaseId : null,
      // What the IPN has recorded: "captured", "failed", or "awaiting_ipn" if it has not come yet.
      payment_status: purchase ? recorded : null,
    },
  })
}
