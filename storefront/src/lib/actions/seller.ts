"use server"

import { PRODUCT_IMAGE_LIMITS, sniffImageType } from "@cln/domain"
import { getLocale, getTranslations } from "next-intl/server"
import { updateTag } from "next/cache"
import { redirect } from "next/navigation"
import { CACHE_TAGS } from "@/lib/data/cache"
import { authFetch, clearProducerToken, producerFetch, setProducerToken } from "@/lib/seller-session"
import type { ApiFailure, SellerProduct, SellerSession } from "@/lib/seller-types"
import { attributeBackendMessage, type FieldErrors, type FieldMessages } from "@/lib/util/form-errors"
import {
  APPLICATION_MESSAGE_HINTS,
  checkApplication,
  readApplicationForm,
  type ApplicationValues,
} from "@/lib/util/seller-application"
import {
  applyEditIntent,
  checkProductForm,
  MAX_PRODUCT_IMAGES,
  parseProductIntent,
  PRODUCT_MESSAGE_HINTS,
  readProductForm,
  type ProductFormValues,
} from "@/lib/util/seller-product-form"
import { tokenHasActor } from "@/lib/util/seller-token"
import { checkShipForm, readShipForm, safeSellerPath, type ShipValues } from "@/lib/util/seller-view"

/**
 * Mutations of the application form and the seller panel. Each one checks its input,
 * calls the producer API with the signed-in member's token, and answers a form with what
 * went wrong (the typed values kept) or moves on to the next page.
 */

export type FormState<V> = {
  values: V
  fieldErrors: FieldMessages
  formError: string | null
  /** A success message shown on the same page (e.g. "saved"). */
  notice?: string | null
}

async function errorMessages(errors: FieldErrors): Promise<FieldMessages> {
  const t = await getTranslations("seller.errors")
  return Object.fromEntries(
    Object.entries(errors).map(([field, error]) => [field, t(error.code, { min: error.min ?? 0, max: error.max ?? 0 })])
  )
}

/** A 401 inside the panel: the sign-in expired; forget it and sign in again. */
async function signInAgain(): Promise<never> {
  await clearProducerToken()
  redirect(`/${await getLocale()}/seller/login?expired=1`)
}

/** The backend's message, or a generic one when it sent none. */
async function apiMessage(failure: ApiFailure): Promise<string> {
  if (failure.message && failure.message !== String(failure.status)) return failure.message
  const t = await getTranslations("seller.errors")
  return t("unexpected")
}

// ——— Application (/sell) ————————————————————————————————————————————————

export async function applyAsProducer(
  _previous: FormState<ApplicationValues>,
  formData: FormData
): Promise<FormState<ApplicationValues>> {
  const values = readApplicationForm(formData)
  // The password is never sent back to the page.
  const kept = { ...values, password: "" }
  const checked = checkApplication(values)
  if (!checked.ok) return { values: kept, fieldErrors: await errorMessages(checked.errors), formError: null }
  const t = await getTranslations("seller.apply")

  // Registering an email that already has an identity with the same password answers
  // with a token for it, so a second try after a refused application goes through.
  const registered = await authFetch("/auth/producer/emailpass/register", checked.account)
  if (!registered.ok) {
    if (registered.status === 400 || registered.status === 401) {
      return { values: kept, fieldErrors: { account_email: t("emailTaken") }, formError: null }
    }
    return { values: kept, fieldErrors: {}, formError: await apiMessage(registered) }
  }
  if (tokenHasActor(registered.data.token)) {
    return { values: kept, fieldErrors: { account_email: t("alreadyApplied") }, formError: null }
  }

  const applied = await producerFetch<{ producer: { id: string; handle: string } }>("/producer-applications", {
    method: "POST",
    body: checked.body,
    token: registered.data.token,
  })
  if (!applied.ok) {
    const message = await apiMessage(applied)
    const { fieldMessages, formMessage } = attributeBackendMessage(message, APPLICATION_MESSAGE_HINTS)
    return { values: kept, fieldErrors: fieldMessages, formError: formMessage }
  }

  // Signed in straight away, so the applicant can follow the review in the panel.
  const signedIn = await authFetch("/auth/producer/emailpass", checked.account)
  if (signedIn.ok) await setProducerToken(signedIn.data.token)
  redirect(`/${await getLocale()}/sell/thanks`)
}

// ——— Sign in and out ———————————————————————————————————————————————————

export type LoginValues = { email: string; next: string }

