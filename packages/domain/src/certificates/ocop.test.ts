import { describe, expect, it } from "vitest"
import fc from "fast-check"
import {
  canIssue,
  certificateValidUntil,
  dueExpiryReminder,
  isCertificateCurrent,
  issuingLevelFor,
  OCOP_PRODUCT_GROUP_KEYS,
  OCOP_PRODUCT_GROUPS,
  starsFromScore,
} from "./ocop"
import { addCalendarDays, daysBetween } from "./dates"

describe("OCOP_PRODUCT_GROUPS", () => {
  it("has the six groups of Decision 148, each named in Vietnamese and English", () => {
    expect(OCOP_PRODUCT_GROUP_KEYS).toEqual(["food", "drinks", "herbal", "handicrafts", "ornamental", "tourism"])
    for (const key of OCOP_PRODUCT_GROUP_KEYS) {
      expect(OCOP_PRODUCT_GROUPS[key].vi.length).toBeGreaterThan(0)
      expect(OCOP_PRODUCT_GROUPS[key].en.length).toBeGreaterThan(0)
    }
  })
})

describe("starsFromScore", () => {
  it.each([
    [0, 1],
    [29, 1],
    [29.99, 1],
    [30, 2],
    [49, 2],
    [49.99, 2],
    [50, 3],
    [69, 3],
    [69.9, 3],
    [70, 4],
    [89, 4],
    [89.99, 4],
    [90, 5],
    [94.9, 5],
    [100, 5],
  ])("scores %s as %s★", (score, stars) => {
    expect(starsFromScore(score)).toBe(stars)
  })

  it("refuses NaN, infinities and scores outside 0–100", () => {
    for (const bad of [NaN, Infinity, -Infinity, -0.01, 100.01, -1, 101]) {
      expect(() => starsFromScore(bad), String(bad)).toThrow(RangeError)
    }
  })

  it("never gives fewer stars for a higher score", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        expect(starsFromScore(lo)).toBeLessThanOrEqual(starsFromScore(hi))
      })
    )
  })

  it("gives 1 to 5 stars for every score in range", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (score) => {
        const stars = starsFromScore(score)
        expect(stars).toBeGreaterThanOrEqual(1)
        expect(stars).toBeLessThanOrEqual(5)
      })
    )
  })
})

describe("issuing levels", () => {
  it("lets the province certify 3★ and 4★ and the central council 5★; nobody certifies below 3★", () => {
    expect(issuingLevelFor(1)).toBeNull()
    expect(issuingLevelFor(2)).toBeNull()
    expect(issuingLevelFor(3)).toBe("province")
    expect(issuingLevelFor(4)).toBe("province")
    expect(issuingLevelFor(5)).toBe("central")
  })

  it.each([
    ["province", 3, true],
    ["province", 4, true],
    ["province", 5, false],
    ["central", 5, true],
    ["central", 4, false],
    ["central", 3, false],
    ["province", 2, false],
    ["central", 1, false],
  ] as const)("canIssue(%s, %s★) is %s", (level, stars, expected) => {
    expect(canIssue(level, stars)).toBe(expected)
  })

  it("finds exactly one level for every certifiable score", () => {
    fc.assert(
      fc.property(fc.double({ min: 50, max: 100, noNaN: true }), (score) => {
        const stars = starsFromScore(score)
        expect([canIssue("province", stars), canIssue("central", stars)].filter(Boolean)).toHaveLength(1)
      })
    )
  })
})

describe("certificateValidUntil", () => {
  it("adds 36 calendar months", () => {
    expect(certificateValidUntil("2024-06-15")).toBe("2027-06-15")
    expect(certificateValidUntil("2023-12-31")).toBe("2026-12-31")
    expect(certificateValidUntil("2025-01-01")).toBe("2028-01-01")
  })

  it("ends a certificate decided on a leap day on 28 February", () => {
    expect(certificateValidUntil("2024-02-29")).toBe("2027-02-28")
    expect(certificateValidUntil("2020-02-29")).toBe("2023-02-28")
  })

  it("keeps 28 February and reaches a leap day only from 29 February three years before", () => {
    expect(certificateValidUntil("2025-02-28")).toBe("2028-02-28")
    expect(certificateValidUntil("2025-03-01")).toBe("2028-03-01")
  })

  it("refuses what is not a calendar date", () => {
    for (const bad of ["2023-02-29", "2024-13-01", "15/06/2024", "2024-6-1", ""]) {
      expect(() => certificateValidUntil(bad), bad).toThrow(RangeError)
    }
  })

  it("always lands 1,093 to 1,097 days later", () => {
    const day = fc.date({ min: new Date("2000-01-01"), max: new Date("2090-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, (decision) => {
        const days = daysBetween(decision, certificateValidUntil(decision))
        expect(days).toBeGreaterThanOrEqual(1093)
        expect(days).toBeLessThanOrEqual(1097)
      })
    )
  })
})

describe("isCertificateCurrent", () => {
  const cert = { status: "verified", valid_until: "2027-02-28" }

  it("holds through the last valid day and not after", () => {
    expect(isCertificateCurrent(cert, "2026-11-29")).toBe(true)
    expect(isCertificateCurrent(cert, "2027-02-28")).toBe(true)
    expect(isCertificateCurrent(cert, "2027-03-01")).toBe(false)
  })

  it("needs an officer's verification", () => {
    for (const status of ["submitted", "rejected", "expired", "revoked"]) {
      expect(isCertificateCurrent({ ...cert, status }, "2026-11-29"), status).toBe(false)
    }
  })
})

describe("dueExpiryReminder", () => {
  const until = "2027-03-31"
  const on = (daysLeft: number) => addCalendarDays(until, -daysLeft)

  it("is due at 60, 30 and 7 days before the end", () => {
    expect(dueExpiryReminder(until, on(61))).toBeNull()
    expect(dueExpiryReminder(until, on(60))).toBe(60)
    expect(dueExpiryReminder(until, on(31))).toBe(60)
    expect(dueExpiryReminder(until, on(30))).toBe(30)
    expect(dueExpiryReminder(until, on(8))).toBe(30)
    expect(dueExpiryReminder(until, on(7))).toBe(7)
    expect(dueExpiryReminder(until, on(0))).toBe(7)
    expect(dueExpiryReminder(until, on(-1))).toBeNull()
  })

  it("never sends a reminder twice, nor a wider one after a tighter one", () => {
    expect(dueExpiryReminder(until, on(45), [60])).toBeNull()
    expect(dueExpiryReminder(until, on(20), [60])).toBe(30)
    expect(dueExpiryReminder(until, on(20), [60, 30])).toBeNull()
    expect(dueExpiryReminder(until, on(40), [30])).toBeNull()
    expect(dueExpiryReminder(until, on(3), [60, 30])).toBe(7)
    expect(dueExpiryReminder(until, on(3), [7])).toBeNull()
  })

  it("sends at most three reminders however often the job runs", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 90 }), { maxLength: 60 }), (daysLeft) => {
        const sent: number[] = []
        for (const d of [...daysLeft].sort((a, b) => b - a)) {
          const due = dueExpiryReminder(until, on(d), sent)
          if (due !== null) {
            expect(sent).not.toContain(due)
            expect(d).toBeLessThanOrEqual(due)
            sent.push(due)
          }
        }
        expect(sent.length).toBeLessThanOrEqual(3)
      })
    )
  })
})
