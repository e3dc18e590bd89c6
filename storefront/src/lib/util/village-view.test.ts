import { describe, expect, it } from "vitest"
import { craftHandle, craftKey, ethnicGroupName, initials, localized, mapMarkers, orderByIds, paragraphs } from "./village-view"

describe("localized", () => {
  it("uses English on English pages and Vietnamese otherwise", () => {
    expect(localized("en", "Làng chè", "Tea village")).toBe("Tea village")
    expect(localized("vi", "Làng chè", "Tea village")).toBe("Làng chè")
  })

  it("falls back to Vietnamese when there is no English", () => {
    expect(localized("en", "Làng chè", null)).toBe("Làng chè")
    expect(localized("en", "Làng chè", "  ")).toBe("Làng chè")
    expect(localized("en", null, null)).toBeNull()
  })
})

describe("craft keys and category handles", () => {
  it("convert both ways", () => {
    expect(craftHandle("hemp_linen")).toBe("hemp-linen")
    expect(craftHandle("tea")).toBe("tea")
    expect(craftKey("bamboo-rattan")).toBe("bamboo_rattan")
    expect(craftKey(craftHandle("bamboo_rattan"))).toBe("bamboo_rattan")
  })
})

describe("paragraphs", () => {
  it("splits at blank lines and drops empty ones", () => {
    expect(paragraphs("Một.\n\nHai.\n  \nBa.")).toEqual(["Một.", "Hai.", "Ba."])
    expect(paragraphs(null)).toEqual([])
    expect(paragraphs("  ")).toEqual([])
  })
})

describe("mapMarkers", () => {
  const describeVillage = (v: { handle: string }) => ({ name: v.handle, href: `/vi/villages/${v.handle}` })

  it("places villages with coordinates and leaves the others out", () => {
    const markers = mapMarkers(
      [
        { handle: "a", lat: 22.4, lng: 105.4 },
        { handle: "b", lat: null, lng: 105 },
        { handle: "c", lat: 95, lng: 105 },
      ],
      describeVillage
    )
    expect(markers).toEqual([{ handle: "a", lat: 22.4, lng: 105.4, name: "a", href: "/vi/villages/a" }])
  })
})

describe("orderByIds", () => {
  it("keeps the given order and drops missing items", () => {
    const items = [{ id: "b" }, { id: "a" }]
    expect(orderByIds(items, ["a", "x", "b"])).toEqual([{ id: "a" }, { id: "b" }])
  })
})

describe("initials", () => {
  it("takes the last two words of a Vietnamese name", () => {
    expect(initials("Hoàng Thị Liên")).toBe("TL")
    expect(initials("Giàng Thị Súa")).toBe("TS")
    expect(initials("đạt")).toBe("Đ")
  })
})

describe("ethnicGroupName", () => {
  it("keeps Vietnamese names on Vietnamese pages and uses the English name on English pages", () => {
    expect(ethnicGroupName("vi", "Mông")).toBe("Mông")
    expect(ethnicGroupName("en", "Mông")).toBe("Hmong")
    expect(ethnicGroupName("en", "Tày")).toBe("Tày")
  })
})
