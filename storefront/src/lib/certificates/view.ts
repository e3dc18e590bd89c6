import { MARK_KIND_LABELS, OCOP_PRODUCT_GROUPS, type MarkKind, type OcopProductGroup } from "@cln/domain"
import type { CertificateStatus, MarkProducer } from "./types"

/**
 * What the certificate badges, the GI pages and the panel's certificates page show,
 * worked out without React: dates in each language's way, names in the page's language,
 * a mark's area drawn from its GeoJSON, producers' products in card order.
 */

const VN_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * The calendar day ("YYYY-MM-DD") of a date from the API: a plain date is taken as is, a
 * timestamp is read in Vietnam's time (where decisions are signed). Null when unreadable.
 */
export function calendarDay(value: string | null | undefined): string | null {
  if (!value) return null
  const text = value.trim()
  const plain = DAY.exec(text)
  if (plain) {
    const [, y, m, d] = plain
    const check = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
    return check.toISOString().slice(0, 10) === text ? text : null
  }
  const time = new Date(text)
  if (Number.isNaN(time.getTime())) return null
  return new Date(time.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * A certificate date as people read it: "07/07/2025" in Vietnamese (day first), "Jul 7,
 * 2025" in English (the month spelt, as 07/07 is ambiguous abroad). Null when unreadable.
 */
export function formatCertificateDate(value: string | null | undefined, locale: string): string | null {
  const day = calendarDay(value)
  if (!day) return null
  const [y, m, d] = day.split("-")
  if (locale === "vi") return `${d}/${m}/${y}`
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  )
}

/** OCOP stars as a whole number from 1 to 5, or null (nothing to draw). */
export function ocopStars(value: unknown): 1 | 2 | 3 | 4 | 5 | null {
  const stars = typeof value === "string" && value.trim() !== "" ? Number(value) : value
  return typeof stars === "number" && Number.isInteger(stars) && stars >= 1 && stars <= 5 ? (stars as 1 | 2 | 3 | 4 | 5) : null
}

/** A score as written in the page's language ("94,9" in Vietnamese). */
export function formatScore(score: number | string | null | undefined, locale: string): string | null {
  const value = typeof score === "string" ? Number(score) : score
  if (typeof value !== "number" || !Number.isFinite(value)) return null
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)
}

/** The English text when the page is English and there is one, else the Vietnamese. */
export function localized(locale: string, vi: string, en: string | null | undefined): string
export function localized(locale: string, vi: string | null | undefined, en: string | null | undefined): string | null
export function localized(locale: string, vi: string | null | undefined, en: string | null | undefined): string | null {
  return (locale === "en" && en?.trim()) || vi || null
}

/** A mark's name in the page's language. */
export function markName(mark: { name: string; name_en?: string | null }, locale: string): string {
  return localized(locale, mark.name, mark.name_en)
}

export type ChipTone = "success" | "neutral" | "warning" | "danger" | "info"

const CERTIFICATE_TONES: Record<CertificateStatus, ChipTone> = {
  submitted: "info",
  verified: "success",
  rejected: "danger",
  expired: "neutral",
  revoked: "danger",
}

export function certificateStatusTone(status: string): ChipTone {
  return CERTIFICATE_TONES[status as CertificateStatus] ?? "neutral"
}

export function rightStatusTone(status: string): ChipTone {
  if (status === "current") return "success"
  if (status === "revoked") return "danger"
  return "neutral"
}

const languageOf = (locale: string): "vi" | "en" => (locale === "en" ? "en" : "vi")

/** An OCOP product group's name (the domain's labels); the raw key when it is not one of the six. */
export function productGroupLabel(group: string | null | undefined, locale: string): string | null {
  if (!group) return null
  const labels = (OCOP_PRODUCT_GROUPS as Record<string, { vi: string; en: string }>)[group]
  return labels ? labels[languageOf(locale)] : group
}

