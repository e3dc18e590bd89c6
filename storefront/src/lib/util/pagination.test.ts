import { describe, expect, it } from "vitest"
import { pageCount, pageOffset, pageWindow, parsePage } from "./pagination"

describe("parsePage", () => {
  it("reads a whole page number", () => {
    expect(parsePage("2")).toBe(2)
    expect(parsePage(["3", "4"])).toBe(3)
  })

  it("treats anything else as page 1", () => {
    for (const raw of [undefined, "", "0", "-1", "1.5", "abc", "2e3"]) expect(parsePage(raw)).toBe(1)
  })

  it("caps absurd pages", () => {
    expect(parsePage("999999")).toBe(10_000)
  })
})

describe("pageCount and pageOffset", () => {
  it("has at least one page", () => {
    expect(pageCount(0, 12)).toBe(1)
    expect(pageCount(12, 12)).toBe(1)
    expect(pageCount(13, 12)).toBe(2)
  })

  it("skips the earlier pages", () => {
    expect(pageOffset(1, 12)).toBe(0)
    expect(pageOffset(3, 12)).toBe(24)
  })
})

describe("pageWindow", () => {
  it("lists every page when there are few", () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3])
  })

  it("shows first, last and neighbours with gaps", () => {
    expect(pageWindow(5, 10)).toEqual([1, "gap", 4, 5, 6, "gap", 10])
    expect(pageWindow(1, 10)).toEqual([1, 2, "gap", 10])
  })
})
