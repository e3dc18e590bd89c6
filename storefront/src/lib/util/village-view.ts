/**
 * What village, producer and artisan pages derive from the store API's data: the
 * text in the page's language, crafts as category handles, map markers, paragraphs.
 */

/** The English text on English pages when there is one, else the Vietnamese. */
export function localized(locale: string, vi: string, en: string | null | undefined): string
export function localized(locale: string, vi: string | null | undefined, en: string | null | undefined): string | null
export function localized(locale: string, vi: string | null | undefined, en: string | null | undefined): string | null {
  const english = en?.trim()
  return locale === "en" && english ? english : (vi ?? null)
}

/** A village's craft key ("hemp_linen") as the product category handle ("hemp-linen"). */
export function craftHandle(key: string): string {
  return key.replace(/_/g, "-")
}

/** The craft key the store API filters villages by, from a category handle. */
export function craftKey(handle: string): string {
  return handle.replace(/-/g, "_")
}

/** Text split into paragraphs at blank lines. */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

export type MapMarker = { handle: string; name: string; lat: number; lng: number; href: string; caption?: string }

type Placed = { handle: string; lat: number | null; lng: number | null }

/** Markers for the villages that have coordinates on the map. */
export function mapMarkers<V extends Placed>(
  villages: readonly V[],
  describe: (village: V) => { name: string; href: string; caption?: string }
): MapMarker[] {
  return villages.flatMap((village) =>
    typeof village.lat === "number" &&
    typeof village.lng === "number" &&
    Math.abs(village.lat) <= 90 &&
    Math.abs(village.lng) <= 180
      ? [{ handle: village.handle, lat: village.lat, lng: village.lng, ...describe(village) }]
      : []
  )
}

/** Items in the order of `ids` (the API's order), dropping ids that came back with nothing. */
export function orderByIds<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]))
  return ids.flatMap((id) => {
    const item = byId.get(id)
    return item ? [item] : []
  })
}

/** Initials for an artisan without a portrait: the last two words of a Vietnamese name ("Hoàng Thị Liên" → "TL"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  return words
    .slice(-2)
    .map((word) => word.charAt(0).toLocaleUpperCase("vi"))
    .join("")
}

/** English names of ethnic groups whose Vietnamese name English readers would not recognise. */
const ETHNIC_GROUPS_EN: Record<string, string> = { Mông: "Hmong", "H'Mông": "Hmong", Dao: "Dao (Yao)" }

/** An ethnic group's name in the page's language; stored names are Vietnamese. */
export function ethnicGroupName(locale: string, name: string): string {
  return locale === "en" ? (ETHNIC_GROUPS_EN[name.normalize("NFC")] ?? name) : name
}
