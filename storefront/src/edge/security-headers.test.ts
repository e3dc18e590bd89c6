import http from "node:http"
import type { AddressInfo } from "node:net"
import { describe, expect, it } from "vitest"
import {
  HSTS,
  arrivedOverHttps,
  clientAddress,
  contentSecurityPolicy,
  enforceSecurityHeaders,
  forwardingHeaders,
  parseTrustProxy,
  permissionsPolicy,
  securityHeaders,
  securityOptionsFromEnv,
  type RequestFacts,
} from "./security-headers"

const facts = (remoteAddress: string, headers: RequestFacts["headers"] = {}, encrypted = false): RequestFacts => ({ remoteAddress, encrypted, headers })

/** The policy as a map of directive → sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]))
}

describe("trusted proxies (TRUST_PROXY, as the backend reads it)", () => {
  it("trusts nobody by default, everybody with true, the nearest hops with a count", () => {
    for (const value of [undefined, "", "false", "0"]) expect(parseTrustProxy(value)("127.0.0.1", 0)).toBe(false)
    expect(parseTrustProxy("true")("198.51.100.7", 5)).toBe(true)
    const two = parseTrustProxy("2")
    expect([two("x", 0), two("x", 1), two("x", 2)]).toEqual([true, true, false])
  })

  it("reads names, addresses and subnets, IPv4 and IPv6, and refuses anything else", () => {
    const trust = parseTrustProxy("loopback, uniquelocal 203.0.113.5,2001:db8::/32")
    for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "10.1.2.3", "172.20.0.4", "192.168.1.1", "fd00::1", "203.0.113.5", "2001:db8:1::9"]) {
      expect(trust(address, 0), address).toBe(true)
    }
    for (const address of ["203.0.113.6", "172.32.0.1", "2001:db9::1", "not-an-address"]) expect(trust(address, 0), address).toBe(false)
    expect(() => parseTrustProxy("loopback, nearby")).toThrow(/nearby/)
    expect(() => parseTrustProxy("10.0.0.0/40")).toThrow(/10.0.0.0\/40/)
  })

  it("finds the client as Express does: back through X-Forwarded-For while the hop is trusted", () => {
    const trust = parseTrustProxy("loopback, uniquelocal")
    // Nobody in between: the peer, whatever the request claims.
    expect(clientAddress(facts("198.51.100.7", { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9" }), trust)).toBe("198.51.100.7")
    expect(clientAddress(facts("198.51.100.7", { "x-forwarded-for": "203.0.113.9" }), parseTrustProxy(undefined))).toBe("198.51.100.7")
    // Behind a trusted proxy: the first untrusted hop from the right, never what the client wrote before it.
    expect(clientAddress(facts("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.9" }), trust)).toBe("198.51.100.7")
    expect(clientAddress(facts("10.0.0.2", { "x-real-ip": "198.51.100.8" }), trust)).toBe("198.51.100.8")
    expect(clientAddress(facts("10.0.0.2"), trust)).toBe("10.0.0.2")
    expect(clientAddress(facts("10.0.0.2", { "x-forwarded-for": "198.51.100.7" }), parseTrustProxy("1"))).toBe("198.51.100.7")
    expect(clientAddress(facts("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.7" }), parseTrustProxy("true"))).toBe("6.6.6.6")
  })

  it("passes the client on as a proxy does: the peer appended to X-Forwarded-For, X-Real-IP replaced", () => {
    const trust = parseTrustProxy(undefined)
    expect(forwardingHeaders(facts("198.51.100.7", { "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.6" }), trust)).toEqual({
      "x-forwarded-for": "6.6.6.6, 198.51.100.7",
      "x-real-ip": "198.51.100.7",
    })
    expect(forwardingHeaders(facts("198.51.100.7"), trust)).toEqual({ "x-forwarded-for": "198.51.100.7", "x-real-ip": "198.51.100.7" })
    expect(forwardingHeaders(facts("10.0.0.2", { "x-forwarded-for": "198.51.100.7" }), parseTrustProxy("uniquelocal"))).toEqual({
      "x-forwarded-for": "198.51.100.7, 10.0.0.2",
      "x-real-ip": "198.51.100.7",
    })
  })

  it("takes HTTPS from TLS, or from X-Forwarded-Proto of a trusted proxy only", () => {
    const trust = parseTrustProxy("loopback")
    expect(arrivedOverHttps(facts("198.51.100.7", {}, true), trust)).toBe(true)
    expect(arrivedOverHttps(facts("127.0.0.1", { "x-forwarded-proto": "https" }), trust)).toBe(true)
    expect(arrivedOverHttps(facts("127.0.0.1", { "x-forwarded-proto": "HTTPS, http" }), trust)).toBe(true)
    expect(arrivedOverHttps(facts("127.0.0.1", { "x-forwarded-proto": "http" }), trust)).toBe(false)
    expect(arrivedOverHttps(facts("198.51.100.7", { "x-forwarded-proto": "https" }), trust)).toBe(false)
    expect(arrivedOverHttps(facts("127.0.0.1", { "x-forwarded-proto": "https" }), parseTrustProxy(undefined))).toBe(false)
  })
})

describe("the Content-Security-Policy", () => {
  const base = securityOptionsFromEnv({ MEDUSA_BACKEND_URL: "http://localhost:9000/" })

  it("allows this origin, Next's inline scripts and styles, the backend's images and data, the map tiles", () => {
    const csp = directives(contentSecurityPolicy(base))
    expect(csp["default-src"]).toEqual(["'self'"])
    expect(csp["script-src"]).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"])
    expect(csp["img-src"]).toEqual([
      "'self'",
      "data:",
      "blob:",
      "http://localhost:9000",
      // A local backend: stored file URLs may name another local port than the one it runs on now.
      "http://localhost:*",
      "http://127.0.0.1:*",
      "https://tile.openstreetmap.org",
    ])
    expect(csp["connect-src"]).toEqual(["'self'", "http://localhost:9000"])
    expect(csp["font-src"]).toEqual(["'self'", "data:"])
  })

  it("forbids framing, plugins, <base> rewriting and frames, and lets forms reach only this origin and VNPay", () => {
    const csp = directives(contentSecurityPolicy(base))
    expect(csp["frame-ancestors"]).toEqual(["'none'"])
    expect(csp["object-src"]).toEqual(["'none'"])
    expect(csp["base-uri"]).toEqual(["'self'"])
    expect(csp["frame-src"]).toEqual(["'none'"])
    expect(csp["form-action"]).toEqual(["'self'", "https://sandbox.vnpayment.vn", "https://pay.vnpay.vn"])
    expect(contentSecurityPolicy(base)).not.toContain("unsafe-eval")
  })

  it("adds Stripe's script, frames and API only when Stripe is configured, eval only in development", () => {
    const stripe = directives(contentSecurityPolicy(securityOptionsFromEnv({ NEXT_PUBLIC_STRIPE_KEY: "pk_test_x" })))
    expect(stripe["script-src"]).toContain("https://js.stripe.com")
    expect(stripe["frame-src"]).toEqual(["https://js.stripe.com", "https://hooks.stripe.com"])
    expect(stripe["connect-src"]).toContain("https://api.stripe.com")
    expect(directives(contentSecurityPolicy({ ...base, dev: true }))["script-src"]).toContain("'unsafe-eval'")
  })

  it("adds image origins and a VNPay page from the environment, and ignores what is not an http(s) URL", () => {
    const csp = directives(
      contentSecurityPolicy(
        securityOptionsFromEnv({
          MEDUSA_BACKEND_URL: "http://server-1:9000",
          CSP_IMG_SRC: "https://api.cholangnghe.vn/static, https://cdn.example.vn javascript:alert(1) nonsense",
          VNPAY_PAYMENT_URL: "https://vnpay.example.vn/paymentv2/vpcpay.html",
        })
      )
    )
    expect(csp["img-src"]).toEqual([
      "'self'",
      "data:",
      "blob:",
      "http://server-1:9000",
      "https://api.cholangnghe.vn",
      "https://cdn.example.vn",
      "https://tile.openstreetmap.org",
    ])
    expect(csp["form-action"]).toContain("https://vnpay.example.vn")
  })
})

describe("securityHeaders", () => {
  it("sends nosniff, the referrer policy, the frame refusal, the permissions and HSTS over HTTPS only", () => {
    const plain = securityHeaders({ https: false })
    expect(plain).toMatchObject({
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    })
    expect(plain["strict-transport-security"]).toBeUndefined()
    expect(securityHeaders({ https: true })["strict-transport-security"]).toBe(HSTS)
  })

  it("lets the producer panel use the camera and nobody ask for the position", () => {
    const policy = permissionsPolicy()
    expect(policy).toContain("camera=(self)")
    expect(policy).toContain("geolocation=()")
    expect(policy).toContain("microphone=()")
  })
})

describe("enforceSecurityHeaders", () => {
  /** A real server whose handler answers with `answer`; returns the headers the client got. */
  async function served(answer: (res: http.ServerResponse) => void, headers: Record<string, string>) {
    const server = http.createServer((_req, res) => {
      enforceSecurityHeaders(res, headers)
      answer(res)
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    try {
      const { port } = server.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/`)
      await response.text()
      return response.headers
    } finally {
      server.close()
    }
  }

  const ours = securityHeaders({ https: false })

  it("puts the headers on implicit answers and on writeHead with an object or raw headers", async () => {
    const answers: Array<(res: http.ServerResponse) => void> = [
      (res) => res.end("implicit"),
      (res) => res.writeHead(200, { "content-type": "text/plain" }).end("object"),
      (res) => res.writeHead(503, "Unavailable", ["content-type", "text/plain", "X-Frame-Options", "SAMEORIGIN"]).end("raw"),
    ]
    for (const answer of answers) {
      const headers = await served(answer, ours)
      expect(headers.get("x-frame-options")).toBe("DENY")
      expect(headers.get("content-security-policy")).toBe(ours["content-security-policy"])
      expect(headers.get("x-content-type-options")).toBe("nosniff")
    }
  })

  it("replaces what a kept page carried under the same names, HSTS included when this request is not HTTPS", async () => {
    const kept = { "content-type": "text/html", "Strict-Transport-Security": HSTS, "X-Frame-Options": "SAMEORIGIN", "content-security-policy": "default-src *" }
    const headers = await served((res) => {
      res.setHeader("permissions-policy", "camera=*")
      res.writeHead(200, { ...kept }).end("<p>kept</p>")
    }, ours)
    expect(headers.get("strict-transport-security")).toBeNull()
    expect(headers.get("x-frame-options")).toBe("DENY")
    expect(headers.get("content-security-policy")).toBe(ours["content-security-policy"])
    expect(headers.get("permissions-policy")).toBe(ours["permissions-policy"])
    expect(headers.get("content-type")).toBe("text/html")
  })
})
