"use server"

import { getLocale } from "next-intl/server"
import { redirect } from "next/navigation"
import { uploadProductPhotos, type FormState } from "@/lib/actions/seller"
import { listVariantOptions, listZones } from "@/lib/data/lots"
import {
  checkEventForm,
  checkLotForm,
  checkSerialsForm,
  checkZoneForm,
  isPlausibleId,
  readEventForm,
  readLotForm,
  readZoneForm,
  text,
  type EventFormValues,
  type LotFieldErrors,
  type LotFormValues,
  type ZoneFormValues,
} from "@/lib/lots/forms"
import { checkLabelForm, labelFileHref, labelJobBody, labelPlan, readLabelForm, type LabelFormValues } from "@/lib/lots/labels"
import { getLotsTranslations } from "@/lib/lots/i18n-server"
import type { LabelJob, RawMaterialZone } from "@/lib/lots/types"
import { clearProducerToken, producerFetch } from "@/lib/seller-session"
import type { ApiFailure } from "@/lib/seller-types"
import { attributeBackendMessage, type FieldMessages } from "@/lib/util/form-errors"

/**
 * Mutations of the lot pages. Each one checks its form (zod, in lib/lots), calls the
 * producer traceability API with the signed-in member's token, and either answers the
 * form with what went wrong (typed values kept) or moves on to the page that shows the
 * result, so that every form also works without JavaScript.
 */

async function errorMessages(errors: LotFieldErrors): Promise<FieldMessages> {
  const [t, locale] = await Promise.all([getLotsTranslations("lots.errors"), getLocale()])
  const number = (value: number | undefined) => (value ?? 0).toLocaleString(locale === "vi" ? "vi-VN" : "en-GB")
  return Object.fromEntries(
    Object.entries(errors).map(([field, error]) => [field, t(error.code, { min: number(error.min), max: number(error.max) })])
  )
}

/** A 401: the sign-in expired; forget it and sign in again. */
async function signInAgain(): Promise<never> {
  await clearProducerToken()
  redirect(`/${await getLocale()}/seller/login?expired=1`)
}

/** The backend's (bilingual) message, or a generic one when it sent none. */
async function apiMessage(failure: ApiFailure): Promise<string> {
  if (failure.message && failure.message !== String(failure.status)) return failure.message
  const t = await getLotsTranslations("lots.errors")
  return t("unexpected")
}

/** A refused call as the form shows it: messages naming a field go next to it. */
async function refused<V>(values: V, failure: ApiFailure, hints: Record<string, readonly string[]>): Promise<FormState<V>> {
  if (failure.status === 401) await signInAgain()
  const t = await getLotsTranslations("lots.errors")
  const { fieldMessages, formMessage } = attributeBackendMessage(await apiMessage(failure), hints)
  return { values, fieldErrors: fieldMessages, formError: formMessage ?? t("fixErrors") }
}

const lotPath = async (lotId: string, query = "") => `/${await getLocale()}/seller/lots/${encodeURIComponent(lotId)}${query}`

// ——— Lots and zones ——————————————————————————————————————————————————

const LOT_HINTS: Record<string, readonly string[]> = {
  variant_id: ["variant_id", "phân loại", "variant"],
  lot_number: ["lot_number", "số lô", "lot number"],
  quantity: ["quantity", "số lượng"],
  uom: ["uom", "đơn vị"],
  produced_at: ["produced_at", "ngày sản xuất"],
  expires_at: ["expires_at", "hạn dùng", "expiry"],
  zone_id: ["zone_id", "vùng nguyên liệu", "zone"],
}

export async function createLot(_previous: FormState<LotFormValues>, formData: FormData): Promise<FormState<LotFormValues>> {
  const values = readLotForm(formData)
  const [variants, zones] = await Promise.all([listVariantOptions(), listZones()])
  const checked = checkLotForm(values, { variantIds: variants.map((v) => v.id), zoneIds: zones.map((z) => z.id) })
  if (!checked.ok) {
    const t = await getLotsTranslations("lots.errors")
    return { values, fieldErrors: await errorMessages(checked.errors), formError: t("fixErrors") }
  }
  const result = await producerFetch<{ lot: { id: string } }>("/producer/trace/lots", { method: "POST", body: checked.body })
  if (!result.ok) return refused(values, result, LOT_HINTS)
  redirect(await lotPath(result.data.lot.id, "?created=1"))
}

const ZONE_HINTS: Record<string, readonly string[]> = {
  name: ["name", "tên"],
  area_ha: ["area_ha", "diện tích", "area"],
  certifications: ["certification", "chứng nhận"],
  commune: ["commune", "xã"],
  province: ["province", "tỉnh"],
}

