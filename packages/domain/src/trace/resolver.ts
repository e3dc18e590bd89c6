/**
 * What a GS1 Conformant Resolver answers for an identifier, without any HTTP framework:
 * link types, linksets (RFC 9264 JSON), the Link header and the resolver description file.
 * Routes parse the path (digital-link.ts), ask the backend what the code is, build levels
 * with resolverLevels and pick or list links here.
 */
import { isTraceCode } from "./codes"
import { buildDigitalLink, buildShortLink } from "./digital-link"

export const LINK_TYPES = {
  default: "gs1:defaultLink",
  pip: "gs1:pip",
  traceability: "gs1:traceability",
  certificationInfo: "gs1:certificationInfo",
} as const

/** The GS1 Web Vocabulary; linkset relation types are full URIs in this namespace. */
export const GS1_VOC = "https://gs1.org/voc/"
export const LINKSET_MEDIA_TYPE = "application/linkset+json"
export const GS1_LINKSET_CONTEXT = "https://ref.gs1.org/standards/resolver/linkset-context"

export type ResolverLink = { linkType: string; href: string; title: string; type: string; hreflang?: string[] }
/** One identifier level (unit serial, lot, product); `anchor` is its uncompressed URI. */
export type ResolverLevel = { anchor: string; links: ResolverLink[]; defaultLink: ResolverLink; itemDescription?: string }

// Spellings of the GS1 vocabulary seen in the wild; all mean the same link types.
const GS1_VOC_SPELLINGS = ["https://gs1.org/voc/", "http://gs1.org/voc/", "https://www.gs1.org/voc/", "http://www.gs1.org/voc/", "https://ref.gs1.org/voc/"]

/** "gs1:pip" for "gs1:pip" or any full GS1 vocabulary URI of it; null for anything else. */
export function normalizeLinkType(value: string): string | null {
  let term: string | null = null
  if (value.startsWith("gs1:")) term = value.slice(4)
  else {
    const prefix = GS1_VOC_SPELLINGS.find((p) => value.startsWith(p))
    if (prefix) term = value.slice(prefix.length)
  }
  return term !== null && /^[A-Za-z][A-Za-z0-9]*$/.test(term) ? `gs1:${term}` : null
}

/** The linkset relation type for a link type: "gs1:pip" → "https://gs1.org/voc/pip". */
export function linkRelation(linkType: string): string {
  const normalized = normalizeLinkType(linkType)
  return normalized ? `${GS1_VOC}${normalized.slice(4)}` : linkType
}

function isDefaultLinkType(linkType: string): boolean {
  return linkType === LINK_TYPES.default || linkType === "gs1:defaultLinkMulti"
}

/**
 * Reads `?linkType=`: absent or gs1:defaultLink → the default link; "linkset" (or "all", its
 * deprecated spelling) → the linkset; a GS1 link type as CURIE or full URI → that link type.
 */
export function linkTypeFromQuery(
  value: string | null
): { kind: "default" } | { kind: "linkset" } | { kind: "type"; linkType: string } | { kind: "invalid" } {
  if (value === null) return { kind: "default" }
  const trimmed = value.trim()
  if (trimmed === "") return { kind: "default" }
  if (trimmed === "linkset" || trimmed === "all") return { kind: "linkset" }
  const linkType = normalizeLinkType(trimmed)
  if (linkType === null) return { kind: "invalid" }
  if (isDefaultLinkType(linkType)) return { kind: "default" }
  return { kind: "type", linkType }
}

type MediaRange = { type: string; q: number }

function mediaRanges(accept: string): MediaRange[] {
  return accept.split(",").map((part) => {
    const [type = "", ...params] = part.split(";").map((s) => s.trim())
    let q = 1
    for (const param of params) {
      const match = /^q\s*=\s*([0-9.]+)$/i.exec(param)
      if (match) q = Number(match[1])
    }
    return { type: type.toLowerCase(), q: Number.isFinite(q) ? q : 0 }
  })
}

function quality(ranges: MediaRange[], type: string): number {
  return ranges.find((r) => r.type === type)?.q ?? 0
}

/**
 * True when the answer should be the linkset: `?linkType=linkset|all`, or no specific link type
 * and an Accept header asking for application/linkset+json (or for plain application/json over
 * HTML, as API clients do). Browsers' "text/html,…,*\/*" keeps getting the redirect.
 */
