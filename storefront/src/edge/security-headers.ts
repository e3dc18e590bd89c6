import type { OutgoingHttpHeaders, ServerResponse } from "node:http"
import { BlockList, isIP } from "node:net"

/**
 * The security headers on every answer of the storefront's server (issue #8), and the two
 * facts about a request they depend on: did it arrive over HTTPS, and from which client.
 * Proxies in front of the storefront are trusted as the backend trusts its own
 * (TRUST_PROXY, same syntax: unset/false = none, true, a hop count, or addresses and
 * subnets such as "loopback, uniquelocal"), so only a trusted proxy can say a request came
 * over HTTPS or who sent it.
 */

// ——— Trusted proxies and the client behind them ————————————————————————————————

/** Decides, for the address at `hop` (0 = the one connected to us), whether it is a proxy we trust. */
export type TrustProxy = (address: string, hop: number) => boolean

const NAMED_RANGES: Record<string, Array<[string, number, "ipv4" | "ipv6"]>> = {
  loopback: [
    ["127.0.0.0", 8, "ipv4"],
    ["::1", 128, "ipv6"],
  ],
  linklocal: [
    ["169.254.0.0", 16, "ipv4"],
    ["fe80::", 10, "ipv6"],
  ],
  uniquelocal: [
    ["10.0.0.0", 8, "ipv4"],
    ["172.16.0.0", 12, "ipv4"],
    ["192.168.0.0", 16, "ipv4"],
    ["fc00::", 7, "ipv6"],
  ],
}

const family = (address: string): "ipv4" | "ipv6" | null => (isIP(address) === 4 ? "ipv4" : isIP(address) === 6 ? "ipv6" : null)

/** TRUST_PROXY read as Express reads it; an entry that is no address, subnet or name throws. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const v = (value ?? "").trim()
  if (!v || v === "false" || v === "0") return () => false
  if (v === "true") return () => true
  if (/^\d+$/.test(v)) return (_address, hop) => hop < Number(v)
  const trusted = new BlockList()
  for (const entry of v.split(/[\s,]+/).filter(Boolean)) {
    const named = NAMED_RANGES[entry.toLowerCase()]
    const [address = "", bits] = entry.split("/")
    const kind = family(address)
    if (named) for (const [net, prefix, type] of named) trusted.addSubnet(net, prefix, type)
    else if (kind && bits === undefined) trusted.addAddress(address, kind)
    else if (kind && /^\d+$/.test(bits ?? "") && Number(bits) <= (kind === "ipv4" ? 32 : 128)) trusted.addSubnet(address, Number(bits), kind)
    else throw new Error(`TRUST_PROXY: "${entry}" is not an address, a subnet or one of loopback, linklocal, uniquelocal`)
  }
  return (address) => {
    const kind = family(address)
    return kind !== null && trusted.check(address, kind)
  }
}

const firstValue = (header: string | string[] | undefined) => (Array.isArray(header) ? header[0] : header)?.split(",")[0]?.trim().toLowerCase()

export type RequestFacts = {
  /** The connected peer (`socket.remoteAddress`). */
  remoteAddress: string | undefined
  /** True when the connection itself is TLS. */
  encrypted: boolean
  headers: Record<string, string | string[] | undefined>
}

/**
 * The client's address as Express computes `req.ip`: walk back from the connected peer
 * through X-Forwarded-For while each hop is a trusted proxy. A trusted peer's X-Real-IP
 * counts when it sent no X-Forwarded-For.
 */
export function clientAddress(facts: RequestFacts, trust: TrustProxy): string | undefined {
  const peer = facts.remoteAddress
  if (!peer || !trust(peer, 0)) return peer
  const raw = facts.headers["x-forwarded-for"]
  const forwarded = (Array.isArray(raw) ? raw.join(",") : raw ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean)
    .reverse()
  if (!forwarded.length) return firstValue(facts.headers["x-real-ip"]) || peer
  const hops = [peer, ...forwarded]
  for (let i = 0; i < hops.length - 1; i++) if (!trust(hops[i]!, i)) return hops[i]
  return hops[hops.length - 1]
}

