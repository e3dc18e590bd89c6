import { primaryKeyIds, toMeilisearchFilter } from "../filters"
import { meilisearchSettings } from "../service"

// What the Meilisearch provider sends, checked without a server (none can be installed
// on the project's machines; the HTTP contract runs against one when MEILISEARCH_HOST is set).
describe("toMeilisearchFilter", () => {
  it("compiles the search route's filters", () => {
    expect(
      toMeilisearchFilter({
        status: "published",
        sales_channel_ids: { $overlaps: ["sc_1", "sc_2"] },
        craft: "tea",
        province: 'Tuyên "Quang"',
        marks: { $overlaps: ["gi-na-hang"] },
        stars: { $gte: 4 },
        price: { $gte: 200000, $lte: 499999 },
        q: "ignored here",
      })
    ).toBe(
      '(status = "published" AND sales_channel_ids IN ["sc_1", "sc_2"] AND craft = "tea" AND province = "Tuyên \\"Quang\\"" AND marks IN ["gi-na-hang"] AND stars >= 4 AND price >= 200000 AND price <= 499999)'
    )
  })

  it("handles logic, lists, existence and refuses what Meilisearch cannot do", () => {
    expect(toMeilisearchFilter({ $or: [{ craft: "tea" }, { craft: ["honey", "fruit"] }] })).toBe('(craft = "tea" OR craft IN ["honey", "fruit"])')
    expect(toMeilisearchFilter({ $not: { in_stock: false } })).toBe("NOT (in_stock = false)")
    expect(toMeilisearchFilter({ stars: { $exists: true }, village: { $nin: ["a"] } })).toBe('(stars EXISTS AND village NOT IN ["a"])')
    expect(toMeilisearchFilter({})).toBe("")
    expect(() => toMeilisearchFilter({ title: { $like: "chè" } })).toThrow(/cannot filter with \$like/)
    expect(() => toMeilisearchFilter({ "bad field; DROP": "x" })).toThrow(/Invalid filter field/)
  })

  it("recognises a delete by id", () => {
    expect(primaryKeyIds({ id: ["p1", "p2"] }, "id")).toEqual(["p1", "p2"])
    expect(primaryKeyIds({ id: "p1" }, "id")).toEqual(["p1"])
    expect(primaryKeyIds({ id: ["p1"], craft: "tea" }, "id")).toBeNull()
  })
})

describe("meilisearchSettings", () => {
  it("orders searchable attributes by weight, title first, and enables typo tolerance", () => {
    // The product index's shape (src/search/product.ts), written out: importing the
    // definition registers it with Medusa, which needs a running app.
    const fields: Record<string, any> = {
      id: { type: "keyword", filterable: true },
      description: { type: "text", searchable: { weight: 1.2 }, retrievable: false },
      title: { type: "text", searchable: { weight: 3 } },
      title_folded: { type: "text", searchable: { weight: 3 }, retrievable: false },
      village_name: { type: "text", searchable: { weight: 2 } },
      craft: { type: "keyword", filterable: true, facetable: true },
      village: { type: "keyword", filterable: true, facetable: true },
      province: { type: "keyword", searchable: { weight: 1.5 }, filterable: true, facetable: true },
      stars: { type: "integer", filterable: true, sortable: true, facetable: true },
      marks: { type: "keyword", array: true, filterable: true, facetable: true },
      price: { type: "float", filterable: true, sortable: true, facetable: true },
      status: { type: "keyword", filterable: true, retrievable: false },
      sales_channel_ids: { type: "keyword", array: true, filterable: true, retrievable: false },
    }
    const settings = meilisearchSettings({ name: "product", entity: "product", fields, primary_key: "id", provider: "search-meilisearch", settings: {}, definition_hash: "x", physical_name: "product_1" } as any)
    expect(settings.searchableAttributes?.slice(0, 2)).toEqual(["title", "title_folded"])
    expect(settings.searchableAttributes).toContain("description")
    expect(settings.searchableAttributes!.indexOf("description")).toBeGreaterThan(settings.searchableAttributes!.indexOf("village_name"))
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["craft", "village", "province", "stars", "marks", "price", "status", "sales_channel_ids"]))
    expect(settings.displayedAttributes).not.toContain("sales_channel_ids")
    expect(settings.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 4 } })
  })
})
