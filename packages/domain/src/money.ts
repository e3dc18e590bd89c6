/**
 * Money formatting for the shop. Amounts are in major units, as Medusa v2 stores them
 * (VND has no minor unit; USD is dollars with cents).
 */

export type Locale = "vi" | "en"

const NBSP = "\u00a0"

/** Currencies without a minor unit (ISO 4217 exponent 0) that we sell in. */
const ZERO_DECIMAL = new Set(["vnd", "jpy", "krw"])

export function currencyDecimals(currencyCode: string): number {
  return ZERO_DECIMAL.has(currencyCode.toLowerCase()) ? 0 : 2
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator)
}

/**
 * Formats VND the way Vietnamese shops print it: dot as thousands separator and the
 * đồng sign after the number, joined by a no-break space so a price never wraps:
 * 120000 → "120.000 ₫". Rounds to whole đồng. Independent of the runtime's ICU data,
 * so server and browser always print the same text.
 */
export function formatVnd(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`Not a finite amount: ${amount}`)
  const rounded = Math.round(amount)
  const sign = rounded < 0 ? "-" : ""
  return `${sign}${groupThousands(String(Math.abs(rounded)), ".")}${NBSP}₫`
}

/**
 * Formats an amount of any currency for a shop locale. VND always uses the Vietnamese
 * convention (buyers abroad still see "120.000 ₫"); other currencies follow the locale.
 */
export function formatMoney(amount: number, currencyCode: string, locale: Locale = "vi"): string {
  const code = currencyCode.toUpperCase()
  if (code === "VND") return formatVnd(amount)
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", {
    style: "currency",
    currency: code,
    minimumFractionDigits: currencyDecimals(code),
    maximumFractionDigits: currencyDecimals(code),
  }).format(amount)
}
