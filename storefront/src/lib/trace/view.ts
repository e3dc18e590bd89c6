/**
 * Formatting for the trace page: dates in Vietnam's time zone, coarse scan places,
 * quantities, hashes. Pure, so the page and its tests agree on what a visitor reads.
 */
import type { ScanPlace, ScanVerdict, TraceQuantityView } from "./types"

export const TRACE_TIME_ZONE = "Asia/Ho_Chi_Minh"

const INTL_LOCALES: Record<string, string> = { vi: "vi-VN", en: "en-GB" }
const intlLocale = (locale: string) => INTL_LOCALES[locale] ?? "vi-VN"

const formatters = new Map<string, Intl.DateTimeFormat>()
function dateFormatter(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone: TRACE_TIME_ZONE,
      day: "2-digit",
      month: locale === "vi" ? "2-digit" : "short",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" as const } : {}),
    })
    formatters.set(key, formatter)
  }
  return formatter
}

/** "14:05 12/03/2026" (vi) or "12 Mar 2026, 14:05" (en), in Vietnam's time; null for a missing or bad date. */
export function formatTraceDate(value: string | null | undefined, locale: string, withTime = true): string | null {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return dateFormatter(locale, withTime).format(date)
}

/** "VN-08" or a bare subdivision code such as "08" or "HN": not something to show a person. */
const REGION_CODE = /^([A-Z]{2}-)?[A-Z0-9]{1,3}$/i

// Intl objects are costly to build (tenths of a millisecond each): one per language, reused.
const regionNames = new Map<string, Intl.DisplayNames>()
const numberFormats = new Map<string, Intl.NumberFormat>()

function countryName(code: string, locale: string): string {
  try {
    let names = regionNames.get(locale)
    if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([intlLocale(locale)], { type: "region" })))
    return names.of(code.toUpperCase()) ?? code
  } catch {
    return code
  }
}

/**
 * "Tuyên Quang, Việt Nam": the place's display name (or city, or a named region) and the
 * country. Region codes such as "VN-08" are never shown.
 */
export function formatScanPlace(place: ScanPlace | null | undefined, locale: string): string | null {
  if (!place) return null
  const parts: string[] = []
  const name = place.name?.trim() || place.city?.trim()
  const region = place.region?.trim()
  if (name) parts.push(name)
  if (region && !REGION_CODE.test(region) && region !== name) parts.push(region)
  const country = place.country?.trim()
  if (country && /^[A-Za-z]{2}$/.test(country) && country.toUpperCase() !== "XX") parts.push(countryName(country, locale))
  return parts.length ? parts.join(", ") : null
}

/** UN/CEFACT unit codes shown as people write them; other units are shown as stored. */
const UNITS: Record<string, { vi: string; en: string }> = {
  KGM: { vi: "kg", en: "kg" },
  GRM: { vi: "g", en: "g" },
  LTR: { vi: "lít", en: "l" },
  MLT: { vi: "ml", en: "ml" },
  MTR: { vi: "m", en: "m" },
  MTK: { vi: "m²", en: "m²" },
  H87: { vi: "cái", en: "pcs" },
  C62: { vi: "cái", en: "pcs" },
  EA: { vi: "cái", en: "pcs" },
  PCS: { vi: "cái", en: "pcs" },
}

/** Units that only count pieces: "60 hộp chè" reads better than "60 cái hộp chè". */
const COUNT_UNITS = new Set(["H87", "C62", "EA", "PCS"])

export function formatUnit(uom: string | null | undefined, locale: string): string {
  if (!uom) return ""
  const known = UNITS[uom.toUpperCase()]
  return known ? known[locale === "en" ? "en" : "vi"] : uom
}

export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale)
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 3 })))
  return format.format(value)
}

/** "12 kg chè búp tươi"; "60 hộp chè" for counted pieces. */
export function formatQuantity(quantity: TraceQuantityView, locale: string): string {
  const counted = quantity.label && COUNT_UNITS.has(quantity.uom?.toUpperCase() ?? "")
  const unit = counted ? "" : formatUnit(quantity.uom, locale)
  return [formatNumber(quantity.quantity, locale), unit, quantity.label].filter(Boolean).join(" ")
}

/** The first 12 hex digits of a SHA-256: enough to compare by eye with an export or a label. */
export function shortHash(hash: string | null | undefined): string | null {
  return hash ? hash.slice(0, 12) : null
}

/** A step's name in the page's language from the shared step vocabulary (TRACE_STEPS), else the key itself. */
export function stepLabel(step: string, locale: string, steps: Partial<Record<string, { label: { vi: string; en: string } }>>): string {
  const known = steps[step]?.label
  if (!known) return step
  return locale === "en" ? known.en : known.vi
}

/** OCOP stars are 3 to 5; anything else is not shown as stars. */
export function ocopStars(stars: number | null | undefined): number | null {
  return typeof stars === "number" && Number.isInteger(stars) && stars >= 1 && stars <= 5 ? stars : null
}

export type VerdictPresentation = {
  /** What the banner says, for tests and styling hooks. */
  kind: ScanVerdict["kind"]
  tone: "ok" | "warn" | "danger"
  /** Message keys under trace.verdict. */
  title: "genuine" | "copied" | "registered" | "unknownTitle" | "brokenTitle"
  text: "firstScan" | "scannedCount" | "scannedBefore" | "scannedBeforeAt" | "notScanned" | "unknownText" | "brokenText"
  values: { count: number; date?: string; place?: string }
}

/**
 * Which verdict a shopper reads: an unknown code or a broken chain first (whatever the
 * scans say), then genuine with first scan / scanned N times (since when, where), or just
 * registered when the code has not been scanned. Warnings (many scans, far apart) only come
 * with unit serials and turn "genuine" into "may have been copied".
 */
export function presentVerdict(verdict: ScanVerdict, chainValid: boolean, locale: string): VerdictPresentation {
  const values = { count: verdict.count }
  const warned = verdict.warnings.length > 0
  if (verdict.kind === "unknown_code") return { kind: verdict.kind, tone: "danger", title: "unknownTitle", text: "unknownText", values }
  if (verdict.kind === "chain_broken" || !chainValid) {
    return { kind: "chain_broken", tone: "danger", title: "brokenTitle", text: "brokenText", values }
  }
  const tone = warned ? "warn" : "ok"
  if (verdict.kind === "first_scan") return { kind: verdict.kind, tone, title: "genuine", text: "firstScan", values }
  if (verdict.kind === "scanned_before") {
    const date = formatTraceDate(verdict.first_at, locale)
    const place = formatScanPlace(verdict.first_place, locale)
    const title = warned ? "copied" : "genuine"
    if (!date) return { kind: verdict.kind, tone, title, text: "scannedCount", values }
    if (!place) return { kind: verdict.kind, tone, title, text: "scannedBefore", values: { ...values, date } }
    return { kind: verdict.kind, tone, title, text: "scannedBeforeAt", values: { ...values, date, place } }
  }
  return { kind: verdict.kind, tone, title: "registered", text: "notScanned", values }
}