export function wantsLinkset(accept: string | null, linkTypeParam: string | null): boolean {
  const linkType = linkTypeFromQuery(linkTypeParam)
  if (linkType.kind === "linkset") return true
  if (linkType.kind !== "default" || !accept) return false
  const ranges = mediaRanges(accept)
  if (quality(ranges, LINKSET_MEDIA_TYPE) > 0) return true
  const json = quality(ranges, "application/json")
  return json > 0 && json > quality(ranges, "text/html")
}

function target(link: ResolverLink): Record<string, unknown> {
  const out: Record<string, unknown> = { href: link.href, title: link.title, type: link.type }
  if (link.hreflang && link.hreflang.length > 0) out.hreflang = [...link.hreflang]
  return out
}

/**
 * RFC 9264 JSON linkset, one context object per level (most specific first), each anchored on
 * its uncompressed URI; relation types are full GS1 vocabulary URIs, targets carry href, title,
 * type and hreflang.
 */
export function buildLinkset(levels: ResolverLevel[]): { linkset: Array<Record<string, unknown>> } {
  return {
    linkset: levels.map((level) => {
      const entry: Record<string, unknown> = { anchor: level.anchor }
      if (level.itemDescription) entry.itemDescription = level.itemDescription
      entry[linkRelation(LINK_TYPES.default)] = [target(level.defaultLink)]
      for (const link of level.links) {
        if (isDefaultLinkType(normalizeLinkType(link.linkType) ?? link.linkType)) continue
        const rel = linkRelation(link.linkType)
        const targets = (entry[rel] ??= []) as Array<Record<string, unknown>>
        if (!targets.some((t) => t.href === link.href)) targets.push(target(link))
      }
      return entry
    }),
  }
}

/** The Link header every resolver answer carries, pointing to the linkset. */
export function linkHeader(linksetUrl: string): string {
  return `<${linksetUrl}>; rel="linkset"; type="${LINKSET_MEDIA_TYPE}"`
}

/**
 * The link of a type for the identifier, looking at the most specific level first and walking
 * up (a lot's certificates are its product's). Levels must be ordered most specific first.
 */
export function pickLink(levels: ResolverLevel[], linkType: string): ResolverLink | null {
  const wanted = normalizeLinkType(linkType) ?? linkType
  if (isDefaultLinkType(wanted)) return levels[0]?.defaultLink ?? null
  for (const level of levels) {
    const link = level.links.find((l) => (normalizeLinkType(l.linkType) ?? l.linkType) === wanted)
    if (link) return link
  }
  return null
}

export type ResolverDescription = {
  name: string
  resolverRoot: string
  supportedPrimaryKeys: string[]
  supportedLinkType: Array<{ namespace: string; prefix: string }>
  linkTypeDefaultCanBeLinkset: boolean
  jsonLdContextLocation: string
  contact?: { fn: string }
}

/**
 * The /.well-known/gs1resolver body, following GS1's description-file schema: primary keys as
 * numeric AIs ("01" = GTIN; our /t/ short codes are not a GS1 key and are not listed), the GS1
 * link type namespace, and the default link never being the linkset.
 */
export function resolverDescription(origin: string, name = "Chợ Làng Nghề resolver"): ResolverDescription {
  return {
    name,
    resolverRoot: origin.replace(/\/+$/, ""),
    supportedPrimaryKeys: ["01"],
    supportedLinkType: [{ namespace: GS1_VOC, prefix: "gs1:" }],
    linkTypeDefaultCanBeLinkset: false,
    jsonLdContextLocation: GS1_LINKSET_CONTEXT,
    contact: { fn: "Chợ Làng Nghề" },
  }
}

export type TraceLocale = "vi" | "en"
export const TRACE_LOCALES: readonly TraceLocale[] = ["vi", "en"]

export type TraceLevelKind = "product" | "lot" | "unit"

/** A level as the backend's resolution lists it (GET /trace/resolve). */
export type TraceLevelRef = {
  level: TraceLevelKind
  code: string
  gtin: string | null
  lot_number: string | null
  serial: string | null
}

type LinkRole = "trace" | "shop" | "certificates"

