import { resolverLevels, type ResolverLevel } from "@cln/domain"
import type { TraceResolution } from "./types"

/** GS1 Web Vocabulary link type of an EPCIS event repository (https://gs1.org/voc/epcis). */
export const EPCIS_LINK_TYPE = "gs1:epcis"

export type LinkTitleKey = "traceability" | "pip" | "certificationInfo" | "epcis"
/** Link titles per language (the product's name is appended). */
export type LinkTitles<L extends string> = Record<L, Record<LinkTitleKey, string>>

export type LevelContext<L extends string> = {
  origin: string
  /** The visitor's language: its links come first and it is the default link. */
  locale: L
  locales: readonly L[]
  titles: LinkTitles<L>
}

export function tracePagePath(locale: string, code: string): string {
  return `/${locale}/trace/${encodeURIComponent(code)}`
}

/** The storefront route that hands out a lot's EPCIS 2.0 document (the backend's needs a key). */
export function epcisPath(locale: string, code: string): string {
  return `${tracePagePath(locale, code)}/epcis`
}

function perLocale<L extends string>(titles: LinkTitles<L>, locales: readonly L[], key: LinkTitleKey): Partial<Record<L, string>> {
  const out: Partial<Record<L, string>> = {}
  for (const locale of locales) out[locale] = titles[locale][key]
  return out
}

/**
 * The resolver's levels for a resolution, most specific first (the shared GS1 rules in
 * @cln/domain), plus our EPCIS export on the lot level.
 */
export function traceLevels<L extends string>(resolution: TraceResolution, ctx: LevelContext<L>): ResolverLevel[] {
  const levels = resolverLevels({
    origin: ctx.origin,
    locale: ctx.locale,
    locales: ctx.locales,
    levels: resolution.levels,
    productHandle: resolution.product_handle,
    hasCertificates: resolution.has_certificates,
    productTitle: resolution.product_title,
    titles: {
      trace: perLocale(ctx.titles, ctx.locales, "traceability"),
      shop: perLocale(ctx.titles, ctx.locales, "pip"),
      certificates: perLocale(ctx.titles, ctx.locales, "certificationInfo"),
    },
  })
  const sorted = [...resolution.levels].sort((a, b) => ORDER[a.level] - ORDER[b.level])
  sorted.forEach((ref, index) => {
    const level = levels[index]
    if (ref.level !== "lot" || !level) return
    level.links.push({
      linkType: EPCIS_LINK_TYPE,
      href: `${ctx.origin.replace(/\/+$/, "")}${epcisPath(ctx.locale, ref.code)}`,
      title: `${ctx.titles[ctx.locale].epcis}: ${resolution.product_title}`,
      type: "application/ld+json",
    })
  })
  return levels
}

const ORDER = { unit: 0, lot: 1, product: 2 } as const
