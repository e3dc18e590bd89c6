/**
 * The site's languages, without next-intl: the trace edge (src/edge) runs in front of
 * Next.js and needs them too.
 */
export const LOCALES = ["vi", "en"] as const
export const DEFAULT_LOCALE = "vi"
export type AppLocale = (typeof LOCALES)[number]
