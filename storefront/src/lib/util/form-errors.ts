/**
 * Errors of the seller forms. Checks return codes (translated by the server action), so
 * the rules stay testable without messages.
 */

export type ErrorCode =
  | "required"
  | "tooShort"
  | "tooLong"
  | "invalidEmail"
  | "passwordTooShort"
  | "invalidHandle"
  | "invalidPhone"
  | "invalidTaxCode"
  | "taxCodeRequired"
  | "invalidChoice"
  | "invalidPrice"
  | "pricePositive"
  | "duplicateVariant"
  | "tooManyVariants"
  | "invalidUsdPrice"
  | "invalidStock"
  | "invalidGtin"
  | "invalidSku"
  | "invalidTracking"
  | "noVariants"
  | "photoRequired"

export type FieldError = { code: ErrorCode; min?: number; max?: number }

export type FieldErrors = Record<string, FieldError>

/** Translated errors, as the forms show them next to their fields. */
export type FieldMessages = Record<string, string>

/** Required, trimmed text between min and max characters; returns the error or null. */
export function checkText(value: string, { required = false, min = 0, max }: { required?: boolean; min?: number; max: number }): FieldError | null {
  if (!value) return required ? { code: "required" } : null
  if (value.length < min) return { code: "tooShort", min }
  if (value.length > max) return { code: "tooLong", max }
  return null
}

/** A simple, permissive email shape check; the backend has the last word. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254
}

/** Reads a text field: a string, trimmed; anything else (a file, nothing) is "". */
export function textField(formData: FormData, name: string, { trim = true }: { trim?: boolean } = {}): string {
  const value = formData.get(name)
  if (typeof value !== "string") return ""
  return trim ? value.trim() : value
}

/**
 * Splits a backend 400 message ("Invalid request: A; B") into messages for known fields
 * and what is left for the top of the form. `hints` maps a field to words that name it in
 * the (bilingual) message, e.g. `tax_code: ["mã số thuế", "tax code"]`.
 */
export function attributeBackendMessage(
  message: string,
  hints: Record<string, readonly string[]>
): { fieldMessages: FieldMessages; formMessage: string | null } {
  const body = message.replace(/^Invalid request:\s*/i, "").trim()
  const parts = body
    .split(/;\s+/)
    .map((part) => part.trim())
    .filter(Boolean)
  const fieldMessages: FieldMessages = {}
  const rest: string[] = []
  for (const part of parts) {
    const lower = part.toLowerCase()
    const named = /field '([^']+)'/.exec(part)?.[1]
    const field =
      (named && named in hints ? named : undefined) ??
      Object.keys(hints).find((key) => hints[key]?.some((hint) => lower.includes(hint.toLowerCase())))
    if (field && !fieldMessages[field]) fieldMessages[field] = part
    else rest.push(part)
  }
  return { fieldMessages, formMessage: rest.length ? rest.join("; ") : null }
}
