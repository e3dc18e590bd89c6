/**
 * Locale helpers shared by the header and the data layer.
 */

/** The locale each storefront language asks the Medusa store API for (its Translation module keys). */
const MEDUSA_LOCALES: Record<string, string> = { vi: "vi-VN", en: "en-US" }

export function toMedusaLocale(locale: string): string {
  return MEDUSA_LOCALES[locale] ?? "vi-VN"
}

/**
 * The same page in another language: swaps (or adds) the leading locale segment and
 * keeps the query. Anything that is not a same-origin absolute path falls back to the
 * target language's home, so the link can never point off-site.
 */
export function switchLocalePath(
  pathWithQuery: string | null | undefined,
  locales: readonly string[],
  target: string
): string {
  const home = `/${target}`
  if (!pathWithQuery || !pathWithQuery.startsWith("/") || pathWithQuery.startsWith("//")) {
    return home
  }
  const queryStart = pathWithQuery.search(/[?#]/)
  const path = queryStart === -1 ? pathWithQuery : pathWithQuery.slice(0, queryStart)
  const query = queryStart === -1 ? "" : pathWithQuery.slice(queryStart)
  const segments = path.split("/").slice(1)
  const first = segments[0] ?? ""
  const rest = locales.includes(first) ? segments.slice(1) : segments
  const restPath = rest.join("/").replace(/\/+$/, "")
  return `${home}${restPath ? `/${restPath}` : ""}${query}`
}
