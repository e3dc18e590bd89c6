import { isHandle, isVietnamTaxCode, normalizeVietnamPhone, slugify } from "@cln/domain"
import type { ProducerLegalKind } from "@/lib/types"
import { checkText, isEmail, textField, type FieldErrors } from "./form-errors"

/**
 * The public application form (/sell): the account that signs in, and the shop. Its
 * checks mirror the backend's (backend/src/api/producer-applications/validators.ts), so a
 * mistake is shown before an account is registered.
 */

export const LEGAL_KINDS = ["household", "cooperative", "enterprise"] as const satisfies readonly ProducerLegalKind[]

export const APPLICATION_FIELDS = [
  "account_email",
  "password",
  "name",
  "handle",
  "legal_kind",
  "tax_code",
  "phone",
  "email",
  "address",
  "craft_village_handle",
  "story",
  "member_name",
] as const

export type ApplicationField = (typeof APPLICATION_FIELDS)[number]
export type ApplicationValues = Record<ApplicationField, string>

export const MIN_PASSWORD_LENGTH = 8
export const HANDLE_MAX_LENGTH = 60

/** POST /producer-applications body. */
export type ApplicationBody = {
  handle: string
  name: string
  legal_kind: ProducerLegalKind
  tax_code?: string
  phone: string
  email: string
  address: string
  story?: string
  craft_village_handle?: string
  member_name: string
}

export const emptyApplication = (): ApplicationValues =>
  Object.fromEntries(APPLICATION_FIELDS.map((field) => [field, field === "legal_kind" ? "household" : ""])) as ApplicationValues

export function readApplicationForm(formData: FormData): ApplicationValues {
  const values = emptyApplication()
  for (const field of APPLICATION_FIELDS) {
    // A password is taken exactly as typed.
    values[field] = textField(formData, field, { trim: field !== "password" })
  }
  values.account_email = values.account_email.toLowerCase()
  values.email = values.email.toLowerCase()
  if (!values.legal_kind) values.legal_kind = "household"
  return values
}

/** The shop address suggested for a shop name: "HTX Chè Hồng Thái" → "htx-che-hong-thai". */
export function suggestHandle(name: string): string {
  return slugify(name, HANDLE_MAX_LENGTH)
}

export const needsTaxCode = (legalKind: string) => legalKind !== "household"

export type ApplicationCheck =
  | { ok: true; account: { email: string; password: string }; body: ApplicationBody }
  | { ok: false; errors: FieldErrors }

export function checkApplication(values: ApplicationValues): ApplicationCheck {
  const errors: FieldErrors = {}
  const set = (field: ApplicationField, error: FieldErrors[string] | null) => {
    if (error) errors[field] = error
  }

  if (!values.account_email) set("account_email", { code: "required" })
  else if (!isEmail(values.account_email)) set("account_email", { code: "invalidEmail" })

  if (!values.password) set("password", { code: "required" })
  else if (values.password.length < MIN_PASSWORD_LENGTH) set("password", { code: "passwordTooShort", min: MIN_PASSWORD_LENGTH })
  else if (values.password.length > 128) set("password", { code: "tooLong", max: 128 })

  set("name", checkText(values.name, { required: true, min: 2, max: 120 }))

  // An empty shop address is suggested from the name (the form does this as you type).
  const handle = values.handle || suggestHandle(values.name)
  if (values.name || values.handle) {
    if (!handle) set("handle", { code: "required" })
    else if (!isHandle(handle)) set("handle", { code: "invalidHandle" })
    else if (handle.length < 3) set("handle", { code: "tooShort", min: 3 })
    else if (handle.length > HANDLE_MAX_LENGTH) set("handle", { code: "tooLong", max: HANDLE_MAX_LENGTH })
  }

  const legalKind = (LEGAL_KINDS as readonly string[]).includes(values.legal_kind) ? (values.legal_kind as ProducerLegalKind) : null
  if (!legalKind) set("legal_kind", { code: "invalidChoice" })

  const taxCode = values.tax_code.replace(/\s/g, "")
  if (taxCode && !isVietnamTaxCode(taxCode)) set("tax_code", { code: "invalidTaxCode" })
  else if (!taxCode && legalKind && needsTaxCode(legalKind)) set("tax_code", { code: "taxCodeRequired" })

  const phone = values.phone ? normalizeVietnamPhone(values.phone) : null
  if (!values.phone) set("phone", { code: "required" })
  else if (!phone) set("phone", { code: "invalidPhone" })

  // The shop's contact email defaults to the sign-in email.
  const email = values.email || values.account_email
  if (values.email && !isEmail(values.email)) set("email", { code: "invalidEmail" })

  set("address", checkText(values.address, { required: true, min: 5, max: 300 }))
  set("story", checkText(values.story, { max: 5000 }))
  set("member_name", checkText(values.member_name, { required: true, min: 2, max: 120 }))
  set("craft_village_handle", checkText(values.craft_village_handle, { max: 100 }))

  if (Object.keys(errors).length > 0 || !legalKind || !phone) return { ok: false, errors }
  return {
    ok: true,
    account: { email: values.account_email, password: values.password },
    body: {
      handle,
      name: values.name,
      legal_kind: legalKind,
      ...(taxCode ? { tax_code: taxCode } : {}),
      phone,
      email,
      address: values.address,
      ...(values.story ? { story: values.story } : {}),
      ...(values.craft_village_handle ? { craft_village_handle: values.craft_village_handle } : {}),
      member_name: values.member_name,
    },
  }
}

/** Words that name each field in the backend's bilingual messages. */
export const APPLICATION_MESSAGE_HINTS: Record<string, readonly string[]> = {
  handle: ["địa chỉ gian hàng", "shop address", "handle"],
  tax_code: ["mã số thuế", "tax code"],
  phone: ["số điện thoại", "phone"],
  email: ["email"],
  craft_village_handle: ["làng nghề", "craft village"],
  name: ["field 'name'"],
  address: ["field 'address'"],
  member_name: ["member_name"],
}
