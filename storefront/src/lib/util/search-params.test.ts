import { describe, expect, it } from "vitest"
import { parseCraft, productListQuery } from "./search-params"

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

describe("productListQuery", () => {
  it("leaves out defaults", () => {
    expect(productListQuery({})).toBe("")
    expect(productListQuery({ page: 1 })).toBe("")
  })

  it("keeps the craft filter across pages", () => {
    expect(productListQuery({ craft: "tea", page: 2 })).toBe("?craft=tea&page=2")
  })
})
