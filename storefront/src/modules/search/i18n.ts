import "server-only"
import type { NamespaceKeys, NestedKeyOf, _Translator } from "next-intl"
import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import type searchMessages from "../../../messages/search/vi.json"

/**
 * The search page's wording lives in messages/search (merged into each locale's messages
 * by src/i18n/request.ts); the app's message type describes the shop's file only, so the
 * search page types its translators by messages/search/vi.json, as the lot pages do.
 */
export type SearchMessages = typeof searchMessages
export type SearchNamespace = NamespaceKeys<SearchMessages, NestedKeyOf<SearchMessages>>
export type SearchTranslator<N extends SearchNamespace> = _Translator<SearchMessages, N>

export async function getSearchTranslations<N extends SearchNamespace>(namespace: N, locale?: AppLocale): Promise<SearchTranslator<N>> {
  const t: unknown = locale ? await getTranslations({ locale, namespace: namespace as never }) : await getTranslations(namespace as never)
  return t as SearchTranslator<N>
}
