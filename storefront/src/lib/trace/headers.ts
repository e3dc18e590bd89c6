import { linkHeader } from "@cln/domain"

/**
 * HTTP headers of the GS1 resolver: CORS on every answer (apps and other resolvers read
 * it from the browser), the Link to the identifier's linkset, and the request headers the
 * backend needs to record a scan (who, coarsely where).
 */

export const RESOLVER_METHODS = "GET, HEAD, OPTIONS"

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": RESOLVER_METHODS,
  "access-control-allow-headers": "Accept, Accept-Language, Content-Type, X-Geo-Place",
  "access-control-expose-headers": "Link, Location",
  "access-control-max-age": "86400",
}

/** Request headers forwarded to `GET /trace/resolve`: client address, browser, coarse place. */
export const FORWARDED_HEADERS = [
  "x-forwarded-for",
  "x-real-ip",
  "user-agent",
  "cf-ipcountry",
  "cf-region-code",
  "cf-ipcity",
  "cf-iplatitude",
  "cf-iplongitude",
  "x-vercel-ip-country",
  "x-vercel-ip-country-region",
  "x-vercel-ip-city",
  "x-vercel-ip-latitude",
  "x-vercel-ip-longitude",
  "x-geo-place",
] as const

/** Longest header value passed on; anything longer is not a real address, browser or place. */
const MAX_FORWARDED_LENGTH = 512

export function forwardedHeaders(get: (name: string) => string | null): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of FORWARDED_HEADERS) {
    const value = get(name)
    if (value) out[name] = value.slice(0, MAX_FORWARDED_LENGTH)
  }
  return out
}

/** The headers every resolver answer carries; `linksetUrl` is null when the path is not an identifier. */
export function resolverHeaders(linksetUrl: string | null, extra: Record<string, string> = {}): Headers {
  const headers = new Headers(CORS_HEADERS)
  if (linksetUrl) headers.set("link", linkHeader(linksetUrl))
  // Answers depend on these request headers and on scans: shared caches must not keep them.
  headers.set("vary", "Accept, Accept-Language, Cookie")
  headers.set("cache-control", "no-store")
  for (const [name, value] of Object.entries(extra)) headers.set(name, value)
  return headers
}

/** The public origin for links and redirects: STOREFRONT_URL, else the request's own. */
export function publicOrigin(configured: string | undefined, requestUrl: string): string {
  if (configured) {
    try {
      return new URL(configured).origin
    } catch {
      // not a URL: use the request's origin
    }
  }
  return new URL(requestUrl).origin
}
