import { describe, expect, it } from "vitest"
import { hasCertificateFilter, parseCraft, parseMark, parseMinStars, productListQuery } from "./search-params"

describe("parseCraft", () => {
  it("accepts a category handle", () => {
    expect(parseCraft("tea")).toBe("tea")
    expect(parseCraft(["hemp-linen"])).toBe("hemp-linen")
  })

  it("ignores values that are not handles", () => {
    expect(parseCraft(undefined)).toBeUndefined()
    expect(parseCraft("")).toBeUndefined()
    expect(parseCraft("tea; drop")).toBeUndefined()
  })
})

describe("parseMinStars", () => {
  it("accepts the star floors a certificate can have", () => {
    expect(parseMinStars("3")).toBe(3)
    expect(parseMinStars("4")).toBe(4)
    expect(parseMinStars(["5", "3"])).toBe(5)
    expect(parseMinStars(" 4 ")).toBe(4)
    expect(parseMinStars("4+")).toBe(4)
  })

  it("ignores ratings no certificate has and anything that is not a digit", () => {
    for (const raw of [undefined, "", "0", "1", "2", "6", "9", "10", "04", "4.5", "3,5", "-4", "four", "4++", "4 sao"]) {
      expect(parseMinStars(raw), String(raw)).toBeUndefined()
    }
  })
})

describe("parseMark", () => {
  it("accepts a mark handle, lower-cased", () => {
    expect(parseMark("che-shan-tuyet-na-hang")).toBe("che-shan-tuyet-na-hang")
    expect(parseMark("Cam-Sanh-Ham-Yen")).toBe("cam-sanh-ham-yen")
  })

  it("ignores names and other text", () => {
    expect(parseMark(undefined)).toBeUndefined()
    expect(parseMark("Chè Shan tuyết")).toBeUndefined()
    expect(parseMark("a/../b")).toBeUndefined()
  })
})

describe("productListQuery", () => {
  it("leaves out defaults", () => {
    expect(productListQuery({})).toBe("")
    expect(productListQuery({ page: 1 })).toBe("")
  })

  it("keeps the craft filter across pages", () => {
    expect(productListQuery({ craft: "tea", page: 2 })).toBe("?craft=tea&page=2")
  })

  it("keeps every filter, in a fixed order, and parses back to the same filters", () => {
    const query = productListQuery({ page: 3, mark: "buoi-soi-ha", stars: 4, craft: "produce" })
    expect(query).toBe("?craft=produce&stars=4&mark=buoi-soi-ha&page=3")
    const params = new URLSearchParams(query)
    expect(parseCraft(params.get("craft") ?? undefined)).toBe("produce")
    expect(parseMinStars(params.get("stars") ?? undefined)).toBe(4)
    expect(parseMark(params.get("mark") ?? undefined)).toBe("buoi-soi-ha")
  })
})

describe("hasCertificateFilter", () => {
  it("is true for stars or a mark only", () => {
    expect(hasCertificateFilter({})).toBe(false)
    expect(hasCertificateFilter({ stars: 3 })).toBe(true)
    expect(hasCertificateFilter({ mark: "cam-sanh-ham-yen" })).toBe(true)
  })
})
