/**
 * Payment methods the checkout offers: only those the backend says are configured
 * (GET /store/payment-providers-available), cash on delivery first and chosen by default.
 */

export const COD_PROVIDER_ID = "pp_system_default"
export const VNPAY_PROVIDER_ID = "pp_vnpay_vnpay"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

export type PaymentKind = "cod" | "vnpay" | "stripe"

const KIND_BY_ID: Record<string, PaymentKind> = {
  [COD_PROVIDER_ID]: "cod",
  [VNPAY_PROVIDER_ID]: "vnpay",
  [STRIPE_PROVIDER_ID]: "stripe",
}

const ORDER: PaymentKind[] = ["cod", "vnpay", "stripe"]

export type PaymentMethod = { id: string; kind: PaymentKind }

export function paymentKind(providerId: string | null | undefined): PaymentKind | null {
  return (providerId && KIND_BY_ID[providerId]) || null
}

/** The offered providers this storefront knows how to take, COD, then VNPay, then card. */
export function paymentMethods(providerIds: readonly string[]): PaymentMethod[] {
  const known = [...new Set(providerIds)]
    .map((id) => ({ id, kind: paymentKind(id) }))
    .filter((method): method is PaymentMethod => method.kind !== null)
  return known.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
}

/** The method a buyer picked, if it is one of those offered; else the first offered (COD). */
export function choosePayment(value: unknown, offered: readonly PaymentMethod[]): PaymentMethod | null {
  return offered.find((method) => method.id === value) ?? offered[0] ?? null
}
