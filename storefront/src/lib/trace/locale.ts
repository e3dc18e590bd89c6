/**
 * The language a resolver redirect opens the trace page in: the language the visitor
 * chose on the site (next-intl's NEXT_LOCALE cookie), else the first language of their
 * browser that we have (Accept-Language, by quality), else Vietnamese.
 */

export const LOCALE_COOKIE = "NEXT_LOCALE"

/** One cookie's value from a Cookie header, or null. */
export function cookieValue(cookieHeader: string | null | undefined, name: string): string | null {
  if (!cookieHeader) return null
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=")
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue
    const raw = part.slice(eq + 1).trim()
    try {
      return decodeURIComponent(raw)
    } catch {
      return raw
    }
  }
  return null
}

/** Language ranges of an Accept-Language header, best first (ties keep their order); q=0 is dropped. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return []
  const ranges: Array<{ tag: string; q: number; index: number }> = []
  header.split(",").forEach((item, index) => {
    const [rawTag, ...params] = item.trim().split(";")
    const tag = rawTag?.trim().toLowerCase()
    if (!tag) return
    let q = 1
    for (const param of params) {
      const [key, value] = param.split("=").map((s) => s.trim())
      if (key?.toLowerCase() === "q") q = Number(value)
    }
    if (!Number.isFinite(q) || q <= 0 || q > 1) return
    ranges.push({ tag, q, index })
  })
  return ranges.sort((a, b) => b.q - a.q || a.index - b.index).map((r) => r.tag)
}

export function pickTraceLocale<L extends string>(
  input: { cookie: string | null | undefined; acceptLanguage: string | null | undefined },
  locales: readonly L[],
  fallback: L
): L {
  const chosen = cookieValue(input.cookie, LOCALE_COOKIE)
  if (chosen && (locales as readonly string[]).includes(chosen)) return chosen as L
  for (const tag of acceptedLanguages(input.acceptLanguage)) {
    if (tag === "*") return fallback
    const primary = tag.split("-")[0]
    const match = locales.find((locale) => locale === tag || locale === primary)
    if (match) return match
  }
  return fallback
}
