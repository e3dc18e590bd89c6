/**
 * Prices as the store API computes them for a region (`variants.calculated_price`),
 * in major units (120000 VND, 12.5 USD).
 */

export type PricedVariant = {
  calculated_price?: {
    calculated_amount?: number | null
    original_amount?: number | null
    currency_code?: string | null
  } | null
}

export type Price = {
  amount: number
  /** The price before a sale or price list; null when it equals `amount`. */
  originalAmount: number | null
  currencyCode: string
}

export function variantPrice(variant: PricedVariant | null | undefined): Price | null {
  const calculated = variant?.calculated_price
  const amount = calculated?.calculated_amount
  const currencyCode = calculated?.currency_code
  if (typeof amount !== "number" || !Number.isFinite(amount) || !currencyCode) return null
  const original = calculated?.original_amount
  return {
    amount,
    originalAmount: typeof original === "number" && original > amount ? original : null,
    currencyCode,
  }
}

/**
 * The lowest price among a product's variants, for cards ("from 120.000 ₫").
 * `isRange` says whether other variants cost more.
 */
export function cheapestPrice(
  variants: readonly PricedVariant[] | null | undefined
): (Price & { isRange: boolean }) | null {
  const prices = (variants ?? []).map(variantPrice).filter((price): price is Price => price !== null)
  if (prices.length === 0) return null
  const cheapest = prices.reduce((min, price) => (price.amount < min.amount ? price : min))
  const isRange = prices.some((price) => price.amount !== cheapest.amount)
  return { ...cheapest, isRange }
}
