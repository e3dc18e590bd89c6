import { NextRequest } from "next/server"
import { describe, expect, it } from "vitest"
import { hasMalformedEncoding, isResolverPath, resolverEncodingGuard } from "./resolver-guard"

describe("isResolverPath", () => {
  it("knows the resolver's two roots and nothing else", () => {
    expect(isResolverPath("/01/08930000000019")).toBe(true)
    expect(isResolverPath("/t/ABCDEFGHJK23")).toBe(true)
    expect(isResolverPath("/01")).toBe(true)
    expect(isResolverPath("/vi/trace/ABC")).toBe(false)
    expect(isResolverPath("/tea")).toBe(false)
    expect(isResolverPath("/012")).toBe(false)
  })
})

describe("hasMalformedEncoding", () => {
  it("finds stray percent signs and bytes that are not UTF-8", () => {
    for (const bad of ["/01/%ZZ", "/01/a%", "/t/%E0%A4%A", "/01/%C0%80", "/01/%FF"]) expect(hasMalformedEncoding(bad), bad).toBe(true)
    for (const good of ["/01/08930000000019/10/A%2FB", "/t/%41BC", "/01/%C3%A1"]) expect(hasMalformedEncoding(good), good).toBe(false)
  })
})

describe("resolverEncodingGuard", () => {
  it("answers 400 with CORS and the bilingual page for a path Next.js could not decode", async () => {
    const response = resolverEncodingGuard(new NextRequest("http://shop.test/01/%ZZ", { headers: { "accept-language": "en" } }))
    expect(response.status).toBe(400)
    expect(response.headers.get("access-control-allow-origin")).toBe("*")
    const html = await response.text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain("Đường dẫn truy xuất không hợp lệ")
  })
  it("lets a well-encoded path through to the route handler", () => {
    const response = resolverEncodingGuard(new NextRequest("http://shop.test/01/08930000000019/10/A%2FB"))
    expect(response.headers.get("x-middleware-next")).toBe("1")
  })
})
