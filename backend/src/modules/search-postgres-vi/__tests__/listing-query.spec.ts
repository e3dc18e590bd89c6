import { describe, expect, it } from "vitest"
import { listingQuery, listingSql, pgArray } from "../listing"

// Which searches the listing copy takes (the rest go the slim copy's or the built-in
// way), and the statement it runs. That its answers equal the built-in provider's is
// checked on a real PostgreSQL in slim.spec.ts.

const listing = { status: "published", sales_channel_ids: { $overlaps: ["sc_1"] } }

describe("listingQuery", () => {
  it("takes a listing: no text, no facets, filters on the copy's columns, ordered by id or not at all", () => {
    expect(listingQuery({ filters: listing })).toEqual({
      where: [`"status" = ?`, `"sales_channel_ids" && ?::text[]`],
      params: ["published", '{"sc_1"}'],
      direction: "ASC",
    })
    const narrowed = listingQuery({
      filters: { ...listing, craft: "tea", stars: { $gte: 4 }, marks: { $overlaps: ["che-shan-tuyet"] } },
      pagination: { order: { id: "DESC" } },
      search_options: { count: "exact" },
    })
    expect(narrowed?.direction).toBe("DESC")
    expect(narrowed?.where).toEqual([
      `"status" = ?`,
      `"sales_channel_ids" && ?::text[]`,
      `"craft" = ?`,
      `"stars" >= ?`,
      `"marks" && ?::text[]`,
    ])
    expect(narrowed?.params).toEqual(["published", '{"sc_1"}', "tea", 4, '{"che-shan-tuyet"}'])
    expect(listingQuery({ filters: { stars: { $in: [4, 5] } } })).toMatchObject({ where: [`"stars" = ANY(?::integer[])`], params: ["{4,5}"] })
    // Quotes and backslashes in a value stay inside its element.
    expect(pgArray(['a"b', "c\\d", "e,f"])).toBe('{"a\\"b","c\\\\d","e,f"}')
  })

  it("leaves every other search to the slim copy or the built-in provider", () => {
    const refused = [
      { q: "che", filters: listing },
      { filters: listing, search_options: { facets: [{ field: "craft", type: "value" }] } },
      { filters: listing, pagination: { order: { price: "ASC" } } },
      { filters: listing, pagination: { order: { id: "DESC", price: "ASC" } } },
      { filters: { ...listing, price: { $lte: 100 } } },
      { filters: { ...listing, village: "lang-che" } },
      { filters: { ...listing, craft: { $nin: ["tea"] } } },
      { filters: { ...listing, stars: "4" } },
      { filters: { ...listing, marks: ["a"] } },
      { filters: { $or: [{ craft: "tea" }, { craft: "honey" }] } },
      { filters: listing, search_options: { min_score: 0.5 } },
      { filters: listing, pagination: { cursor: "abc" } },
    ]
    for (const input of refused) expect({ input, answer: listingQuery(input as any) }).toEqual({ input, answer: null })
  })
})

describe("listingSql", () => {
  it("counts and pages in one statement, binding the filters once for each", () => {
    const query = listingQuery({ filters: { ...listing, craft: "tea" }, pagination: { order: { id: "DESC" } } })!
    const { sql, params } = listingSql("search_pg_product_v2", query, { skip: 24, take: 12, count: true }, ["id", "title"])
    expect(sql).toContain(`FROM "search_pg_product_v2_listing" WHERE "status" = ? AND`)
    expect(sql).toContain(`ORDER BY "id" DESC LIMIT ? OFFSET ?`)
    expect(sql.split("?").length - 1).toBe(params.length)
    expect(params).toEqual(["published", '{"sc_1"}', "tea", '{"id","title"}', "published", '{"sc_1"}', "tea", 12, 24])
    const uncounted = listingSql("t", query, { skip: 0, take: 12, count: false })
    expect(uncounted.sql).toContain("NULL::int AS count")
    expect(uncounted.params).toEqual(["published", '{"sc_1"}', "tea", 12, 0])
  })
})
