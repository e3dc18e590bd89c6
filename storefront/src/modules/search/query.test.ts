import { describe, expect, it } from "vitest"
import { hasFilters, parseSearchState, searchHref, searchQueryString, toApiQuery, withFilters } from "./query"

describe("parseSearchState", () => {
  it("reads the text and every filter", () => {
    expect(
      parseSearchState({
        q: "  chè   shan tuyết ",
        craft: "tea",
        village: "lang-che-shan-tuyet-hong-thai",
        province: "Tuyên Quang",
        min_stars: "4",
        mark: "chi-dan-dia-ly-che-shan-tuyet-na-hang",
        price_min: "200000",
        price_max: "499999",
        page: "2",
      })
    ).toEqual({
      q: "chè shan tuyết",
      craft: "tea",
      village: "lang-che-shan-tuyet-hong-thai",
      province: "Tuyên Quang",
      min_stars: 4,
      mark: "chi-dan-dia-ly-che-shan-tuyet-na-hang",
      price_min: 200000,
      price_max: 499999,
      page: 2,
    })
  })

  it("drops what cannot be right instead of failing", () => {
    expect(
      parseSearchState({
        q: "   ",
        craft: "Tea Leaves",
        village: "<script>",
        min_stars: "9",
        price_min: "-5",
        price_max: "abc",
        page: "0",
      })
    ).toEqual({ page: 1 })
    expect(parseSearchState({ q: "!!!" }).q).toBeUndefined()
    expect(parseSearchState({ price_min: "500", price_max: "100" })).toMatchObject({ price_min: undefined, price_max: undefined })
    expect(parseSearchState({ page: "201" }).page).toBe(1)
  })

  it("takes the first of repeated parameters and caps the text at 200 characters", () => {
    expect(parseSearchState({ craft: ["tea", "honey"] }).craft).toBe("tea")
    expect(parseSearchState({ q: "a".repeat(1000) }).q).toHaveLength(200)
  })
})

describe("search links", () => {
  it("writes the query in a fixed order, without page 1 or empty values", () => {
    expect(searchQueryString({ page: 1 })).toBe("")
    expect(searchHref({ q: "thổ cẩm", province: "Tuyên Quang", craft: "brocade", page: 3 })).toBe(
      "/search?q=th%E1%BB%95+c%E1%BA%A9m&craft=brocade&province=Tuy%C3%AAn+Quang&page=3"
    )
  })

  it("goes back to page 1 when a filter changes and keeps the others", () => {
    const state = parseSearchState({ q: "che", craft: "tea", page: "4" })
    expect(withFilters(state, { province: "Tuyên Quang" })).toMatchObject({ q: "che", craft: "tea", province: "Tuyên Quang", page: 1 })
    expect(withFilters(state, { craft: undefined }).craft).toBeUndefined()
    expect(hasFilters(state)).toBe(true)
    expect(hasFilters(parseSearchState({ q: "che" }))).toBe(false)
  })

  it("round-trips through the URL", () => {
    const state = parseSearchState({ q: "mật ong", min_stars: "3", price_max: "199999", page: "2" })
    const back = parseSearchState(Object.fromEntries(new URLSearchParams(searchQueryString(state))))
    expect(back).toEqual(state)
  })

  it("builds the API query with the page size", () => {
    expect(toApiQuery(parseSearchState({ q: "che", mark: "gi-na-hang" }), 12)).toEqual({ page: "1", limit: "12", q: "che", mark: "gi-na-hang" })
  })
})
