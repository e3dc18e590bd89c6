import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  // Every URL carries its language, so a shared link opens in the language it was sent in.
  localePrefix: "always",
})

export type AppLocale = (typeof routing.locales)[number]
