import { describe, expect, it } from "vitest"
import { fromVnDateInput, fromVnDateTimeInput, toVnDateTimeInput, vnDay } from "./vn-time"

describe("Vietnam's time in form fields", () => {
  it("shows a moment as Vietnam's wall-clock time, whatever the server's zone", () => {
    expect(toVnDateTimeInput(new Date("2026-11-28T18:05:09Z"))).toBe("2026-11-29T01:05")
    expect(vnDay(new Date("2026-11-28T16:59:59Z"))).toBe("2026-11-28")
    expect(vnDay(new Date("2026-11-28T17:00:00Z"))).toBe("2026-11-29")
  })

  it("reads typed values as Vietnam's time, round trip", () => {
    expect(fromVnDateTimeInput("2026-11-29T01:05")?.toISOString()).toBe("2026-11-28T18:05:00.000Z")
    expect(fromVnDateTimeInput("2026-11-29T01:05:30")?.toISOString()).toBe("2026-11-28T18:05:30.000Z")
    expect(fromVnDateInput("2026-01-01")?.toISOString()).toBe("2025-12-31T17:00:00.000Z")
    for (const value of ["2026-03-01T00:00", "2024-02-29T23:59", "2026-12-31T12:00"]) {
      expect(toVnDateTimeInput(fromVnDateTimeInput(value)!)).toBe(value)
    }
  })

  it("refuses values that are not real days or times", () => {
    for (const value of ["", "hôm qua", "2026-04-31T10:00", "2026-02-29T10:00", "2026-11-29T24:00", "2026-11-29 10:00"]) {
      expect(fromVnDateTimeInput(value), value).toBeNull()
    }
    for (const value of ["2026-04-31", "2026-13-01", "29/11/2026", "2026-11-29T10:00"]) expect(fromVnDateInput(value), value).toBeNull()
  })
})