/** HTTPS when the connection is TLS, or a trusted proxy says so (X-Forwarded-Proto). */
export function arrivedOverHttps(facts: RequestFacts, trust: TrustProxy): boolean {
  if (facts.encrypted) return true
  return !!facts.remoteAddress && trust(facts.remoteAddress, 0) && firstValue(facts.headers["x-forwarded-proto"]) === "https"
}

/**
 * The client headers this server passes on (to Next.js and, with each scan, to the backend),
 * as a proxy would: the connected peer appended to X-Forwarded-For, and X-Real-IP replaced
 * by the client computed above, so a visitor cannot name another address for their scans.
 */
export function forwardingHeaders(facts: RequestFacts, trust: TrustProxy): { "x-forwarded-for"?: string; "x-real-ip"?: string } {
  const peer = facts.remoteAddress
  if (!peer) return {}
  const existing = facts.headers["x-forwarded-for"]
  const chain = (Array.isArray(existing) ? existing.join(", ") : existing ?? "").trim()
  return { "x-forwarded-for": chain ? `${chain}, ${peer}` : peer, "x-real-ip": clientAddress(facts, trust) ?? peer }
}

// ——— The headers ——————————————————————————————————————————————————————————

export type SecurityHeaderOptions = {
  /** The backend (MEDUSA_BACKEND_URL): product images and files come from it. */
  backendUrl?: string
  /** More image origins (CSP_IMG_SRC): the backend's public URL when the storefront reaches it by another name, a file CDN. */
  imageSources?: string[]
  /** Stripe.js is on the page (NEXT_PUBLIC_STRIPE_KEY is set). */
  stripe?: boolean
  /** Where a checkout form may end up: the VNPay payment page the order redirects to. */
  paymentPages?: string[]
  /** next dev: React's development build evaluates code. */
  dev?: boolean
}

/** OpenStreetMap's tiles, drawn by the village map (modules/villages/components/village-map). */
export const MAP_TILE_ORIGINS = ["https://tile.openstreetmap.org"]
/** VNPay's sandbox and production payment pages; VNPAY_PAYMENT_URL adds another. */
export const VNPAY_ORIGINS = ["https://sandbox.vnpayment.vn", "https://pay.vnpay.vn"]
const STRIPE_SCRIPT = "https://js.stripe.com"
const STRIPE_FRAMES = ["https://js.stripe.com", "https://hooks.stripe.com"]

function origin(url: string | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null
  } catch {
    return null
  }
}

const unique = (values: Array<string | null | undefined>) => [...new Set(values.filter((v): v is string => !!v))]

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"])

/**
 * With the backend on this machine (development, `npm start`, the test stacks), images from
 * any local port: files keep the URL of the backend that stored them (the seed's default
 * :9000) while a stack may run the backend on another free port.
 */
function localImageSources(backendUrl: string | undefined): string[] {
  try {
    const url = new URL(backendUrl ?? "")
    return LOCAL_HOSTS.has(url.hostname) ? ["http://localhost:*", "http://127.0.0.1:*"] : []
  } catch {
    return []
  }
}

/**
 * The Content-Security-Policy. Catalogue and trace pages are rendered once and served from
 * the edge's caches to many visitors, so a per-request nonce cannot be used: Next.js's
 * inline bootstrap and data scripts are allowed with 'unsafe-inline' (they change with
 * every page, so hashes cannot list them either). What the policy still forbids is any
 * script, frame, plugin or form target from another origin, <base> rewriting, eval outside
 * development, and being framed.
 */
