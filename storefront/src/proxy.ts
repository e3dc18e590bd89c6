import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"

/** Sends "/" and unprefixed paths to the visitor's language (Accept-Language, else Vietnamese). */
export default createMiddleware(routing)

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
}
