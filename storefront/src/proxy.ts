import createMiddleware from "next-intl/middleware"
import type { NextRequest } from "next/server"
import { routing } from "./i18n/routing"
import { isResolverPath, resolverEncodingGuard } from "./lib/trace/resolver-guard"

const intlMiddleware = createMiddleware(routing)

/**
 * Sends "/" and unprefixed paths to the visitor's language (Accept-Language, else Vietnamese).
 * GS1 resolver paths (/01/…, /t/…) are language-neutral and skip this; only those with a "%"
 * come here, to be checked for encoding Next.js itself cannot decode.
 */
export default function proxy(request: NextRequest) {
  if (isResolverPath(request.nextUrl.pathname)) return resolverEncodingGuard(request)
  return intlMiddleware(request)
}

export const config = {
  matcher: [
    // Everything except API routes, Next internals, files with an extension (this also
    // covers /.well-known/) and the resolver's /01/… and /t/… paths.
    "/((?!api|_next|_vercel|01(?:/|$)|t(?:/|$)|.*\\..*).*)",
    // Resolver paths with percent-encoding (a few; most labels are plain digits and letters).
    "/(01|t)/(.*%.*)",
  ],
}
