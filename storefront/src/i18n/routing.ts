import { defineRouting } from "next-intl/routing"
import { DEFAULT_LOCALE, LOCALES } from "./locales"

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // Every URL carries its language, so a shared link opens in the language it was sent in.
  localePrefix: "always",
})

export type { AppLocale } from "./locales"
