"use server"

import { PRODUCT_IMAGE_LIMITS, sniffImageType } from "@cln/domain"
import { getLocale } from "next-intl/server"
import { refresh, updateTag } from "next/cache"
import { redirect } from "next/navigation"
import {
  attributeCertificateMessage,
  checkCertificateForm,
  isPdf,
  readCertificateForm,
  type CertificateFieldErrors,
  type CertificateFormValues,
} from "@/lib/certificates/form"
import { getCertificatesTranslations } from "@/lib/certificates/i18n-server"
import type { ProducerCertificate } from "@/lib/certificates/types"
import { CACHE_TAGS } from "@/lib/data/cache"
import { clearProducerToken, producerFetch } from "@/lib/seller-session"
import type { ApiFailure } from "@/lib/seller-types"
import type { FieldMessages } from "@/lib/util/form-errors"
import type { FormState } from "./seller"

/**
 * The panel's certificate mutations: upload the decision's photo or PDF, and submit an
 * OCOP certificate for an officer to verify (POST /producer/certificates), which changes
 * nothing buyers see until an officer verifies it; and put a mark the producer holds a
 * right to on a product, or take it off, which shows in the shop at once.
 */

/** A 401 inside the panel: the sign-in expired; forget it and sign in again. */
async function signInAgain(): Promise<never> {
  await clearProducerToken()
  redirect(`/${await getLocale()}/seller/login?expired=1`)
}

/** The backend's (bilingual) message, or a generic one when it sent none. */
async function apiMessage(failure: ApiFailure): Promise<string> {
  if (failure.message && failure.message !== String(failure.status)) return failure.message
  const t = await getCertificatesTranslations("certificates.seller.errors")
  return t("unexpected")
}

async function errorMessages(errors: CertificateFieldErrors): Promise<FieldMessages> {
  const t = await getCertificatesTranslations("certificates.seller.errors")
  return Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, t(error.code, { max: error.max ?? 0 })]))
}

export type EvidenceUpload = { ok: true; url: string } | { ok: false; message: string }

/**
 * Checks an evidence file by its bytes (a JPEG, PNG or WebP photo, or a PDF, at most
 * 5 MB) and stores it through the panel's upload route, POST /producer/uploads.
 */
async function uploadEvidenceFile(file: File): Promise<EvidenceUpload> {
  const t = await getCertificatesTranslations("certificates.seller.form")
  if (file.size > PRODUCT_IMAGE_LIMITS.maxBytes) return { ok: false, message: t("fileTooLarge", { name: file.name }) }
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer())
  const type = sniffImageType(head) ?? (isPdf(head) ? "application/pdf" : null)
  if (!type) return { ok: false, message: t("fileWrongType", { name: file.name }) }
  const upload = new FormData()
  upload.append("files", new File([file], file.name || `quyet-dinh.${type.split("/")[1]}`, { type }))
  const result = await producerFetch<{ files: { id: string; url: string }[] }>("/producer/uploads", { method: "POST", body: upload })
  if (!result.ok) {
    if (result.status === 401) await signInAgain()
    return { ok: false, message: await apiMessage(result) }
  }
  const url = result.data.files[0]?.url
  return url ? { ok: true, url } : { ok: false, message: t("uploadFailed") }
}

/** Uploads the evidence as soon as it is picked (with JavaScript), so the form can show it. */
export async function uploadCertificateEvidence(formData: FormData): Promise<EvidenceUpload> {
  const file = evidenceFile(formData)
  if (!file) {
    const t = await getCertificatesTranslations("certificates.seller.errors")
    return { ok: false, message: t("evidenceRequired") }
  }
  return uploadEvidenceFile(file)
}

/** The evidence file in a submitted form (the camera or the file input); empty inputs send empty files. */
function evidenceFile(formData: FormData): File | null {
  const files = [...formData.getAll("evidence_file"), ...formData.getAll("evidence_camera")].filter(
    (entry): entry is File => typeof entry !== "string" && entry.size > 0
  )
  return files[0] ?? null
}

/**
 * Submits an OCOP certificate for one of the producer's products (`productIds`: the
 * choices the form offered; the backend checks ownership again). The backend's refusals
 * (a duplicate decision number, a 5★ certificate from a province…) come back beside
 * their fields.
 */
export async function submitCertificate(
  productIds: string[],
  _previous: FormState<CertificateFormValues>,
  formData: FormData
): Promise<FormState<CertificateFormValues>> {
  let values = readCertificateForm(formData)
  const t = await getCertificatesTranslations("certificates.seller.form")

  // Without JavaScript the file arrives with the form.
  const file = evidenceFile(formData)
  if (file) {
    const uploaded = await uploadEvidenceFile(file)
    if (!uploaded.ok) return { values, fieldErrors: { evidence_url: uploaded.message }, formError: t("fixErrors") }
    values = { ...values, evidence_url: uploaded.url }
  }

  const checked = checkCertificateForm(values, { productIds })
  if (!checked.ok) return { values, fieldErrors: await errorMessages(checked.errors), formError: t("fixErrors") }

  const result = await producerFetch<{ certificate: ProducerCertificate }>("/producer/certificates", { method: "POST", body: checked.body })
  if (!result.ok) {
    if (result.status === 401) await signInAgain()
    const { fieldMessages, formMessage } = attributeCertificateMessage(await apiMessage(result))
    return { values, fieldErrors: fieldMessages, formError: formMessage ?? t("fixErrors") }
  }
  redirect(`/${await getLocale()}/seller/certificates?submitted=1`)
}

export type ClaimNotice = { ok: boolean; message: string | null }

/**
 * Puts a mark on one of the producer's products (`claim`) or takes it off (`unclaim`).
 * The backend allows a claim only while the producer's right is current (and, for a GI,
 * the producer is in the area); its refusal is shown as it says it. The product's and
 * the mark's pages change at once.
 */
export async function setMarkClaim(
  target: { productId: string; productHandle: string | null; markId: string; markHandle: string | null },
  _previous: ClaimNotice,
  formData: FormData
): Promise<ClaimNotice> {
  const claim = formData.get("intent") !== "unclaim"
  const path = `/producer/products/${encodeURIComponent(target.productId)}/marks`
  const result = claim
    ? await producerFetch<unknown>(path, { method: "POST", body: { mark_id: target.markId } })
    : await producerFetch<unknown>(`${path}/${encodeURIComponent(target.markId)}`, { method: "DELETE" })
  if (!result.ok) {
    if (result.status === 401) await signInAgain()
    return { ok: false, message: await apiMessage(result) }
  }
  updateTag(CACHE_TAGS.products)
  updateTag(CACHE_TAGS.marks)
  if (target.productHandle) updateTag(CACHE_TAGS.product(target.productHandle))
  if (target.markHandle) updateTag(CACHE_TAGS.mark(target.markHandle))
  // The panel page shows the claim from the producer API: read it again.
  refresh()
  const t = await getCertificatesTranslations("certificates.seller.rights")
  return { ok: true, message: claim ? t("claimedDone") : t("unclaimedDone") }
}