/** The six OCOP product groups as form options, in the page's language. */
export function productGroupOptions(locale: string): { value: OcopProductGroup; label: string }[] {
  return (Object.keys(OCOP_PRODUCT_GROUPS) as OcopProductGroup[]).map((value) => ({ value, label: OCOP_PRODUCT_GROUPS[value][languageOf(locale)] }))
}

/** A mark kind's name (geographical indication, collective or certification mark). */
export function markKindLabel(kind: string, locale: string): string {
  const labels = (MARK_KIND_LABELS as Record<string, { vi: string; en: string }>)[kind]
  return labels ? labels[languageOf(locale)] : kind
}

/** Short kind names the badges use; unknown kinds fall back to the GI's. */
export function markKindKey(kind: string): MarkKind {
  return (Object.keys(MARK_KIND_LABELS) as MarkKind[]).includes(kind as MarkKind) ? (kind as MarkKind) : "geographic_indication"
}

/** Ids of the products an authorised producer sells under a mark, at most `max`, in page order. */
export function markProductIds(producers: readonly Pick<MarkProducer, "products">[], max: number): string[] {
  const ids = producers.flatMap((producer) => (producer.products ?? []).map((product) => product.id))
  return [...new Set(ids)].slice(0, max)
}

/**
 * Each producer with the product cards (priced, from the product list) of the products
 * it sells under the mark; products the list left out (no longer on sale) are dropped.
 */
export function productsByProducer<P extends { id: string }, R extends Pick<MarkProducer, "products">>(
  producers: readonly R[],
  cards: readonly P[]
): { producer: R; products: P[] }[] {
  const byId = new Map(cards.map((card) => [card.id, card]))
  return producers.map((producer) => ({
    producer,
    products: (producer.products ?? []).map((product) => byId.get(product.id)).filter((card): card is P => Boolean(card)),
  }))
}

// ——— The area map ————————————————————————————————————————————————————————

/** `filled` for areas (polygons), not for boundaries drawn as lines. */
export type AreaShape = { d: string; name: string | null; filled: boolean }
export type AreaMap = {
  width: number
  height: number
  shapes: AreaShape[]
  points: { x: number; y: number; name: string | null }[]
  /** Some outline is marked approximate (`properties.approximate`): the page says so. */
  approximate: boolean
}

type Position = [number, number]
type Ring = Position[]

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length >= 2 &&
  typeof value[0] === "number" &&
  typeof value[1] === "number" &&
  Number.isFinite(value[0]) &&
  Number.isFinite(value[1]) &&
  Math.abs(value[0]) <= 180 &&
  Math.abs(value[1]) <= 90

const asRing = (value: unknown): Ring => (Array.isArray(value) ? value.filter(isPosition) : [])

function featureName(properties: unknown): string | null {
  if (!properties || typeof properties !== "object") return null
  const record = properties as Record<string, unknown>
  for (const key of ["name", "commune", "ten", "ten_xa", "NAME"]) {
    const value = record[key]
    if (typeof value === "string" && value.trim()) return value.trim()
  }
  return null
}

/** Polygons (as shapes of rings), lines and points from any GeoJSON object. */
type Found = {
  shapes: { rings: Ring[]; name: string | null }[]
  lines: { ring: Ring; name: string | null }[]
  points: { at: Position; name: string | null }[]
  approximate: boolean
}