export async function loginSeller(_previous: FormState<LoginValues>, formData: FormData): Promise<FormState<LoginValues>> {
  const email = String(formData.get("email") ?? "").trim().toLowerCase()
  const password = String(formData.get("password") ?? "")
  const next = String(formData.get("next") ?? "")
  const values = { email, next }
  const t = await getTranslations("seller.login")
  if (!email || !password) {
    const required = (await getTranslations("seller.errors"))("required", { min: 0, max: 0 })
    return {
      values,
      fieldErrors: { ...(email ? {} : { email: required }), ...(password ? {} : { password: required }) },
      formError: null,
    }
  }

  const signedIn = await authFetch("/auth/producer/emailpass", { email, password })
  if (!signedIn.ok) {
    return { values, fieldErrors: {}, formError: signedIn.status === 401 ? t("wrongCredentials") : await apiMessage(signedIn) }
  }
  // An account that registered but never applied has no shop to sign in to.
  const me = await producerFetch<SellerSession>("/producer/me", { token: signedIn.data.token })
  if (!me.ok) return { values, fieldErrors: {}, formError: me.status === 401 ? t("noShop") : await apiMessage(me) }

  await setProducerToken(signedIn.data.token)
  redirect(safeSellerPath(next, await getLocale()))
}

export async function logoutSeller(): Promise<void> {
  await clearProducerToken()
  redirect(`/${await getLocale()}/seller/login?signedOut=1`)
}

// ——— Photos ——————————————————————————————————————————————————————————

type UploadResult = { ok: true; urls: string[] } | { ok: false; message: string }

/**
 * Checks photos by their bytes (not their declared type) and sends them to
 * POST /producer/uploads, as many per request as the backend takes.
 */
async function uploadPhotos(files: File[]): Promise<UploadResult> {
  const t = await getTranslations("seller.productForm")
  const checked: File[] = []
  for (const file of files) {
    if (file.size > PRODUCT_IMAGE_LIMITS.maxBytes) return { ok: false, message: t("photoTooLarge", { name: file.name }) }
    const type = sniffImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer()))
    if (!type) return { ok: false, message: t("photoWrongType", { name: file.name }) }
    checked.push(new File([file], file.name || `photo.${type.split("/")[1]}`, { type }))
  }
  const urls: string[] = []
  for (let start = 0; start < checked.length; start += PRODUCT_IMAGE_LIMITS.maxFilesPerUpload) {
    const upload = new FormData()
    for (const file of checked.slice(start, start + PRODUCT_IMAGE_LIMITS.maxFilesPerUpload)) upload.append("files", file)
    const result = await producerFetch<{ files: { id: string; url: string }[] }>("/producer/uploads", { method: "POST", body: upload })
    if (!result.ok) {
      if (result.status === 401) await signInAgain()
      return { ok: false, message: await apiMessage(result) }
    }
    urls.push(...result.data.files.map((file) => file.url))
  }
  return { ok: true, urls }
}

/** Photo files in a submitted form (the gallery and camera inputs); empty inputs send empty files. */
function photoFiles(formData: FormData): File[] {
  return [...formData.getAll("photos"), ...formData.getAll("camera")].filter(
    (entry): entry is File => typeof entry !== "string" && entry.size > 0
  )
}

/** Uploads photos as soon as they are picked (with JavaScript), so the form shows them. */
export async function uploadProductPhotos(formData: FormData): Promise<UploadResult> {
  const files = photoFiles(formData)
  if (files.length === 0) return { ok: true, urls: [] }
  return uploadPhotos(files.slice(0, MAX_PRODUCT_IMAGES))
}

// ——— Products ————————————————————————————————————————————————————————

/** The storefront's product pages read a cache; a producer's change shows at once. */
function refreshShop(handle: string | undefined) {
  updateTag(CACHE_TAGS.products)
  if (handle) updateTag(CACHE_TAGS.product(handle))
}

/**
 * Creates (no `productId`) or updates a product. The same form's other buttons add or
 * remove a variant row or a photo without saving, so the form works without JavaScript.
 */
