import type { StoreCatalog, StoreDisplayPoint } from "./types"

/** The catalog's title and story in the page's language, Vietnamese when there is no English. */
export function catalogText(catalog: StoreCatalog, locale: string): { title: string; story: string | null } {
  if (locale === "en") return { title: catalog.title_en || catalog.title, story: catalog.story_en || catalog.story }
  return { title: catalog.title, story: catalog.story }
}

export function displayPointName(point: StoreDisplayPoint, locale: string): string {
  return locale === "en" ? point.name_en || point.name : point.name
}

/** The story's paragraphs, split on blank lines, as officers type them. */
export function storyParagraphs(story: string | null): string[] {
  return (story ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
}

/**
 * The last day the catalog is on show, as a Vietnamese or English date, or null when
 * open-ended. `ends_at` is the instant it stops (midnight after its last day in Vietnam).
 */
export function catalogLastDay(catalog: StoreCatalog, locale: string): string | null {
  if (!catalog.ends_at) return null
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(
    new Date(new Date(catalog.ends_at).getTime() - 1)
  )
}
