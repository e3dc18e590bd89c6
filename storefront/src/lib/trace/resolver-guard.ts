import { NextResponse, type NextRequest } from "next/server"
import { routing } from "../../i18n/routing"
import { resolverErrorPage } from "./error-page"
import { resolverHeaders } from "./headers"
import { pickTraceLocale } from "./locale"

/** /01/… and /t/…: the resolver's paths (route handlers, outside next-intl's locale routing). */
export function isResolverPath(pathname: string): boolean {
  return /^\/(01|t)(\/|$)/.test(pathname)
}

/** True when a path cannot be percent-decoded (a stray "%", "%ZZ", bytes that are not UTF-8). */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

/**
 * Next.js answers 500 when a dynamic route's path cannot be decoded (vercel/next.js#92527,
 * #94278), before any route handler runs. The proxy sees such resolver paths first and
 * answers the resolver's own 400 page, with CORS, instead.
 */
export function resolverEncodingGuard(request: NextRequest): Response {
  if (!hasMalformedEncoding(request.nextUrl.pathname)) return NextResponse.next()
  const locale = pickTraceLocale(
    { cookie: request.headers.get("cookie"), acceptLanguage: request.headers.get("accept-language") },
    routing.locales,
    routing.defaultLocale
  )
  const headers = resolverHeaders(null, { "content-type": "text/html; charset=utf-8", "content-language": locale })
  const body =
    request.method === "HEAD" || request.method === "OPTIONS"
      ? null
      : resolverErrorPage({ status: 400, kind: "invalid", locale, detail: "Malformed percent-encoding" })
  return new Response(body, { status: 400, headers })
}
