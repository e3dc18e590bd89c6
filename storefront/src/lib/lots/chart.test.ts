import { describe, expect, it } from "vitest"
import { barPercents, lastDays, niceCeiling, verticalBars } from "./chart"

describe("chart scaling", () => {
  it("rounds the scale up to 1, 2, 2.5 or 5 × 10ⁿ", () => {
    expect(niceCeiling(0)).toBe(1)
    expect(niceCeiling(1)).toBe(1)
    expect(niceCeiling(3)).toBe(5)
    expect(niceCeiling(7)).toBe(10)
    expect(niceCeiling(12)).toBe(20)
    expect(niceCeiling(21)).toBe(25)
    expect(niceCeiling(250)).toBe(250)
    expect(niceCeiling(251)).toBe(500)
    expect(niceCeiling(9001)).toBe(10_000)
  })

  it("scales bars to the box, bottom-aligned, with a visible minimum for small non-zero values", () => {
    const chart = verticalBars(
      [
        { label: "a", value: 0 },
        { label: "b", value: 1 },
        { label: "c", value: 100 },
        { label: "d", value: 50 },
      ],
      { width: 200, height: 100, gap: 10, minBar: 3 }
    )
    expect(chart.max).toBe(100)
    expect(chart.bars.map((bar) => bar.height)).toEqual([0, 3, 100, 50])
    expect(chart.bars.map((bar) => bar.y)).toEqual([100, 97, 0, 50])
    expect(chart.bars.map((bar) => bar.x)).toEqual([5, 55, 105, 155])
    expect(chart.bars.every((bar) => bar.width === 40)).toBe(true)
    for (const bar of chart.bars) expect(bar.y + bar.height).toBe(100)
  })

  it("draws an empty chart without dividing by zero", () => {
    const chart = verticalBars([{ label: "a", value: 0 }], { width: 100, height: 50 })
    expect(chart.max).toBe(1)
    expect(chart.bars[0]).toMatchObject({ height: 0, y: 50 })
    expect(verticalBars([], { width: 100, height: 50 }).bars).toEqual([])
  })

  it("gives CSS bar widths as a share of the largest value", () => {
    expect(barPercents([10, 5, 0, 1000])).toEqual([1, 1, 0, 100])
    expect(barPercents([4, 2, 1])).toEqual([100, 50, 25])
    expect(barPercents([0, 0])).toEqual([0, 0])
    expect(barPercents([])).toEqual([])
  })
})

describe("scans per day", () => {
  it("fills the last days in Vietnam's calendar, oldest first, with zeros for quiet days", () => {
    // 29 November, 01:00 in Vietnam is still 28 November in UTC.
    const today = new Date("2026-11-28T18:00:00Z")
    const days = lastDays(
      [
        { day: "2026-11-29", count: 4 },
        { day: "2026-11-27T00:00:00.000Z", count: 2 },
        { day: "2026-11-01", count: 99 },
      ],
      3,
      today
    )
    expect(days).toEqual([
      { day: "2026-11-27", count: 2 },
      { day: "2026-11-28", count: 0 },
      { day: "2026-11-29", count: 4 },
    ])
    expect(lastDays(undefined, 2, today)).toEqual([
      { day: "2026-11-28", count: 0 },
      { day: "2026-11-29", count: 0 },
    ])
  })
})
