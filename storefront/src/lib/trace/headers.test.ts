import { describe, expect, it } from "vitest"
import { CORS_HEADERS, forwardedHeaders, publicOrigin, resolverHeaders } from "./headers"

describe("forwardedHeaders", () => {
  it("passes on the client's address, browser and coarse place, and nothing else", () => {
    const request = new Headers({
      "x-forwarded-for": "203.0.113.7, 10.0.0.1",
      "user-agent": "Mozilla/5.0 (iPhone)",
      "cf-ipcountry": "VN",
      "x-vercel-ip-city": "Tuy%C3%AAn%20Quang",
      "x-geo-place": "VN-08;Tuyên Quang",
      cookie: "secret=1",
      authorization: "Bearer x",
    })
    expect(forwardedHeaders((name) => request.get(name))).toEqual({
      "x-forwarded-for": "203.0.113.7, 10.0.0.1",
      "user-agent": "Mozilla/5.0 (iPhone)",
      "cf-ipcountry": "VN",
      "x-vercel-ip-city": "Tuy%C3%AAn%20Quang",
      "x-geo-place": "VN-08;Tuyên Quang",
    })
  })
  it("cuts absurdly long values", () => {
    const out = forwardedHeaders((name) => (name === "user-agent" ? "x".repeat(5000) : null))
    expect(out["user-agent"]).toHaveLength(512)
  })
})

describe("resolverHeaders", () => {
  it("carries CORS and the Link to the linkset", () => {
    const headers = resolverHeaders("https://shop.example/01/08930000000019?linkType=linkset", { location: "https://shop.example/vi/trace/X" })
    expect(headers.get("access-control-allow-origin")).toBe("*")
    expect(headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS")
    expect(headers.get("access-control-expose-headers")).toBe("Link, Location")
    expect(headers.get("link")).toBe('<https://shop.example/01/08930000000019?linkType=linkset>; rel="linkset"; type="application/linkset+json"')
    expect(headers.get("location")).toBe("https://shop.example/vi/trace/X")
    expect(headers.get("cache-control")).toBe("no-store")
  })
  it("has no Link when the path is not an identifier", () => {
    const headers = resolverHeaders(null)
    expect(headers.get("link")).toBeNull()
    for (const [name, value] of Object.entries(CORS_HEADERS)) expect(headers.get(name)).toBe(value)
  })
})

describe("publicOrigin", () => {
  it("prefers STOREFRONT_URL's origin and falls back to the request's", () => {
    expect(publicOrigin("https://cholangnghe.vn/", "http://10.0.0.5:8000/01/x")).toBe("https://cholangnghe.vn")
    expect(publicOrigin(undefined, "http://localhost:8100/t/ABC")).toBe("http://localhost:8100")
    expect(publicOrigin("not a url", "http://localhost:8100/t/ABC")).toBe("http://localhost:8100")
  })
})
