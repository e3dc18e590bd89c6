import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { checkCatalogProducts, checkCatalogSchedule, isCatalogLive, moveEntry } from "./catalogs"

const day = (d: string) => new Date(`${d}T00:00:00+07:00`)

describe("catalog schedule", () => {
  it("refuses an end on or before the start and accepts open ends", () => {
    expect(checkCatalogSchedule({ starts_at: day("2026-12-10"), ends_at: day("2026-12-01") })).toBe("ends_before_start")
    expect(checkCatalogSchedule({ starts_at: day("2026-12-10"), ends_at: day("2026-12-10") })).toBe("ends_before_start")
    expect(checkCatalogSchedule({ starts_at: day("2026-12-01"), ends_at: day("2026-12-10") })).toBeNull()
    expect(checkCatalogSchedule({ starts_at: null, ends_at: day("2026-12-10") })).toBeNull()
    expect(checkCatalogSchedule({ starts_at: day("2026-12-10"), ends_at: null })).toBeNull()
  })

  it("shows a published catalog only inside its window", () => {
    const catalog = { status: "published", starts_at: day("2026-12-01"), ends_at: day("2027-01-01") }
    expect(isCatalogLive(catalog, day("2026-11-30"))).toBe(false)
    expect(isCatalogLive(catalog, day("2026-12-01"))).toBe(true)
    expect(isCatalogLive(catalog, day("2027-01-01"))).toBe(false)
    expect(isCatalogLive({ ...catalog, status: "draft" }, day("2026-12-15"))).toBe(false)
    expect(isCatalogLive({ status: "published", starts_at: null, ends_at: null }, new Date())).toBe(true)
  })
})

describe("checkCatalogProducts", () => {
  it("names each product buyers could not open, and duplicates", () => {
    const found = [
      { id: "a", status: "published", deleted_at: null },
      { id: "b", status: "draft", deleted_at: null },
      { id: "c", status: "published", deleted_at: "2026-11-01T00:00:00Z" },
    ]
    expect(checkCatalogProducts(["a", "b", "c", "d", "a"], found)).toEqual([
      { product_id: "b", problem: "not_published" },
      { product_id: "c", problem: "deleted" },
      { product_id: "d", problem: "unknown" },
      { product_id: "a", problem: "duplicate" },
    ])
    expect(checkCatalogProducts(["a"], found)).toEqual([])
  })
})

describe("moveEntry", () => {
  it("keeps every entry once and puts the moved one where asked", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 30 }).chain((list) =>
          fc.tuple(fc.constant(list), fc.nat(list.length - 1), fc.nat(list.length - 1))
        ),
        ([list, from, to]) => {
          const moved = moveEntry(list, from, to)
          expect([...moved].sort()).toEqual([...list].sort())
          expect(moved[to]).toBe(list[from])
          const rest = list.filter((_, i) => i !== from)
          expect(moved.filter((_, i) => i !== to)).toEqual(rest)
        }
      )
    )
  })

  it("refuses positions outside the list", () => {
    expect(() => moveEntry(["a"], 0, 1)).toThrow(RangeError)
    expect(() => moveEntry([], 0, 0)).toThrow(RangeError)
  })
})
