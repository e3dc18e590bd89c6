import { describe, expect, it } from "vitest"
import { acceptedLanguages, cookieValue, pickTraceLocale } from "./locale"

const LOCALES = ["vi", "en"] as const
const pick = (cookie: string | null, acceptLanguage: string | null) => pickTraceLocale({ cookie, acceptLanguage }, LOCALES, "vi")

describe("cookieValue", () => {
  it("finds one cookie among several and decodes it", () => {
    expect(cookieValue("a=1; NEXT_LOCALE=en; b=2", "NEXT_LOCALE")).toBe("en")
    expect(cookieValue("x=%C3%A1", "x")).toBe("á")
  })
  it("does not match a cookie whose name only ends with the name", () => {
    expect(cookieValue("MY_NEXT_LOCALE=en", "NEXT_LOCALE")).toBeNull()
  })
  it("keeps a value that is not valid percent-encoding", () => {
    expect(cookieValue("x=%E0%A4%A", "x")).toBe("%E0%A4%A")
  })
  it("answers null without a header", () => {
    expect(cookieValue(null, "x")).toBeNull()
  })
})

describe("acceptedLanguages", () => {
  it("orders by quality and keeps the order of equals", () => {
    expect(acceptedLanguages("fr;q=0.5, en-US, vi;q=0.9, de")).toEqual(["en-us", "de", "vi", "fr"])
  })
  it("drops q=0 and malformed qualities", () => {
    expect(acceptedLanguages("en;q=0, vi;q=abc, fr")).toEqual(["fr"])
  })
})

describe("pickTraceLocale", () => {
  it("opens Vietnamese for a Vietnamese phone", () => {
    expect(pick(null, "vi-VN,vi;q=0.9,en-US;q=0.8")).toBe("vi")
  })
  it("opens English for an English browser", () => {
    expect(pick(null, "en-GB,en;q=0.9")).toBe("en")
  })
  it("takes the best language we have, not just the first", () => {
    expect(pick(null, "fr-FR, de;q=0.9, en;q=0.5")).toBe("en")
  })
  it("prefers the language chosen on the site (cookie) over the browser's", () => {
    expect(pick("NEXT_LOCALE=en", "vi-VN")).toBe("en")
    expect(pick("NEXT_LOCALE=vi", "en")).toBe("vi")
  })
  it("ignores a cookie with a language we do not have", () => {
    expect(pick("NEXT_LOCALE=fr", "en")).toBe("en")
  })
  it("falls back to Vietnamese", () => {
    expect(pick(null, null)).toBe("vi")
    expect(pick(null, "ja, zh;q=0.8")).toBe("vi")
    expect(pick(null, "*")).toBe("vi")
    expect(pick(null, ";;;,,q=")).toBe("vi")
  })
})
