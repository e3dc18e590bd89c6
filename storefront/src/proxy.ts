import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"

/**
 * Sends "/" and unprefixed paths to the visitor's language (Accept-Language, else Vietnamese).
 * The GS1 resolver's paths (/01/…, /t/…) and /.well-known/gs1resolver never reach Next.js:
 * the trace edge in front of it answers them (src/edge).
 */
export default createMiddleware(routing)

export const config = {
  // Everything except API routes, Next internals, files with an extension (this also
  // covers /.well-known/) and the resolver's /01/… and /t/… paths.
  matcher: ["/((?!api|_next|_vercel|01(?:/|$)|t(?:/|$)|.*\\..*).*)"],
}