/** Adds a raw-material zone, then shows the lot form with it chosen. */
export async function createZone(_previous: FormState<ZoneFormValues>, formData: FormData): Promise<FormState<ZoneFormValues>> {
  const values = readZoneForm(formData)
  const checked = checkZoneForm(values)
  if (!checked.ok) {
    const t = await getLotsTranslations("lots.errors")
    const fieldErrors = await errorMessages(checked.errors)
    // "certifications.0": the tick boxes share one message.
    for (const field of Object.keys(fieldErrors)) {
      if (field.startsWith("certifications.")) fieldErrors.certifications ??= fieldErrors[field]!
    }
    return { values, fieldErrors, formError: t("fixErrors") }
  }
  const result = await producerFetch<{ zone: RawMaterialZone }>("/producer/trace/zones", { method: "POST", body: checked.body })
  if (!result.ok) return refused(values, result, ZONE_HINTS)
  redirect(`/${await getLocale()}/seller/lots?zone=${encodeURIComponent(result.data.zone.id)}#create-lot`)
}

// ——— Steps ———————————————————————————————————————————————————————————

const EVENT_HINTS: Record<string, readonly string[]> = {
  step: ["step", "bước"],
  event_time: ["event_time", "thời gian", "time"],
  place_name: ["place_name", "nơi", "place"],
  note: ["note", "ghi chú"],
  photo_url: ["photo", "ảnh"],
  "input.quantity": ["inputs"],
  "output.quantity": ["outputs"],
}

/** Photo files sent with the form when the browser had no JavaScript to upload them at once. */
function photoFiles(formData: FormData): File[] {
  return [...formData.getAll("photos"), ...formData.getAll("camera")].filter(
    (entry): entry is File => typeof entry !== "string" && entry.size > 0
  )
}

/**
 * Records one step of a lot (POST /producer/trace/lots/:id/events). `outputLabel` names
 * what a processing step made when the producer typed no name (the lot's product).
 */
export async function recordLotEvent(
  lotId: string,
  outputLabel: string,
  _previous: FormState<EventFormValues>,
  formData: FormData
): Promise<FormState<EventFormValues>> {
  let values = readEventForm(formData)
  const t = await getLotsTranslations("lots.errors")
  if (!isPlausibleId(lotId)) return { values, fieldErrors: {}, formError: t("unexpected") }

  const files = photoFiles(formData)
  if (!values.photo_url && files.length > 0) {
    const upload = new FormData()
    upload.append("photos", files[0]!)
    const uploaded = await uploadProductPhotos(upload)
    if (!uploaded.ok) return { values, fieldErrors: { photo_url: uploaded.message }, formError: t("fixErrors") }
    values = { ...values, photo_url: uploaded.urls[0] ?? "" }
  }

  const record = await getLotsTranslations("lots.record")
  const checked = checkEventForm(values, { now: new Date(), inputLabel: record("defaultInputLabel"), outputLabel })
  if (!checked.ok) return { values, fieldErrors: await errorMessages(checked.errors), formError: t("fixErrors") }
  const result = await producerFetch<{ event: unknown }>(`/producer/trace/lots/${encodeURIComponent(lotId)}/events`, {
    method: "POST",
    body: checked.body,
  })
  if (!result.ok) return refused(values, result, EVENT_HINTS)
  redirect(await lotPath(lotId, `?recorded=${encodeURIComponent(checked.body.step)}#timeline`))
}

// ——— Serials and labels ——————————————————————————————————————————————

export type SerialsValues = { count: string }

export async function issueSerials(lotId: string, _previous: FormState<SerialsValues>, formData: FormData): Promise<FormState<SerialsValues>> {
  const values = { count: text(formData, "count") }
  const checked = checkSerialsForm(values)
  if (!checked.ok) return { values, fieldErrors: await errorMessages(checked.errors), formError: null }
  const result = await producerFetch<{ issued: number; serial_count: number }>(
    `/producer/trace/lots/${encodeURIComponent(lotId)}/serials`,
    { method: "POST", body: checked.body }
  )
  if (!result.ok) return refused(values, result, { count: ["count", "số lượng", "serial"] })
  redirect(await lotPath(lotId, `?serials=${result.data.issued ?? checked.body.count}#serials`))
}

export type LabelResult =
  | { kind: "direct"; href: string; format: "svg" | "png" | "pdf"; count: number }
  | { kind: "job"; job: LabelJob }

export type LabelFormState = FormState<LabelFormValues> & { result?: LabelResult | null }

/**
 * Prepares labels: up to 1,000 come as a direct download (a link to the storefront's
 * route handler); more start a background job whose progress the page then follows.
 */
export async function prepareLabels(
  lotId: string,
  serialCount: number,
  _previous: LabelFormState,
  formData: FormData
): Promise<LabelFormState> {
  const values = readLabelForm(formData)
  const checked = checkLabelForm(values, serialCount)
  if (!checked.ok) return { values, fieldErrors: await errorMessages(checked.errors), formError: null, result: null }
  const request = checked.body
  if (labelPlan(request) === "direct") {
    const href = labelFileHref(await getLocale(), lotId, request)
    return { values, fieldErrors: {}, formError: null, result: { kind: "direct", href, format: request.format, count: request.count } }
  }
  const result = await producerFetch<{ job: LabelJob }>("/producer/trace/label-jobs", {
    method: "POST",
    body: labelJobBody(lotId, request),
  })
  if (!result.ok) return { ...(await refused(values, result, { count: ["count"], size: ["size"] })), result: null }
  return { values, fieldErrors: {}, formError: null, result: { kind: "job", job: result.data.job } }
}