/** A title per link role: one text for every language, or one per language. */
export type ResolverLinkTitles = Partial<Record<LinkRole, string | Partial<Record<TraceLocale, string>>>>

const DEFAULT_TITLES: Record<LinkRole, Record<TraceLocale, string>> = {
  trace: { vi: "Truy xuất nguồn gốc", en: "Traceability" },
  shop: { vi: "Trang sản phẩm", en: "Product page" },
  certificates: { vi: "Chứng nhận", en: "Certificates" },
}

const LEVEL_ORDER: Record<TraceLevelKind, number> = { unit: 0, lot: 1, product: 2 }

export type ResolverLevelsInput = {
  /** Where the trace and shop pages live, e.g. "https://cholangnghe.vn". */
  origin: string
  /** The visitor's language: its links come first and are the default. */
  locale: string
  levels: TraceLevelRef[]
  productHandle: string
  hasCertificates: boolean
  titles?: ResolverLinkTitles
  /** Languages to offer as alternates; defaults to vi and en. */
  locales?: readonly string[]
  /** Where the resolver answers, for anchors; defaults to origin. */
  resolverOrigin?: string
  /** The product's name, shown as the linkset's itemDescription. */
  productTitle?: string
}

/**
 * The levels of a resolved identifier, most specific first, with our links:
 * every level's default link and gs1:traceability are its trace page, in the visitor's language
 * first and then the others; the product level (or the least specific level given) adds
 * gs1:pip (the shop page) and, when the product has certificates, gs1:certificationInfo.
 * Anchors are GS1 Digital Links when a GTIN is known (and the lot and serial fit one), else
 * the level's /t/ short link.
 */
export function resolverLevels(input: ResolverLevelsInput): ResolverLevel[] {
  const origin = input.origin.replace(/\/+$/, "")
  const resolverOrigin = (input.resolverOrigin ?? input.origin).replace(/\/+$/, "")
  const offered = input.locales ?? TRACE_LOCALES
  const locales = [input.locale, ...offered.filter((l) => l !== input.locale)]
  const sorted = [...input.levels].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level])
  const productRef = sorted[sorted.length - 1]

  const title = (role: LinkRole, locale: string): string => {
    const given = input.titles?.[role]
    if (typeof given === "string") return given
    const own = given?.[locale as TraceLocale] ?? DEFAULT_TITLES[role][locale as TraceLocale] ?? DEFAULT_TITLES[role].en
    return input.productTitle ? `${own}: ${input.productTitle}` : own
  }
  const link = (linkType: string, role: LinkRole, locale: string, href: string): ResolverLink => ({
    linkType,
    href,
    title: title(role, locale),
    type: "text/html",
    hreflang: [locale],
  })
  const tracePage = (locale: string, code: string) => `${origin}/${locale}/trace/${encodeURIComponent(code)}`

  return sorted.map((ref) => {
    const links = locales.map((l) => link(LINK_TYPES.traceability, "trace", l, tracePage(l, ref.code)))
    if (ref === productRef) {
      for (const l of locales) {
        links.push(link(LINK_TYPES.pip, "shop", l, `${origin}/${l}/products/${encodeURIComponent(input.productHandle)}`))
      }
      if (input.hasCertificates) {
        for (const l of locales) {
          links.push(link(LINK_TYPES.certificationInfo, "certificates", l, `${tracePage(l, ref.code)}#certificates`))
        }
      }
    }
    const level: ResolverLevel = {
      anchor: levelAnchor(resolverOrigin, ref),
      links,
      defaultLink: { ...links[0]!, linkType: LINK_TYPES.default },
    }
    if (input.productTitle) level.itemDescription = input.productTitle
    return level
  })
}

function levelAnchor(resolverOrigin: string, ref: TraceLevelRef): string {
  if (ref.gtin) {
    try {
      return buildDigitalLink(resolverOrigin, {
        gtin: ref.gtin,
        lot: ref.level === "product" ? undefined : (ref.lot_number ?? undefined),
        serial: ref.level === "unit" ? (ref.serial ?? undefined) : undefined,
      })
    } catch {
      // A lot number outside GS1 character set 82 cannot be in a Digital Link; the code can.
    }
  }
  return isTraceCode(ref.code) ? buildShortLink(resolverOrigin, ref.code) : `${resolverOrigin}/t/${encodeURIComponent(ref.code)}`
}
