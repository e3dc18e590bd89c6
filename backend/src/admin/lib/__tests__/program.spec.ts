import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { monthlySeries, monthsOf, perMonth, type SalesPoint } from "../program"

type Point = SalesPoint & { village: string }

const YEAR = 2026
const point = fc.record({
  month: fc.constantFrom(...monthsOf(YEAR)),
  currency_code: fc.constantFrom("vnd", "usd"),
  quantity: fc.integer({ min: 1, max: 50 }),
  revenue: fc.integer({ min: 0, max: 5_000_000 }),
  village: fc.constantFrom("lang-a", "lang-b", "lang-c", "lang-d", "lang-e", "lang-f", "lang-g"),
})

describe("monthlySeries (the admin's sales chart by craft, village or stars)", () => {
  it("keeps the whole month: the series of one currency add up to that currency's monthly revenue", () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 80 }), fc.integer({ min: 1, max: 8 }), (points: Point[], top) => {
        const series = monthlySeries(YEAR, points, "vnd", (p) => p.village, top)
        const whole = perMonth(YEAR, points.filter((p) => p.currency_code === "vnd"), (p) => p.revenue)
        const summed = monthsOf(YEAR).map((_, i) => series.reduce((sum, s) => sum + s.values[i], 0))
        expect(summed).toEqual(whole)
        for (const s of series) expect(s.total).toBe(s.values.reduce((a, b) => a + b, 0))
      })
    )
  })

  it("shows the top keys by yearly revenue, largest first, and folds the rest into one series at the end", () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 80 }), fc.integer({ min: 1, max: 8 }), (points: Point[], top) => {
        const series = monthlySeries(YEAR, points, "vnd", (p) => p.village, top)
        const named = series.filter((s) => !s.rest)
        const keys = new Set(points.filter((p) => p.currency_code === "vnd").map((p) => p.village))
        expect(named.length).toBe(Math.min(top, keys.size))
        expect(series.filter((s) => s.rest).length).toBe(keys.size > top ? 1 : 0)
        if (series.some((s) => s.rest)) expect(series[series.length - 1].rest).toBe(true)
        for (let i = 1; i < named.length; i++) expect(named[i - 1].total).toBeGreaterThanOrEqual(named[i].total)
        // No key left out of the top is bigger than one kept.
        const smallestKept = Math.min(...named.map((s) => s.total))
        for (const k of keys) {
          if (named.some((s) => s.key === k)) continue
          const total = points.filter((p) => p.currency_code === "vnd" && p.village === k).reduce((sum, p) => sum + p.revenue, 0)
          expect(total).toBeLessThanOrEqual(smallestKept)
        }
      })
    )
  })

  it("draws nothing for a year without sales in that currency", () => {
    const usdOnly: Point[] = [{ month: `${YEAR}-03`, currency_code: "usd", quantity: 1, revenue: 25, village: "lang-a" }]
    expect(monthlySeries(YEAR, usdOnly, "vnd", (p) => p.village, 5)).toEqual([])
  })
})
