/**
 * GS1 Global Trade Item Numbers (GTIN-8, GTIN-12, GTIN-13, GTIN-14): digits whose last
 * digit is a mod-10 check digit over the others (GS1 General Specifications, 7.9.1).
 */

export const GTIN_LENGTHS = [8, 12, 13, 14] as const

/**
 * The check digit for the digits that precede it: weights 3 and 1 alternate from the
 * right, so a GTIN keeps its check digit when it is padded with leading zeros.
 */
export function gtinCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new RangeError(`GTIN body must be digits, got "${body}"`)
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48
    sum += digit * (i % 2 === 0 ? 3 : 1)
  }
  return (10 - (sum % 10)) % 10
}

/** True for 8, 12, 13 or 14 digits whose last digit is the right GS1 check digit. */
export function isValidGtin(input: string): boolean {
  if (!/^\d+$/.test(input) || !(GTIN_LENGTHS as readonly number[]).includes(input.length)) return false
  return gtinCheckDigit(input.slice(0, -1)) === input.charCodeAt(input.length - 1) - 48
}

/** A valid GTIN as the 14 digits used in GS1 Digital Link URIs (left-padded with zeros). */
export function toGtin14(input: string): string {
  if (!isValidGtin(input)) throw new RangeError(`Not a valid GTIN: "${input}"`)
  return input.padStart(14, "0")
}