export async function saveProduct(
  productId: string | null,
  _previous: FormState<ProductFormValues>,
  formData: FormData
): Promise<FormState<ProductFormValues>> {
  let values = readProductForm(formData)
  const intent = parseProductIntent(formData.get("intent"))
  const t = await getTranslations("seller.productForm")

  // Photos picked without JavaScript arrive with the form.
  const files = photoFiles(formData)
  if (files.length > 0) {
    const room = MAX_PRODUCT_IMAGES - values.images.length
    const uploaded = await uploadPhotos(files.slice(0, Math.max(0, room)))
    if (!uploaded.ok) return { values, fieldErrors: { images: uploaded.message }, formError: null }
    values = { ...values, images: [...values.images, ...uploaded.urls] }
  }

  const edited = applyEditIntent(values, intent)
  if (edited) return { values: edited, fieldErrors: {}, formError: null }

  const checked = checkProductForm(
    values,
    productId ? { mode: "edit" } : { mode: "create", status: intent.kind === "publish" ? "published" : "draft" }
  )
  if (!checked.ok) return { values, fieldErrors: await errorMessages(checked.errors), formError: t("fixErrors") }

  const result = await producerFetch<{ product: SellerProduct }>(
    productId ? `/producer/products/${encodeURIComponent(productId)}` : "/producer/products",
    { method: "POST", body: checked.body }
  )
  if (!result.ok) {
    if (result.status === 401) await signInAgain()
    const { fieldMessages, formMessage } = attributeBackendMessage(await apiMessage(result), PRODUCT_MESSAGE_HINTS)
    return { values, fieldErrors: fieldMessages, formError: formMessage ?? t("fixErrors") }
  }
  refreshShop(result.data.product.handle)
  const locale = await getLocale()
  if (!productId) redirect(`/${locale}/seller/products/${encodeURIComponent(result.data.product.id)}?created=1`)
  return { values, fieldErrors: {}, formError: null, notice: t("saved") }
}

export type ActionNotice = { ok: boolean; message: string | null }

/** Publishes or unpublishes a product (POST /producer/products/:id/status). */
export async function setProductStatus(productId: string, _previous: ActionNotice, formData: FormData): Promise<ActionNotice> {
  const status = formData.get("status") === "published" ? "published" : "draft"
  const result = await producerFetch<{ product: SellerProduct }>(`/producer/products/${encodeURIComponent(productId)}/status`, {
    method: "POST",
    body: { status },
  })
  if (!result.ok) {
    if (result.status === 401) await signInAgain()
    return { ok: false, message: await apiMessage(result) }
  }
  refreshShop(result.data.product?.handle)
  const t = await getTranslations("seller.productForm")
  return { ok: true, message: status === "published" ? t("published") : t("unpublished") }
}

export async function deleteProduct(productId: string, _previous: ActionNotice, formData: FormData): Promise<ActionNotice> {
  const t = await getTranslations("seller.productForm")
  if (formData.get("confirm") !== "yes") return { ok: false, message: t("deleteConfirmRequired") }
  const handle = String(formData.get("handle") ?? "") || undefined
  const result = await producerFetch<unknown>(`/producer/products/${encodeURIComponent(productId)}`, { method: "DELETE" })
  if (!result.ok) {
    if (result.status === 401) await signInAgain()
    return { ok: false, message: await apiMessage(result) }
  }
  refreshShop(handle)
  redirect(`/${await getLocale()}/seller/products?deleted=1`)
}

// ——— Orders ——————————————————————————————————————————————————————————

export async function shipOrder(orderId: string, _previous: FormState<ShipValues>, formData: FormData): Promise<FormState<ShipValues>> {
  const values = readShipForm(formData)
  const checked = checkShipForm(values)
  if (!checked.ok) return { values, fieldErrors: await errorMessages(checked.errors), formError: null }
  const result = await producerFetch<unknown>(`/producer/orders/${encodeURIComponent(orderId)}/ship`, {
    method: "POST",
    body: checked.body,
  })
  if (!result.ok) {
    if (result.status === 401) await signInAgain()
    return { values, fieldErrors: {}, formError: await apiMessage(result) }
  }
  redirect(`/${await getLocale()}/seller/orders/${encodeURIComponent(orderId)}?shipped=1`)
}

export async function markOrderDelivered(orderId: string, _previous: ActionNotice): Promise<ActionNotice> {
  const result = await producerFetch<unknown>(`/producer/orders/${encodeURIComponent(orderId)}/deliver`, { method: "POST", body: {} })
  if (!result.ok) {
    if (result.status === 401) await signInAgain()
    return { ok: false, message: await apiMessage(result) }
  }
  redirect(`/${await getLocale()}/seller/orders/${encodeURIComponent(orderId)}?delivered=1`)
}