export function contentSecurityPolicy(options: SecurityHeaderOptions = {}): string {
  const backend = origin(options.backendUrl)
  const directives: Array<[string, Array<string | null | undefined>]> = [
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", "'unsafe-inline'", options.dev ? "'unsafe-eval'" : null, options.stripe ? STRIPE_SCRIPT : null]],
    // Next.js inlines critical CSS and React writes style attributes; Leaflet positions tiles with them.
    ["style-src", ["'self'", "'unsafe-inline'"]],
    [
      "img-src",
      [
        "'self'",
        "data:",
        "blob:",
        backend,
        ...localImageSources(options.backendUrl),
        ...(options.imageSources ?? []).map(origin),
        ...MAP_TILE_ORIGINS,
        options.stripe ? "https://*.stripe.com" : null,
      ],
    ],
    ["font-src", ["'self'", "data:"]],
    ["connect-src", ["'self'", backend, options.stripe ? "https://api.stripe.com" : null]],
    ["frame-src", options.stripe ? STRIPE_FRAMES : ["'none'"]],
    ["worker-src", ["'self'", "blob:"]],
    ["manifest-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    // Without JavaScript, placing a VNPay order is a form post answered by a redirect to
    // VNPay, and browsers hold redirects after a form post to form-action.
    ["form-action", ["'self'", ...(options.paymentPages ?? []).map(origin)]],
    ["frame-ancestors", ["'none'"]],
  ]
  return directives.map(([name, sources]) => `${name} ${unique(sources).join(" ")}`).join("; ")
}

/**
 * Camera for the producer panel's photos (self only); no page asks for the position (the
 * village map shows villages, not the visitor), a microphone, USB or sensors. Payment
 * stays with this origin (and Stripe's frames when Stripe is on).
 */
export function permissionsPolicy(options: SecurityHeaderOptions = {}): string {
  return [
    "camera=(self)",
    "microphone=()",
    "geolocation=()",
    options.stripe ? `payment=(self "${STRIPE_SCRIPT}")` : "payment=(self)",
    "usb=()",
    "accelerometer=()",
    "gyroscope=()",
    "magnetometer=()",
  ].join(", ")
}

/** One year; no includeSubDomains or preload: this server cannot speak for other hosts of the domain. */
export const HSTS = "max-age=31536000"

export function securityHeaders(options: SecurityHeaderOptions & { https: boolean }): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(options),
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": permissionsPolicy(options),
    ...(options.https ? { "strict-transport-security": HSTS } : {}),
  }
}

/** The names of the headers above, lowercase, for replacing whatever a handler set under them. */
export const SECURITY_HEADER_NAMES = [
  "content-security-policy",
  "x-frame-options",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "strict-transport-security",
] as const

export function securityOptionsFromEnv(env: Record<string, string | undefined>, dev = false): SecurityHeaderOptions {
  const list = (value: string | undefined) => (value ?? "").split(/[\s,]+/).filter(Boolean)
  return {
    backendUrl: env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    imageSources: list(env.CSP_IMG_SRC),
    stripe: !!env.NEXT_PUBLIC_STRIPE_KEY,
    paymentPages: [...VNPAY_ORIGINS, ...list(env.VNPAY_PAYMENT_URL)],
    dev,
  }
}

/**
 * Puts `headers` on everything `res` answers, over whatever a handler set under the same
 * names: pages kept by the edge's caches carry the headers of the request that rendered
 * them, and must get those of this one (HSTS only over HTTPS). Node sends implicit headers
 * through writeHead too, so every response passes here.
 */
export function enforceSecurityHeaders(res: ServerResponse, headers: Record<string, string>): void {
  const ours = new Set<string>(SECURITY_HEADER_NAMES)
  const writeHead = res.writeHead
  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const args = rest.map((arg) => {
      if (Array.isArray(arg)) {
        // Raw headers: [name, value, name, value, …]
        const kept: unknown[] = []
        for (let i = 0; i < arg.length; i += 2) if (!ours.has(String(arg[i]).toLowerCase())) kept.push(arg[i], arg[i + 1])
        return kept
      }
      if (arg && typeof arg === "object") {
        return Object.fromEntries(Object.entries(arg as OutgoingHttpHeaders).filter(([name]) => !ours.has(name.toLowerCase())))
      }
      return arg
    })
    for (const name of ours) this.removeHeader(name)
    for (const [name, value] of Object.entries(headers)) this.setHeader(name, value)
    return (writeHead as (...a: unknown[]) => ServerResponse).call(this, statusCode, ...args)
  } as ServerResponse["writeHead"]
}
