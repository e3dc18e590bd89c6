import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { describe, expect, it } from "vitest"
import { indexedTypoMatchSql } from "../service"

/** The built-in provider's keyword match for a query, as it would put it in SQL. */
function builtInMatch(typo: boolean, attributes?: string[]): string {
  const service = new PostgresSearchService({ manager: { execute: async () => [] } } as any, { language: "vietnamese" })
  const fragments = (service as any).keywordFragments({
    query: { q: "shan tuyat", search_options: { typo_tolerance: typo, attributes_to_search_on: attributes }, index: { name: "product", settings: {} } },
    catalog: { table_name: "search_pg_product_v1", plan: { searchable: ["title", "description"], fields: new Map() } },
  })
  return fragments.matchSql([])
}

describe("index-backed typo match", () => {
  it("replaces the built-in whole-table word_similarity comparison with pg_trgm's indexed operator", () => {
    const sql = builtInMatch(true)
    // If Medusa changes its SQL, this fails: the scan would otherwise come back silently.
    expect(sql).toContain(`word_similarity(?, "search_text") > 0.3`)
    const indexed = indexedTypoMatchSql(sql)
    expect(indexed).not.toContain("word_similarity")
    expect(indexed).toContain(`? <% "search_text"`)
    // Same number of placeholders, in the same order: the parameters still line up.
    expect(indexed.split("?").length).toBe(sql.split("?").length)
  })

  it("leaves an exact match and a match over chosen attributes alone", () => {
    const exact = builtInMatch(false)
    expect(indexedTypoMatchSql(exact)).toBe(exact)
    const chosen = builtInMatch(true, ["title"])
    expect(indexedTypoMatchSql(chosen)).toBe(chosen)
  })
})
