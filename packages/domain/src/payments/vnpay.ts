/**
 * VNPay (Cổng thanh toán VNPAY, API 2.1.0) rules: the signed redirect, the checks on a
 * return or IPN query, and the IPN answer codes.
 *
 * HMAC-SHA512 itself is not computed here: the hash secret lives only in the backend, and
 * this package is also bundled into the storefront, where a `node:crypto` import breaks the
 * build. So every function that signs or verifies takes a `sign` function (the backend
 * passes Node's createHmac("sha512", secret)); everything that decides *what* is signed,
 * and how it is encoded, is here and tested.
 */
import { foldDiacritics } from "../text"

export const VNPAY_VERSION = "2.1.0"
export const VNPAY_SANDBOX_PAYMENT_URL = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html"

/** Hex HMAC-SHA512 of the canonical query with the merchant's hash secret. */
export type VnpaySign = (data: string) => string

export type VnpayLocale = "vn" | "en"

/**
 * PHP's urlencode, which VNPay's reference implementation uses for keys and values:
 * letters, digits and `-_.` stay; a space becomes `+`; every other UTF-8 byte is %XX in
 * upper case. (encodeURIComponent would leave `!'()*~` alone and write spaces as %20.)
 */
export function phpUrlencode(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+")
}

type QueryValue = string | number | null | undefined

/**
 * The string VNPay signs: every `vnp_*` parameter except the hash itself, sorted by key,
 * `key=value` joined by `&`, both urlencoded. Missing or empty values are left out, as
 * VNPay's libraries do when building a request.
 */
export function vnpayCanonicalQuery(params: Record<string, QueryValue>, options: { keepEmpty?: boolean } = {}): string {
  return Object.keys(params)
    .filter((key) => key.startsWith("vnp_") && key !== "vnp_SecureHash" && key !== "vnp_SecureHashType")
    .filter((key) => {
      const value = params[key]
      if (value === null || value === undefined) return false
      return options.keepEmpty || String(value) !== ""
    })
    .sort()
    .map((key) => `${phpUrlencode(key)}=${phpUrlencode(String(params[key]))}`)
    .join("&")
}

/** VNPay counts in hundredths of a đồng: 120 000 ₫ is sent as 12000000. */
export function toVnpayAmount(vnd: number): number {
  if (!Number.isSafeInteger(vnd) || vnd <= 0 || !Number.isSafeInteger(vnd * 100)) {
    throw new RangeError(`A VNPay amount must be a positive whole number of đồng, got ${vnd}`)
  }
  return vnd * 100
}

/** The đồng in a `vnp_Amount` string, or null when it is not a whole, positive number of đồng. */
export function fromVnpayAmount(value: string | undefined): number | null {
  if (!value || !/^[1-9][0-9]*$/.test(value)) return null
  const hundredths = Number(value)
  if (!Number.isSafeInteger(hundredths) || hundredths % 100 !== 0) return null
  return hundredths / 100
}

/** yyyyMMddHHmmss in Vietnam's time (GMT+7, no daylight saving), as VNPay expects. */
export function formatVnpayDate(date: Date): string {
  const t = new Date(date.getTime() + 7 * 3600 * 1000)
  const pad = (n: number) => String(n).padStart(2, "0")
  return (
    String(t.getUTCFullYear()).padStart(4, "0") +
    pad(t.getUTCMonth() + 1) +
    pad(t.getUTCDate()) +
    pad(t.getUTCHours()) +
    pad(t.getUTCMinutes()) +
    pad(t.getUTCSeconds())
  )
}

const TXN_REF = /^[A-Za-z0-9]{1,100}$/
const PURCHASE_PREFIX = "pur_"

/**
 * One VNPay transaction pays one purchase (all its producers' orders at once). Its
 * `vnp_TxnRef` is the purchase id's ULID: unique for ever, so unique per day as VNPay
 * requires, and made only of letters and digits.
 */
export function vnpayTxnRefForPurchase(purchaseId: string): string {
  const ref = purchaseId.startsWith(PURCHASE_PREFIX) ? purchaseId.slice(PURCHASE_PREFIX.length) : ""
  if (!TXN_REF.test(ref)) throw new RangeError(`Not a purchase id: ${purchaseId}`)
  return ref
}

/** The purchase a `vnp_TxnRef` names, or null when it cannot name one. */
export function purchaseIdFromVnpayTxnRef(txnRef: string | undefined): string | null {
  return txnRef && TXN_REF.test(txnRef) ? `${PURCHASE_PREFIX}${txnRef}` : null
}

/**
 * VNPay wants `vnp_OrderInfo` in Vietnamese without diacritics and without special
 * characters: "Thanh toán đơn #12" → "Thanh toan don 12".
 */
