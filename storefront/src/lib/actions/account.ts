"use server"

import { getLocale, getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import {
  checkLogin,
  checkRegister,
  readLoginForm,
  readRegisterForm,
  safeNextPath,
  type AccountErrorKey,
  type LoginValues,
  type RegisterValues,
} from "@/lib/account/forms"
import { clearCustomerToken, getCustomerToken, setCustomerToken } from "@/lib/account/session"
import { readAddressSubmit, type AddressFormState } from "@/lib/cart/address-form-state"
import { checkAddressForm } from "@/lib/cart/check-address"
import { clearCartId, getCartId, saveCart } from "@/lib/cart/cookies"
import { storeFetch } from "@/lib/cart/store-api"

/**
 * The buyer's account: sign up, sign in (the cart of this browser becomes theirs), sign
 * out, and the address book. Forms get back their values (never the password) and
 * per-field messages.
 */

export type AccountFormState<V> = {
  values: V
  errors: Partial<Record<string, string>>
  formError: string | null
}

async function translate(errors: Partial<Record<string, AccountErrorKey>>): Promise<Partial<Record<string, string>>> {
  const t = await getTranslations("account.errors")
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key as AccountErrorKey)]))
}

async function authToken(path: string, body: { email: string; password: string }) {
  return storeFetch<{ token: string }>(path, { method: "POST", body, token: null })
}

/**
 * The cart of this browser now belongs to the customer (their email, their account's
 * orders); its count is read again as the customer sees it.
 */
async function claimCart(token: string): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  await storeFetch(`/store/carts/${cartId}/customer`, { method: "POST", token })
  await saveCart(cartId, token)
}

export async function registerCustomer(
  _previous: AccountFormState<RegisterValues & { next: string }>,
  formData: FormData
): Promise<AccountFormState<RegisterValues & { next: string }>> {
  const raw = readRegisterForm(formData)
  const next = typeof formData.get("next") === "string" ? String(formData.get("next")) : ""
  const values = { full_name: raw.full_name, email: raw.email, phone: raw.phone, next }
  const checked = checkRegister(raw)
  if (!checked.ok) return { values, errors: await translate(checked.errors), formError: null }
  const t = await getTranslations("account")

  const registered = await authToken("/auth/customer/emailpass/register", checked.account)
  if (!registered.ok) {
    // Medusa answers 401 "Identity with email already exists" for a taken email.
    if (registered.status === 400 || registered.status === 401) {
      return { values, errors: { email: t("errors.emailTaken") }, formError: null }
    }
    return { values, errors: {}, formError: t("errors.failed") }
  }
  const created = await storeFetch("/store/customers", { method: "POST", body: checked.customer, token: registered.data.token })
  if (!created.ok) {
    return created.status === 400 && /exist/i.test(created.message)
      ? { values, errors: { email: t("errors.emailTaken") }, formError: null }
      : { values, errors: {}, formError: created.message || t("errors.failed") }
  }
  // The registration token names no customer yet; signing in gives one that does.
  const signedIn = await authToken("/auth/customer/emailpass", checked.account)
  if (!signedIn.ok) return { values, errors: {}, formError: t("errors.failed") }
  await setCustomerToken(signedIn.data.token)
  await claimCart(signedIn.data.token)
  const locale = await getLocale()
  redirect(next ? safeNextPath(next, locale) : `/${locale}/account?welcome=1`)
}

export async function loginCustomer(
  _previous: AccountFormState<LoginValues>,
  formData: FormData
): Promise<AccountFormState<LoginValues>> {
  const raw = readLoginForm(formData)
  const values = { email: raw.email, next: raw.next }
  const errors = checkLogin(raw)
  if (Object.keys(errors).length) return { values, errors: await translate(errors), formError: null }
  const t = await getTranslations("account")
  const signedIn = await authToken("/auth/customer/emailpass", { email: raw.email, password: raw.password })
  if (!signedIn.ok) {
    return { values, errors: {}, formError: signedIn.status === 401 ? t("errors.wrongCredentials") : t("errors.failed") }
  }
  await setCustomerToken(signedIn.data.token)
  await claimCart(signedIn.data.token)
  redirect(safeNextPath(raw.next, await getLocale()))
}

export async function logoutCustomer(): Promise<void> {
  await clearCustomerToken()
  // The cart was the customer's; it does not stay in a browser someone else may use next.
  await clearCartId()
  redirect(`/${await getLocale()}/account?signedOut=1`)
}

// ——— Address book ————————————————————————————————————————————————————————

/** The address book's form works like the checkout's. */
export type AddressBookState = AddressFormState

export async function saveCustomerAddress(_previous: AddressBookState, formData: FormData): Promise<AddressBookState> {
  const { values, answer, provinceStep } = readAddressSubmit(formData)
  const addressId = formData.get("address_id")
  if (provinceStep) return provinceStep
  const locale = await getLocale()
  const token = await getCustomerToken()
  if (!token) redirect(`/${locale}/account/login`)
  const t = await getTranslations("checkout")
  const checked = await checkAddressForm(values, { withEmail: false })
  if (!checked.ok) return answer({ errors: checked.errors, formError: t("fixErrors") })
  const path =
    typeof addressId === "string" && /^cuaddr_[0-9A-Za-z]+$/.test(addressId)
      ? `/store/customers/me/addresses/${addressId}`
      : "/store/customers/me/addresses"
  const saved = await storeFetch(path, { method: "POST", token, body: checked.address })
  if (!saved.ok) {
    if (saved.status === 401) redirect(`/${locale}/account/login?expired=1`)
    return answer({ formError: saved.message || t("failed") })
  }
  redirect(`/${locale}/account/addresses?saved=1`)
}

export async function deleteCustomerAddress(formData: FormData): Promise<void> {
  const locale = await getLocale()
  const token = await getCustomerToken()
  const addressId = formData.get("address_id")
  if (!token) redirect(`/${locale}/account/login`)
  if (typeof addressId === "string" && /^cuaddr_[0-9A-Za-z]+$/.test(addressId)) {
    await storeFetch(`/store/customers/me/addresses/${addressId}`, { method: "DELETE", token })
  }
  redirect(`/${locale}/account/addresses?deleted=1`)
}
