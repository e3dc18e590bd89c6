import {
  buildVnpayPaymentUrl,
  isVnpayPaymentSuccessful,
  verifyVnpayQuery,
  vnpayPaymentParams,
  type VnpayLocale,
} from "@cln/domain"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  MathBN,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { vnpaySigner, type VnpayOptions } from "./config"

/**
 * What a VNPay payment session holds. One VNPay transaction pays a whole purchase, so
 * every order's session of that purchase carries the same `txn_ref`, purchase amount and
 * signed URL; `ipn` is the verified query VNPay sent to the IPN endpoint.
 */
export type VnpaySessionData = {
  txn_ref: string
  amount_vnd: number
  order_info: string
  ip_addr: string
  locale: VnpayLocale
  payment_url?: string
  ipn?: Record<string, string>
}

/**
 * VNPay as a Payment module provider. VNPay takes the money when the buyer pays on its
 * page, so a payment it confirms is "captured" at once; nothing is held for later.
 * The IPN (server to server, GET with a query string) is the only thing that confirms a
 * payment: /hooks/vnpay/ipn verifies it and records it on the sessions, and
 * authorizePayment accepts a session only when the recorded IPN carries a valid VNPay
 * signature for this transaction.
 */
class VnpayProviderService extends AbstractPaymentProvider<VnpayOptions> {
  static override identifier = "vnpay"

  static override validateOptions(options: Record<string, unknown>) {
    for (const key of ["tmnCode", "hashSecret", "paymentUrl", "returnUrl"]) {
      if (typeof options[key] !== "string" || !options[key]) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `VNPay provider: option "${key}" is required`)
      }
    }
  }

  protected options_: VnpayOptions

  constructor(cradle: Record<string, unknown>, options: VnpayOptions) {
    super(cradle, options)
    this.options_ = options
  }

  async initiatePayment({ amount, currency_code, data }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (currency_code.toLowerCase() !== "vnd") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "VNPay chỉ nhận VND / VNPay only takes payments in VND.")
    }
    const input = (data ?? {}) as Partial<VnpaySessionData> & { session_id?: string }
    if (!input.txn_ref || !input.ip_addr) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "VNPay: a transaction reference and the buyer's IP address are required.")
    }
    const locale: VnpayLocale = input.locale === "en" ? "en" : "vn"
    // A single-order session pays its own amount; a purchase passes its total.
    const amountVnd = input.amount_vnd ?? MathBN.convert(amount).toNumber()
    const orderInfo = input.order_info || `Thanh toan ${input.txn_ref}`
    const paymentUrl = buildVnpayPaymentUrl(
      this.options_.paymentUrl,
      vnpayPaymentParams({
        tmnCode: this.options_.tmnCode,
        amountVnd,
        txnRef: input.txn_ref,
        orderInfo,
        returnUrl: this.options_.returnUrl.replace("{locale}", locale === "en" ? "en" : "vi"),
        ipAddr: input.ip_addr,
        createdAt: new Date(),
        locale,
      }),
      vnpaySigner(this.options_.hashSecret)
    )
    const sessionData: VnpaySessionData = {
      txn_ref: input.txn_ref,
      amount_vnd: amountVnd,
      order_info: orderInfo,
      ip_addr: input.ip_addr,
      locale,
      payment_url: paymentUrl,
    }
    return { id: input.txn_ref, data: sessionData, status: PaymentSessionStatus.PENDING }
  }

  /** Paid only on a recorded, correctly signed IPN for this transaction and amount. */
  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: data ?? {}, status: this.statusOf(data as Partial<VnpaySessionData> | undefined) }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { data: data ?? {}, status: this.statusOf(data as Partial<VnpaySessionData> | undefined) }
  }

  // The money moved when the buyer paid on VNPay's page: nothing more to ask VNPay.
  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: data ?? {} }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: data ?? {} }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: data ?? {} }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: data ?? {} }
  }

  async updatePayment({ data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: data ?? {} }
  }

  // VNPay refunds go through its merchant refund API, which is not wired up yet: refuse
  // clearly rather than pretend the money went back.
  async refundPayment(_input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Hoàn tiền VNPay làm trên cổng quản trị VNPay / Refund VNPay payments from VNPay's merchant portal."
    )
  }

  /**
   * Medusa's /hooks/payment/:provider route takes POST bodies and answers "OK" after
   * queueing the event, while VNPay calls its IPN with GET and a query string and wants
   * {RspCode, Message} back synchronously. So VNPay's IPN has its own route
   * (/hooks/vnpay/ipn) and nothing arrives here to act on.
   */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }

  private statusOf(data: Partial<VnpaySessionData> | undefined): PaymentSessionStatus {
    const ipn = data?.ipn
    if (!ipn) return PaymentSessionStatus.PENDING
    const genuine =
      verifyVnpayQuery(ipn, vnpaySigner(this.options_.hashSecret)) &&
      ipn.vnp_TxnRef === data?.txn_ref &&
      ipn.vnp_TmnCode === this.options_.tmnCode &&
      Number(ipn.vnp_Amount) === (data?.amount_vnd ?? NaN) * 100
    if (!genuine) return PaymentSessionStatus.ERROR
    return isVnpayPaymentSuccessful(ipn) ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.ERROR
  }
}

export default VnpayProviderService
