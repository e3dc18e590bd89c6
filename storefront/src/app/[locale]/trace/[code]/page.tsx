import { normalizeTraceCode } from "@cln/domain"
import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { connection } from "next/server"
import { pageLocale } from "@/i18n/page-locale"
import { getTraceView } from "@/lib/data/trace"
import { getTraceTranslations } from "@/lib/trace/i18n"
import { walkUpNotice } from "@/lib/trace/query"
import { TraceTemplate } from "@/modules/trace/templates/trace-template"

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { code } = await params
  await connection()
  const canonical = normalizeTraceCode(code)
  const [t, trace] = await Promise.all([getTraceTranslations(locale), canonical ? getTraceView(canonical, locale) : null])
  // Per-item pages with live scan counts: useful to the shopper holding the item, not to search engines.
  const robots = { index: false, follow: true }
  if (!trace) return { title: t("meta.unknownTitle"), description: null, robots }
  // No description (not the site's either): it would be repeated in the description, Open Graph
  // and Twitter tags, twice each (HTML and RSC payload), on a page that must stay under 50 KB.
  return { title: t("meta.title", { product: trace.product.title }), description: null, robots }
}

/** Set by this page when it sends an unknown code to the resolver; see below. */
const MISSING_PARAM = "trace_missing"

export default async function TracePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const { code } = await params
  await connection()
  const query = await searchParams
  const canonical = normalizeTraceCode(code)
  // Next.js serves notFound() as an empty HTML shell filled in by JavaScript
  // (vercel/next.js#62228). A code that is malformed or unknown goes to the resolver
  // instead, whose 400/404 page is plain HTML, bilingual, with the counterfeit warning.
  if (!canonical) redirect(`/t/${encodeURIComponent(code)}`)
  if (canonical !== code) {
    // A hand-typed code ("abcd-efgh…") opens the code's one address; the walk-up notices stay.
    redirect(`/${locale}/trace/${canonical}${queryString(query)}`)
  }
  const [trace, t] = await Promise.all([getTraceView(canonical, locale), getTraceTranslations(locale)])
  if (!trace) {
    // Should the resolver still know the code, it sends the visitor back here with the
    // marker: then this page answers 404 itself rather than loop.
    if (query[MISSING_PARAM] !== undefined) notFound()
    redirect(`/t/${canonical}?${MISSING_PARAM}=1`)
  }

  return (
    <TraceTemplate
      trace={trace}
      locale={locale}
      t={t}
      unknownLot={walkUpNotice(query.unknown_lot)}
      unknownSerial={walkUpNotice(query.unknown_serial)}
    />
  )
}

function queryString(query: SearchParams): string {
  const out = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) out.append(key, item)
  }
  return out.size ? `?${out}` : ""
}
