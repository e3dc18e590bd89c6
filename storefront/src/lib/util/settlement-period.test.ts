import { describe, expect, it } from "vitest"
import { currentMonthPeriod } from "./settlement-period"

describe("currentMonthPeriod", () => {
  it("runs from the first of the month to today, in Vietnam time", () => {
    expect(currentMonthPeriod(new Date("2026-11-29T10:00:00Z"))).toEqual({ from: "2026-11-01", to: "2026-11-29" })
  })

  it("already counts the next day after 17:00 UTC", () => {
    expect(currentMonthPeriod(new Date("2026-11-30T17:30:00Z"))).toEqual({ from: "2026-12-01", to: "2026-12-01" })
  })
})