function collect(geojson: unknown, name: string | null, into: Found, depth = 0) {
  if (!geojson || typeof geojson !== "object" || depth > 4) return
  const object = geojson as { type?: unknown; features?: unknown; geometry?: unknown; geometries?: unknown; coordinates?: unknown; properties?: unknown }
  switch (object.type) {
    case "FeatureCollection":
      if (Array.isArray(object.features)) for (const feature of object.features) collect(feature, null, into, depth + 1)
      return
    case "Feature":
      if (object.properties && typeof object.properties === "object" && (object.properties as { approximate?: unknown }).approximate === true) {
        into.approximate = true
      }
      collect(object.geometry, featureName(object.properties) ?? name, into, depth + 1)
      return
    case "GeometryCollection":
      if (Array.isArray(object.geometries)) for (const geometry of object.geometries) collect(geometry, name, into, depth + 1)
      return
    case "Polygon":
      if (Array.isArray(object.coordinates)) into.shapes.push({ rings: object.coordinates.map(asRing).filter((ring) => ring.length >= 3), name })
      return
    case "MultiPolygon":
      if (Array.isArray(object.coordinates)) {
        const rings = object.coordinates.flatMap((polygon) => (Array.isArray(polygon) ? polygon.map(asRing) : [])).filter((ring) => ring.length >= 3)
        into.shapes.push({ rings, name })
      }
      return
    case "LineString":
      into.lines.push({ ring: asRing(object.coordinates), name })
      return
    case "MultiLineString":
      if (Array.isArray(object.coordinates)) for (const line of object.coordinates) into.lines.push({ ring: asRing(line), name })
      return
    case "Point":
      if (isPosition(object.coordinates)) into.points.push({ at: object.coordinates, name })
      return
    case "MultiPoint":
      for (const at of asRing(object.coordinates)) into.points.push({ at, name })
      return
  }
}

/**
 * Draws a GeoJSON area as SVG paths, with no map tiles: longitude and latitude are
 * projected equirectangularly (longitude shrunk by the cosine of the middle latitude, so
 * shapes keep their proportions at Vietnam's latitudes) and fitted into a box at most
 * `maxWidth` × `maxHeight`, north up. Null when the GeoJSON has nothing to draw.
 */
export function areaMap(geojson: unknown, { maxWidth = 640, maxHeight = 480, padding = 12 } = {}): AreaMap | null {
  const found: Found = { shapes: [], lines: [], points: [], approximate: false }
  collect(geojson, null, found)
  const shapes = found.shapes.filter((shape) => shape.rings.length > 0)
  const lines = found.lines.filter((line) => line.ring.length >= 2)
  const all: Position[] = [...shapes.flatMap((shape) => shape.rings.flat()), ...lines.flatMap((line) => line.ring), ...found.points.map((point) => point.at)]
  if (all.length === 0) return null

  let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity
  for (const [lon, lat] of all) {
    minLon = Math.min(minLon, lon)
    maxLon = Math.max(maxLon, lon)
    minLat = Math.min(minLat, lat)
    maxLat = Math.max(maxLat, lat)
  }
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  // A lone point (or a very small area) gets a box of about 1 km around it.
  const spanX = Math.max((maxLon - minLon) * k, 0.01)
  const spanY = Math.max(maxLat - minLat, 0.01)
  const scale = Math.min((maxWidth - 2 * padding) / spanX, (maxHeight - 2 * padding) / spanY)
  const width = Math.round(spanX * scale + 2 * padding)
  const height = Math.round(spanY * scale + 2 * padding)
  const offsetX = (width - (maxLon - minLon) * k * scale) / 2
  const offsetY = (height - (maxLat - minLat) * scale) / 2
  const round = (value: number) => Math.round(value * 10) / 10
  const project = ([lon, lat]: Position) => ({ x: round(offsetX + (lon - minLon) * k * scale), y: round(offsetY + (maxLat - lat) * scale) })
  const path = (ring: Ring, close: boolean) =>
    ring.map((position, index) => {
      const { x, y } = project(position)
      return `${index === 0 ? "M" : "L"}${x} ${y}`
    }).join(" ") + (close ? " Z" : "")

  return {
    width,
    height,
    shapes: [
      ...shapes.map((shape) => ({ d: shape.rings.map((ring) => path(ring, true)).join(" "), name: shape.name, filled: true })),
      ...lines.map((line) => ({ d: path(line.ring, false), name: line.name, filled: false })),
    ],
    points: found.points.map((point) => ({ ...project(point.at), name: point.name })),
    approximate: found.approximate,
  }
}
