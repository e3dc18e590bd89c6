import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { formatMoney, formatVnd } from "./money"

const NBSP = "\u00a0"

describe("formatVnd", () => {
  it("prints đồng with dot separators and the sign after the amount", () => {
    expect(formatVnd(120000)).toBe(`120.000${NBSP}₫`)
    expect(formatVnd(1450000)).toBe(`1.450.000${NBSP}₫`)
    expect(formatVnd(0)).toBe(`0${NBSP}₫`)
    expect(formatVnd(999)).toBe(`999${NBSP}₫`)
    expect(formatVnd(-25000)).toBe(`-25.000${NBSP}₫`)
  })

  it("rounds to whole đồng", () => {
    expect(formatVnd(1999.6)).toBe(`2.000${NBSP}₫`)
  })

  it("rejects amounts that are not numbers", () => {
    expect(() => formatVnd(Number.NaN)).toThrow(RangeError)
    expect(() => formatVnd(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })

  it("round-trips: stripping separators gives back the rounded amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = formatVnd(n)
        expect(text.endsWith(`${NBSP}₫`)).toBe(true)
        const digits = text.slice(0, -2).replace(/\./g, "")
        expect(Number(digits)).toBe(n)
        // groups after the first are always exactly three digits
        const groups = text.slice(0, -2).replace("-", "").split(".")
        groups.slice(1).forEach((g) => expect(g).toHaveLength(3))
      })
    )
  })
})

describe("formatMoney", () => {
  it("uses the Vietnamese convention for VND in either locale", () => {
    expect(formatMoney(120000, "vnd", "en")).toBe(formatVnd(120000))
    expect(formatMoney(120000, "VND", "vi")).toBe(formatVnd(120000))
  })

  it("prints dollars with cents in English", () => {
    expect(formatMoney(12.5, "usd", "en")).toBe("$12.50")
    expect(formatMoney(1234, "usd", "en")).toBe("$1,234.00")
  })
})
