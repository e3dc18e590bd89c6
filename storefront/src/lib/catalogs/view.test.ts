import { describe, expect, it } from "vitest"
import type { StoreCatalog } from "./types"
import { catalogLastDay, catalogText, storyParagraphs } from "./view"

const catalog: StoreCatalog = {
  id: "fcat_1",
  handle: "qua-tet-2027",
  title: "Quà Tết 2027",
  title_en: null,
  story: "Đoạn một.\n\nĐoạn hai,\nvẫn đoạn hai.\n\n   \n",
  story_en: "Tết gifts from Tuyên Quang.",
  hero_image_url: null,
  starts_at: null,
  ends_at: "2027-02-28T17:00:00.000Z",
  products: [],
}

describe("catalog view", () => {
  it("falls back to Vietnamese where English is missing", () => {
    expect(catalogText(catalog, "en")).toEqual({ title: "Quà Tết 2027", story: "Tết gifts from Tuyên Quang." })
    expect(catalogText(catalog, "vi").title).toBe("Quà Tết 2027")
  })

  it("splits the story into paragraphs on blank lines only", () => {
    expect(storyParagraphs(catalog.story)).toEqual(["Đoạn một.", "Đoạn hai,\nvẫn đoạn hai."])
    expect(storyParagraphs(null)).toEqual([])
  })

  it("gives the last day on show in Vietnam's time", () => {
    // It stops at 17:00 UTC on 28 Feb, midnight on 1 March in Vietnam: 28 February is its last day.
    expect(catalogLastDay(catalog, "vi")).toBe("28 tháng 2, 2027")
    expect(catalogLastDay({ ...catalog, ends_at: null }, "en")).toBeNull()
  })
})
