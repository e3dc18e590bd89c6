/**
 * Contact and registration numbers of Vietnamese producers.
 */

/**
 * Normalises a Vietnamese phone number to its national form: spaces, dots and dashes
 * removed, "+84"/"84" turned into the leading 0. Returns null when it is not a valid
 * mobile (0 + 3/5/7/8/9 + 8 digits) or landline (02 + 9 digits) number.
 */
export function normalizeVietnamPhone(input: string): string | null {
  let digits = input.trim().replace(/[\s.\-()]/g, "")
  if (digits.startsWith("+84")) digits = `0${digits.slice(3)}`
  else if (/^84\d{9,10}$/.test(digits)) digits = `0${digits.slice(2)}`
  if (/^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits)) return digits
  return null
}

/**
 * A tax code (mã số thuế) as issued: 10 digits for an enterprise or cooperative, 10 + "-" +
 * 3 digits for a branch, or, since 1 July 2025, the owner's 12-digit personal
 * identification number for a household business.
 */
export function isVietnamTaxCode(input: string): boolean {
  return /^\d{10}(-\d{3})?$/.test(input) || /^\d{12}$/.test(input)
}
