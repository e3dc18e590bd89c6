import { describe, expect, it } from "vitest"
import { localeAlternates } from "./alternates"

describe("localeAlternates", () => {
  it("links the page in every language, Vietnamese as default", () => {
    expect(localeAlternates(["vi", "en"], "en", "/products?craft=tea")).toEqual({
      canonical: "/en/products?craft=tea",
      languages: { vi: "/vi/products?craft=tea", en: "/en/products?craft=tea", "x-default": "/vi/products?craft=tea" },
    })
  })

  it("handles the home page", () => {
    expect(localeAlternates(["vi", "en"], "vi", "/").canonical).toBe("/vi")
    expect(localeAlternates(["vi", "en"], "vi", "").languages.en).toBe("/en")
  })
})
