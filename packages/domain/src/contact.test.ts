import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { isVietnamTaxCode, normalizeVietnamPhone } from "./contact"

describe("normalizeVietnamPhone", () => {
  it("accepts mobile and landline numbers in the usual spellings", () => {
    expect(normalizeVietnamPhone("0912345678")).toBe("0912345678")
    expect(normalizeVietnamPhone("091 234 5678")).toBe("0912345678")
    expect(normalizeVietnamPhone("+84 912.345.678")).toBe("0912345678")
    expect(normalizeVietnamPhone("84912345678")).toBe("0912345678")
    expect(normalizeVietnamPhone("0207 3822 123")).toBe("02073822123")
  })

  it("rejects numbers that no Vietnamese subscriber can have", () => {
    for (const bad of ["", "12345", "0112345678", "091234567", "09123456789", "0912a45678", "+1 415 555 0100"]) {
      expect(normalizeVietnamPhone(bad)).toBeNull()
    }
  })

  it("is idempotent on what it accepts", () => {
    fc.assert(
      fc.property(fc.constantFrom("3", "5", "7", "8", "9"), fc.stringMatching(/^\d{8}$/), (prefix, rest) => {
        const phone = `0${prefix}${rest}`
        expect(normalizeVietnamPhone(phone)).toBe(phone)
        expect(normalizeVietnamPhone(`+84${prefix}${rest}`)).toBe(phone)
      })
    )
  })
})

describe("isVietnamTaxCode", () => {
  it("accepts enterprise, branch and personal codes", () => {
    expect(isVietnamTaxCode("5000812346")).toBe(true)
    expect(isVietnamTaxCode("5000812346-001")).toBe(true)
    expect(isVietnamTaxCode("008090001234")).toBe(true)
  })

  it("rejects other shapes", () => {
    for (const bad of ["", "500081234", "50008123467", "5000812346-1", "abcdefghij", "5000 812 346"]) {
      expect(isVietnamTaxCode(bad)).toBe(false)
    }
  })
})
