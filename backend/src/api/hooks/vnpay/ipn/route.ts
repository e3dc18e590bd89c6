import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { purchaseIdFromVnpayTxnRef, verifyVnpayQuery, vnpayIpnAnswer, VNPAY_IPN_MESSAGES, type VnpayIpnAnswer } from "@cln/domain"
import { vnpayOptionsFromEnv, vnpaySigner } from "../../../../modules/payment-vnpay/config"
import { confirmVnpayPaymentWorkflow } from "../../../../workflows/payments/workflows/confirm-vnpay-payment"
import { VnpayCallbackQuery } from "../validators"

const unknownError: VnpayIpnAnswer = { RspCode: "99", Message: VNPAY_IPN_MESSAGES["99"] }

/**
 * GET /hooks/vnpay/ipn?vnp_...: VNPay's server-to-server payment notification, the only
 * thing that marks a VNPay payment as made. Not Medusa's /hooks/payment/:provider route:
 * that one takes POST, answers "OK" and handles the event later, while VNPay sends GET
 * and wants {RspCode, Message} now. Always answers 200 with that JSON, as VNPay expects:
 * 97 bad checksum, 01 unknown purchase, 04 wrong amount, 02 already confirmed, 00
 * recorded, 99 anything else (never a 500).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const options = vnpayOptionsFromEnv()
  const parsed = VnpayCallbackQuery.safeParse(req.query)
  if (!options || !parsed.success) return res.status(200).json(unknownError)
  const ipn = parsed.data

  if (!verifyVnpayQuery(ipn, vnpaySigner(options.hashSecret))) {
    return res.status(200).json(vnpayIpnAnswer({ checksumValid: false, paidAmountVnd: null }))
  }
  const purchaseId = purchaseIdFromVnpayTxnRef(ipn.vnp_TxnRef)
  if (!purchaseId) return res.status(200).json(vnpayIpnAnswer({ checksumValid: true, paidAmountVnd: null }))

  try {
    const { result } = await confirmVnpayPaymentWorkflow(req.scope).run({ input: { purchase_id: purchaseId, ipn } })
    res.status(200).json(result)
  } catch (error) {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`VNPay IPN for ${ipn.vnp_TxnRef} failed: ${(error as Error).message}`)
    res.status(200).json(unknownError)
  }
}
