import { hasLocale } from "next-intl"
import { getRequestConfig } from "next-intl/server"
import { routing } from "./routing"

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale

  return {
    locale,
    // One file per area so that features own their wording: the shop, the trace pages, the lot panel, certificates.
    messages: {
      ...(await import(`../../messages/${locale}.json`)).default,
      ...(await import(`../../messages/trace/${locale}.json`)).default,
      ...(await import(`../../messages/lots/${locale}.json`)).default,
      ...(await import(`../../messages/certificates/${locale}.json`)).default,
      ...(await import(`../../messages/search/${locale}.json`)).default,
    },
    timeZone: "Asia/Ho_Chi_Minh",
  }
})
