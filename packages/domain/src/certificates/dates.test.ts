import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { addCalendarDays, addCalendarMonths, calendarDateToStored, daysBetween, isCalendarDate, storedDateToCalendar, toCalendarDate } from "./dates"

describe("calendar dates", () => {
  it("knows real days from impossible ones", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true)
    expect(isCalendarDate("2023-02-29")).toBe(false)
    expect(isCalendarDate("2024-04-31")).toBe(false)
    expect(isCalendarDate("2024-4-1")).toBe(false)
    expect(isCalendarDate(20240401)).toBe(false)
  })

  it("clamps to the end of shorter months", () => {
    expect(addCalendarMonths("2025-01-31", 1)).toBe("2025-02-28")
    expect(addCalendarMonths("2024-01-31", 1)).toBe("2024-02-29")
    expect(addCalendarMonths("2024-03-31", -1)).toBe("2024-02-29")
  })

  it("counts days across leap years", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2)
    expect(daysBetween("2027-03-01", "2027-02-28")).toBe(-1)
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29")
  })

  it("reads today on Vietnam's calendar", () => {
    // 17:30 UTC is 00:30 the next day in Hà Nội.
    expect(toCalendarDate(new Date("2026-11-29T17:30:00Z"))).toBe("2026-11-30")
    expect(toCalendarDate(new Date("2026-11-29T16:59:00Z"))).toBe("2026-11-29")
  })

  it("stores a day as UTC midnight and reads it back unchanged", () => {
    const day = fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (d, n) => {
        expect(storedDateToCalendar(calendarDateToStored(d))).toBe(d)
        expect(daysBetween(d, addCalendarDays(d, n))).toBe(n)
      })
    )
  })
})
