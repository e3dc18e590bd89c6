import { describe, expect, it } from "vitest"
import { escapeHtml, resolverErrorPage } from "./error-page"

describe("resolverErrorPage", () => {
  it("speaks the visitor's language first, then the other", () => {
    const vi = resolverErrorPage({ status: 400, kind: "invalid", locale: "vi" })
    expect(vi).toContain('<html lang="vi">')
    expect(vi.indexOf("Đường dẫn truy xuất không hợp lệ")).toBeLessThan(vi.indexOf("This trace link is not valid"))
    const en = resolverErrorPage({ status: 400, kind: "invalid", locale: "en" })
    expect(en).toContain('<html lang="en">')
    expect(en.indexOf("This trace link is not valid")).toBeLessThan(en.indexOf("Đường dẫn truy xuất không hợp lệ"))
  })
  it("warns about counterfeits for an unknown code", () => {
    const html = resolverErrorPage({ status: 404, kind: "unknown", locale: "vi" })
    expect(html).toContain("có thể là hàng giả")
    expect(html).toContain("it may be counterfeit")
    expect(html).toContain(">404<")
  })
  it("escapes what came from the request", () => {
    const html = resolverErrorPage({ status: 400, kind: "invalid", locale: "vi", detail: '<script>alert("x")</script>' })
    expect(html).not.toContain("<script>")
    expect(html).toContain("&#60;script&#62;")
  })
  it("names the missing link type and offers the trace page in each language", () => {
    const html = resolverErrorPage({ status: 404, kind: "noLink", locale: "en", linkType: "gs1:certificationInfo", traceCode: "ABCDEFGHJK23" })
    expect(html).toContain("(gs1:certificationInfo)")
    expect(html).toContain('href="/en/trace/ABCDEFGHJK23"')
    expect(html).toContain('href="/vi/trace/ABCDEFGHJK23"')
  })
})

describe("escapeHtml", () => {
  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;")
  })
})
