import {
  buildDigitalLink,
  buildLinkset,
  buildShortLink,
  LINK_TYPES,
  linkTypeFromQuery,
  parseResolverPath,
  pickLink,
  wantsLinkset,
  type ResolverRequestPath,
} from "@cln/domain"
// Relative imports only: this runs in the trace edge (compiled with tsc, no "@/" alias).
import { DEFAULT_LOCALE, LOCALES, type AppLocale } from "../../i18n/locales"
import { TraceRequestError } from "./backend"
import en from "../../../messages/trace/en.json"
import vi from "../../../messages/trace/vi.json"
import { resolverErrorPage, type ResolverErrorKind } from "./error-page"
import { forwardedHeaders, publicOrigin, resolverHeaders } from "./headers"
import { traceLevels, type LinkTitles } from "./levels"
import { pickTraceLocale } from "./locale"
import { passOnQuery, withQuery } from "./query"
import type { TraceIdentifier } from "./source"
import type { TraceResolution } from "./types"

/**
 * The GS1 Conformant Resolver behind /01/… (GS1 Digital Link) and /t/… (our short codes
 * for products without a GTIN): one resolution, then a redirect, a linkset or a readable
 * error page. Every answer carries CORS and the Link to the linkset. Where resolutions
 * come from (and how scans are recorded) is the caller's: the trace edge keeps them.
 */

/** Resolves a label's identifier; `record` when a person is being sent on (a scan). */
export type ResolveTrace = (
  identifier: TraceIdentifier,
  options: { record: boolean; headers: Record<string, string> }
) => Promise<TraceResolution | null>

const LINK_TITLES: LinkTitles<AppLocale> = { vi: vi.trace.linkTitles, en: en.trace.linkTitles }
const TRACE_LINK_TYPES = new Set<string>([LINK_TYPES.default, LINK_TYPES.traceability])

type Method = "GET" | "HEAD"

function identifierOf(path: ResolverRequestPath): TraceIdentifier {
  if (path.kind === "code") return { code: path.code }
  const { gtin, lot, serial } = path.keys
  return { gtin, ...(lot ? { lot } : {}), ...(serial ? { serial } : {}) }
}

function anchorOf(origin: string, path: ResolverRequestPath): string {
  return path.kind === "code" ? buildShortLink(origin, path.code) : buildDigitalLink(origin, path.keys)
}

function visitorLocale(request: Request): AppLocale {
  return pickTraceLocale(
    { cookie: request.headers.get("cookie"), acceptLanguage: request.headers.get("accept-language") },
    LOCALES,
    DEFAULT_LOCALE
  )
}

function errorResponse(
  status: number,
  kind: ResolverErrorKind,
  locale: AppLocale,
  linksetUrl: string | null,
  extra: { detail?: string | null; linkType?: string | null; traceCode?: string | null } = {}
): Response {
  const body = resolverErrorPage({ status, kind, locale, ...extra })
  return new Response(body, {
    status,
    headers: resolverHeaders(linksetUrl, { "content-type": "text/html; charset=utf-8", "content-language": locale }),
  })
}

async function answer(request: Request, method: Method, resolve: ResolveTrace): Promise<Response> {
  const url = new URL(request.url)
  const locale = visitorLocale(request)
  const parsed = parseResolverPath(url.pathname)
  if (!parsed.ok) return errorResponse(parsed.status, parsed.status === 400 ? "invalid" : "unknown", locale, null, { detail: parsed.reason })

  const origin = publicOrigin(process.env.STOREFRONT_URL, request.url)
  const linksetUrl = `${anchorOf(origin, parsed.path)}?linkType=linkset`
  const linkTypeParam = url.searchParams.get("linkType")
  const linkType = linkTypeFromQuery(linkTypeParam)
  if (linkType.kind === "invalid") {
    return errorResponse(400, "invalid", locale, linksetUrl, { detail: `linkType "${linkTypeParam}" is not a link type` })
  }
  const linkset = linkType.kind === "linkset" || wantsLinkset(request.headers.get("accept"), linkTypeParam)

  let resolution
  try {
    resolution = await resolve(identifierOf(parsed.path), {
      // Only a person being sent on counts as a scan: not HEAD, not machines reading the linkset.
      record: method === "GET" && !linkset,
      headers: forwardedHeaders((name) => request.headers.get(name)),
    })
  } catch (error) {
    if (error instanceof TraceRequestError) return errorResponse(400, "invalid", locale, linksetUrl, { detail: error.message })
    console.error("trace resolver: backend request failed", error)
    return errorResponse(503, "unavailable", locale, linksetUrl)
  }
  if (!resolution) return errorResponse(404, "unknown", locale, linksetUrl)

  const levels = traceLevels(resolution, {
    origin,
    locale,
    locales: LOCALES,
    titles: LINK_TITLES,
  })

  if (linkset) {
    return new Response(JSON.stringify(buildLinkset(levels)), {
      status: 200,
      headers: resolverHeaders(linksetUrl, { "content-type": "application/linkset+json" }),
    })
  }

  const link = linkType.kind === "type" ? pickLink(levels, linkType.linkType) : (levels[0]?.defaultLink ?? null)
  if (!link) {
    return errorResponse(404, "noLink", locale, linksetUrl, {
      linkType: linkType.kind === "type" ? linkType.linkType : null,
      traceCode: resolution.code,
    })
  }
  const walkUp = TRACE_LINK_TYPES.has(link.linkType) || linkType.kind === "default" ? resolution : {}
  const location = withQuery(link.href, passOnQuery(url.searchParams, walkUp))
  return new Response(null, { status: 307, headers: resolverHeaders(linksetUrl, { location }) })
}

/** The resolver's GET, HEAD and OPTIONS answers over a source of resolutions. */
export function createResolver(resolve: ResolveTrace) {
  return {
    get: (request: Request): Promise<Response> => answer(request, "GET", resolve),
    /** HEAD answers exactly as GET would, without a body and without recording a scan. */
    head: async (request: Request): Promise<Response> => {
      const response = await answer(request, "HEAD", resolve)
      return new Response(null, { status: response.status, headers: response.headers })
    },
    options: resolverOptions,
  }
}

/** CORS preflight: no resolution; a path that is not an identifier still gets its 400/404. */
function resolverOptions(request: Request): Response {
  const url = new URL(request.url)
  const parsed = parseResolverPath(url.pathname)
  if (!parsed.ok) {
    return new Response(null, { status: parsed.status, headers: resolverHeaders(null, { allow: "GET, HEAD, OPTIONS" }) })
  }
  const origin = publicOrigin(process.env.STOREFRONT_URL, request.url)
  return new Response(null, {
    status: 204,
    headers: resolverHeaders(`${anchorOf(origin, parsed.path)}?linkType=linkset`, { allow: "GET, HEAD, OPTIONS" }),
  })
}