export function vnpayOrderInfo(text: string): string {
  return foldDiacritics(text)
    .replace(/[^A-Za-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 255)
}

export type VnpayPaymentRequest = {
  tmnCode: string
  amountVnd: number
  txnRef: string
  orderInfo: string
  returnUrl: string
  ipAddr: string
  createdAt: Date
  /** How long the buyer has to pay on VNPay's page; 15 minutes unless said. */
  expiresInMinutes?: number
  locale?: VnpayLocale
  orderType?: string
  bankCode?: string
}

/** The `vnp_*` parameters of a payment request (without the hash). */
export function vnpayPaymentParams(req: VnpayPaymentRequest): Record<string, string> {
  if (!TXN_REF.test(req.txnRef)) throw new RangeError(`vnp_TxnRef must be 1–100 letters or digits, got "${req.txnRef}"`)
  const expires = new Date(req.createdAt.getTime() + (req.expiresInMinutes ?? 15) * 60_000)
  const params: Record<string, string> = {
    vnp_Version: VNPAY_VERSION,
    vnp_Command: "pay",
    vnp_TmnCode: req.tmnCode,
    vnp_Amount: String(toVnpayAmount(req.amountVnd)),
    vnp_CurrCode: "VND",
    vnp_TxnRef: req.txnRef,
    vnp_OrderInfo: vnpayOrderInfo(req.orderInfo),
    vnp_OrderType: req.orderType ?? "other",
    vnp_Locale: req.locale ?? "vn",
    vnp_ReturnUrl: req.returnUrl,
    vnp_IpAddr: req.ipAddr,
    vnp_CreateDate: formatVnpayDate(req.createdAt),
    vnp_ExpireDate: formatVnpayDate(expires),
  }
  if (req.bankCode) params.vnp_BankCode = req.bankCode
  return params
}

/** The redirect URL: the canonical query, then `vnp_SecureHash` of exactly that string. */
export function buildVnpayPaymentUrl(paymentUrl: string, params: Record<string, string>, sign: VnpaySign): string {
  const query = vnpayCanonicalQuery(params)
  return `${paymentUrl}?${query}&vnp_SecureHash=${sign(query)}`
}

function equalInConstantTime(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

/**
 * True when a return or IPN query carries VNPay's signature: the hash is recomputed over
 * all `vnp_*` parameters but `vnp_SecureHash`/`vnp_SecureHashType`. VNPay's reference code
 * signs empty parameters too, its libraries drop them; both forms are accepted.
 */
export function verifyVnpayQuery(query: Record<string, string | undefined>, sign: VnpaySign): boolean {
  const received = query.vnp_SecureHash?.toLowerCase()
  if (!received || !/^[0-9a-f]{128}$/.test(received)) return false
  const forms = new Set([vnpayCanonicalQuery(query), vnpayCanonicalQuery(query, { keepEmpty: true })])
  for (const form of forms) if (equalInConstantTime(sign(form).toLowerCase(), received)) return true
  return false
}

/** VNPay reports a payment as made only when both codes are "00". */
export function isVnpayPaymentSuccessful(query: Record<string, string | undefined>): boolean {
  return query.vnp_ResponseCode === "00" && query.vnp_TransactionStatus === "00"
}

export type VnpayRspCode = "00" | "01" | "02" | "04" | "97" | "99"
export type VnpayIpnAnswer = { RspCode: VnpayRspCode; Message: string }

export const VNPAY_IPN_MESSAGES: Record<VnpayRspCode, string> = {
  "00": "Confirm Success",
  "01": "Order not found",
  "02": "Order already confirmed",
  "04": "Invalid amount",
  "97": "Invalid Checksum",
  "99": "Unknown error",
}

/** What the merchant knows when an IPN arrives, in the order VNPay says to check it. */
export type VnpayIpnCheck = {
  checksumValid: boolean
  /** The purchase the TxnRef names, with what it expects; undefined when none. */
  order?: {
    amountVnd: number
    /** "pending" until an IPN was recorded; then "paid" or "failed". */
    state: "pending" | "paid" | "failed"
  }
  /** `vnp_Amount` converted to đồng, null when it is not a valid amount. */
  paidAmountVnd: number | null
}

/**
 * The documented answer to an IPN: 97 bad checksum, 01 order not found, 04 amount
 * differs, 02 already confirmed (paid or failed before), otherwise 00 (the merchant
 * records the result, success or failure). 99 is for anything unexpected, answered by
 * the caller when it cannot get this far.
 */
export function vnpayIpnAnswer(check: VnpayIpnCheck): VnpayIpnAnswer {
  const answer = (RspCode: VnpayRspCode): VnpayIpnAnswer => ({ RspCode, Message: VNPAY_IPN_MESSAGES[RspCode] })
  if (!check.checksumValid) return answer("97")
  if (!check.order) return answer("01")
  if (check.paidAmountVnd === null || check.paidAmountVnd !== check.order.amountVnd) return answer("04")
  if (check.order.state !== "pending") return answer("02")
  return answer("00")
}
