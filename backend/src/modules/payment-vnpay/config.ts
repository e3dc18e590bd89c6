import { createHmac } from "node:crypto"
import { VNPAY_SANDBOX_PAYMENT_URL, type VnpaySign } from "@cln/domain"

export const VNPAY_PROVIDER_ID = "pp_vnpay_vnpay"

export type VnpayOptions = {
  tmnCode: string
  hashSecret: string
  paymentUrl: string
  /** May hold `{locale}`, replaced by the buyer's storefront locale. */
  returnUrl: string
}

type Env = Record<string, string | undefined>

/**
 * VNPay's settings, or null when the merchant keys are missing: then the provider is not
 * registered at all, so it is never offered (see medusa-config.ts). The IPN and return
 * routes read the same settings, so the secret has one source.
 */
export function vnpayOptionsFromEnv(env: Env = process.env): VnpayOptions | null {
  if (!env.VNPAY_TMN_CODE || !env.VNPAY_HASH_SECRET) return null
  const storefrontUrl = env.STOREFRONT_URL || `http://localhost:${env.STOREFRONT_PORT || 8000}`
  return {
    tmnCode: env.VNPAY_TMN_CODE,
    hashSecret: env.VNPAY_HASH_SECRET,
    paymentUrl: env.VNPAY_PAYMENT_URL || VNPAY_SANDBOX_PAYMENT_URL,
    returnUrl: env.VNPAY_RETURN_URL || `${storefrontUrl}/{locale}/checkout/vnpay-return`,
  }
}

/** HMAC-SHA512 with the merchant's hash secret, hex, as VNPay signs. */
export function vnpaySigner(hashSecret: string): VnpaySign {
  return (data) => createHmac("sha512", hashSecret).update(data, "utf8").digest("hex")
}
