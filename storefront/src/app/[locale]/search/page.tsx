import type { Metadata } from "next"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { routing } from "@/i18n/routing"
import { searchProducts } from "@/lib/data/search"
import { localeAlternates } from "@/lib/util/alternates"
import { parseSearchState, searchHref, type RawSearchParams } from "@/modules/search/query"
import { getSearchTranslations } from "@/modules/search/i18n"
import { SearchTemplate } from "@/modules/search/templates/search-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  await connection()
  const state = parseSearchState(await searchParams)
  const t = await getSearchTranslations("search.meta", locale)
  return {
    title: state.q ? t("titleWithQuery", { q: state.q }) : t("title"),
    description: t("description"),
    // Result pages are for people, not for search engines' indexes.
    robots: state.q ? { index: false, follow: true } : undefined,
    alternates: localeAlternates(routing.locales, locale, searchHref(state)),
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  await connection()
  const state = parseSearchState(await searchParams)
  const result = await searchProducts(locale, state)
  return <SearchTemplate locale={locale} state={state} result={result} />
}
