import { normalizeVietnamPhone } from "@cln/domain"

/**
 * The buyer's sign-up and sign-in forms. Checks return message keys (in
 * `account.errors`) so the rules stay testable without messages.
 */

export type RegisterValues = { full_name: string; email: string; phone: string }
export type LoginValues = { email: string; next: string }

export type AccountErrorKey =
  | "nameRequired"
  | "emailRequired"
  | "emailInvalid"
  | "passwordRequired"
  | "passwordTooShort"
  | "phoneInvalid"
  | "tooLong"

export const MIN_PASSWORD_LENGTH = 8

const text = (formData: FormData, name: string) => {
  const value = formData.get(name)
  return typeof value === "string" ? value.normalize("NFC").trim().replace(/\s+/g, " ") : ""
}

const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 254

export function readRegisterForm(formData: FormData): RegisterValues & { password: string } {
  const password = formData.get("password")
  return {
    full_name: text(formData, "full_name"),
    email: text(formData, "email").toLowerCase(),
    phone: text(formData, "phone"),
    password: typeof password === "string" ? password : "",
  }
}

export type RegisterCheck =
  | { ok: true; account: { email: string; password: string }; customer: { first_name: string; last_name: string; email: string; phone?: string } }
  | { ok: false; errors: Partial<Record<keyof RegisterValues | "password", AccountErrorKey>> }

export function checkRegister(values: RegisterValues & { password: string }): RegisterCheck {
  const errors: Partial<Record<keyof RegisterValues | "password", AccountErrorKey>> = {}
  if (!values.full_name) errors.full_name = "nameRequired"
  else if (values.full_name.length > 120) errors.full_name = "tooLong"
  if (!values.email) errors.email = "emailRequired"
  else if (!isEmail(values.email)) errors.email = "emailInvalid"
  const phone = values.phone ? normalizeVietnamPhone(values.phone) : null
  if (values.phone && !phone) errors.phone = "phoneInvalid"
  if (!values.password) errors.password = "passwordRequired"
  else if (values.password.length < MIN_PASSWORD_LENGTH) errors.password = "passwordTooShort"
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    account: { email: values.email, password: values.password },
    // A Vietnamese name is written whole ("Nguyễn Thị Hoa"); it is not split into first and last.
    customer: { first_name: values.full_name, last_name: "", email: values.email, ...(phone ? { phone } : {}) },
  }
}

export function readLoginForm(formData: FormData): LoginValues & { password: string } {
  const password = formData.get("password")
  return {
    email: text(formData, "email").toLowerCase(),
    password: typeof password === "string" ? password : "",
    next: text(formData, "next"),
  }
}

export function checkLogin(values: LoginValues & { password: string }): Partial<Record<"email" | "password", AccountErrorKey>> {
  const errors: Partial<Record<"email" | "password", AccountErrorKey>> = {}
  if (!values.email) errors.email = "emailRequired"
  else if (!isEmail(values.email)) errors.email = "emailInvalid"
  if (!values.password) errors.password = "passwordRequired"
  return errors
}

/**
 * Where to go after signing in: a path of this shop in the same language (the cart, the
 * checkout, an order), never another site; the account page otherwise.
 */
export function safeNextPath(next: string, locale: string): string {
  const fallback = `/${locale}/account`
  if (!next.startsWith(`/${locale}/`) || next.startsWith("//") || /[\\\s]/.test(next)) return fallback
  return /^\/[a-z]{2}\/(cart|checkout|orders\/[A-Za-z0-9_]+|account(\/[a-z-]+)?)$/.test(next) ? next : fallback
}

/** The name to greet a customer by. */
export function customerName(customer: { first_name?: string | null; last_name?: string | null; email: string }): string {
  return [customer.first_name, customer.last_name].filter(Boolean).join(" ").trim() || customer.email
}
