/**
 * The visitor's currency choice. Vietnam is priced in VND; buyers abroad can switch to
 * the International region priced in USD.
 */

export const CURRENCY_COOKIE = "cln_currency"

export const SHOP_CURRENCIES = ["vnd", "usd"] as const
export type ShopCurrency = (typeof SHOP_CURRENCIES)[number]

export const DEFAULT_CURRENCY: ShopCurrency = "vnd"

export function parseCurrency(value: unknown): ShopCurrency {
  if (typeof value !== "string") return DEFAULT_CURRENCY
  const lower = value.trim().toLowerCase()
  return (SHOP_CURRENCIES as readonly string[]).includes(lower) ? (lower as ShopCurrency) : DEFAULT_CURRENCY
}

/**
 * The region that prices the visitor's currency; the VND region when none does
 * (e.g. the USD region was removed), then any region at all.
 */
export function pickRegion<R extends { currency_code?: string | null }>(
  regions: readonly R[],
  currency: ShopCurrency
): R | null {
  const byCurrency = (code: string) =>
    regions.find((region) => region.currency_code?.toLowerCase() === code)
  return byCurrency(currency) ?? byCurrency(DEFAULT_CURRENCY) ?? regions[0] ?? null
}
