"use server"

import { getLocale, getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { getCustomerToken } from "@/lib/account/session"
import { hasDeliveryAddress } from "@/lib/cart/address-form"
import { readAddressSubmit, type AddressFormState } from "@/lib/cart/address-form-state"
import { checkAddressForm } from "@/lib/cart/check-address"
import { clearCartId, getCartId, rememberPurchase } from "@/lib/cart/cookies"
import { choosePayment } from "@/lib/cart/payment"
import { isOutOfStock, storeFetch } from "@/lib/cart/store-api"
import type { CartSummary, PlaceOrderResult } from "@/lib/cart/types"
import { getCartSummary, listPaymentMethods, listShippingOptions } from "@/lib/data/cart"
import { listRegions } from "@/lib/data/regions"

/**
 * The checkout's two forms: the delivery address (saved on the cart, which then offers
 * the shipping options of its zone) and the order (shipping option, payment method,
 * place). Each answers with the typed values and per-field messages, or moves on.
 */

export type { AddressFormState }

export async function saveCheckoutAddress(_previous: AddressFormState, formData: FormData): Promise<AddressFormState> {
  const { values, answer, provinceStep } = readAddressSubmit(formData)
  if (provinceStep) return provinceStep

  const cartId = await getCartId()
  const t = await getTranslations("checkout")
  if (!cartId) return answer({ formError: t("noCart") })
  const checked = await checkAddressForm(values, { withEmail: true })
  if (!checked.ok) return answer({ errors: checked.errors, formError: t("fixErrors") })

  // Vietnam is priced in VND; an address abroad moves the cart to the international (USD) region.
  const regions = await listRegions()
  const region = regions.find((r) => r.currency_code?.toLowerCase() === (values.destination === "vn" ? "vnd" : "usd"))
  const updated = await storeFetch<{ cart: { id: string } }>(`/store/carts/${cartId}`, {
    method: "POST",
    body: {
      ...(region ? { region_id: region.id } : {}),
      email: values.email,
      shipping_address: checked.address,
      billing_address: checked.address,
    },
  })
  if (!updated.ok) return answer({ formError: updated.message || t("failed") })

  // The zone's option (one per zone) is chosen straight away; the buyer can change it below.
  const options = await listShippingOptions(cartId)
  const cheapest = [...options].sort((a, b) => a.amount - b.amount)[0]
  if (cheapest) {
    await storeFetch(`/store/carts/${cartId}/shipping-methods`, { method: "POST", body: { option_id: cheapest.id } })
  }
  redirect(`/${await getLocale()}/checkout?step=review#review`)
}

/** A saved address of the signed-in buyer, used for this cart. */
export async function chooseSavedAddress(formData: FormData): Promise<void> {
  const locale = await getLocale()
  const [cartId, token] = await Promise.all([getCartId(), getCustomerToken()])
  const addressId = formData.get("address_id")
  if (!cartId || !token || typeof addressId !== "string") redirect(`/${locale}/checkout`)
  const me = await storeFetch<{ customer: { email: string; addresses?: Record<string, unknown>[] } }>("/store/customers/me", {
    token,
    query: { fields: "email,*addresses" },
  })
  const saved = me.ok ? me.data.customer.addresses?.find((address) => address.id === addressId) : undefined
  if (!me.ok || !saved) redirect(`/${locale}/checkout?error=address`)
  const pick = (keys: string[]) => Object.fromEntries(keys.filter((k) => saved[k] != null).map((k) => [k, saved[k]]))
  const address = pick(["first_name", "last_name", "phone", "address_1", "address_2", "city", "province", "postal_code", "country_code", "metadata"])
  const isVietnam = String(saved.country_code ?? "").toLowerCase() === "vn"
  const region = (await listRegions()).find((r) => r.currency_code?.toLowerCase() === (isVietnam ? "vnd" : "usd"))
  const updated = await storeFetch(`/store/carts/${cartId}`, {
    method: "POST",
    body: { ...(region ? { region_id: region.id } : {}), email: me.data.customer.email, shipping_address: address, billing_address: address },
  })
  if (!updated.ok) redirect(`/${locale}/checkout?error=address`)
  const cheapest = [...(await listShippingOptions(cartId))].sort((a, b) => a.amount - b.amount)[0]
  if (cheapest) await storeFetch(`/store/carts/${cartId}/shipping-methods`, { method: "POST", body: { option_id: cheapest.id } })
  redirect(`/${locale}/checkout?step=review#review`)
}

export type PlaceOrderState = { formError: string | null; shippingError: string | null; version: number }

export async function placeOrder(_previous: PlaceOrderState, formData: FormData): Promise<PlaceOrderState> {
  const t = await getTranslations("checkout")
  const locale = await getLocale()
  const fail = (formError: string, shippingError: string | null = null): PlaceOrderState => ({
    formError,
    shippingError,
    version: Date.now(),
  })
  const cartId = await getCartId()
  const summary: CartSummary | null = await getCartSummary()
  if (!cartId || !summary || summary.groups.length === 0) return fail(t("noCart"))
  if (!hasDeliveryAddress(summary.shipping_address)) return fail(t("addressFirst"))

  const options = await listShippingOptions(cartId)
  const optionId = formData.get("shipping_option_id")
  const option = options.find((o) => o.id === optionId)
  if (!option) return fail(t("errors.shippingRequired"), t("errors.shippingRequired"))
  if (summary.shipping_option?.id !== option.id) {
    const chosen = await storeFetch(`/store/carts/${cartId}/shipping-methods`, { method: "POST", body: { option_id: option.id } })
    if (!chosen.ok) return fail(chosen.message || t("failed"))
  }

  const offered = await listPaymentMethods(cartId)
  const payment = choosePayment(formData.get("payment_provider"), offered)
  if (!payment) return fail(t("noPaymentMethod"))

  const placed = await storeFetch<PlaceOrderResult>(`/store/carts/${cartId}/place-order`, {
    method: "POST",
    body: { payment_provider: payment.id, locale },
  })
  if (!placed.ok) {
    if (placed.status === 409 || isOutOfStock(placed)) return fail(t("outOfStock"))
    return fail(placed.message || t("failed"))
  }
  const purchaseId = placed.data.purchase.id
  if (placed.data.access_token) await rememberPurchase(purchaseId, placed.data.access_token)
  await clearCartId()
  if (payment.kind === "vnpay" && placed.data.payment.redirect_url) redirect(placed.data.payment.redirect_url)
  redirect(`/${locale}/orders/${purchaseId}?placed=1`)
}
