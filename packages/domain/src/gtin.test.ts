import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { gtinCheckDigit, isValidGtin, toGtin14 } from "./gtin"

// Published examples: GS1's own GTIN-13 and GTIN-14 examples, a UPC-A and an EAN-8.
const VALID = ["5901234123457", "09506000134352", "036000291452", "96385074", "4006381333931", "8934563138165"]

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(""))
const gtinBody = fc.constantFrom(7, 11, 12, 13).chain((n) => digits(n, n))
const withCheck = (body: string) => `${body}${gtinCheckDigit(body)}`

describe("isValidGtin", () => {
  it("accepts published GTIN-8, -12, -13 and -14 examples", () => {
    for (const gtin of VALID) expect(isValidGtin(gtin), gtin).toBe(true)
  })

  it("refuses a wrong check digit, other lengths and anything but digits", () => {
    expect(isValidGtin("5901234123458")).toBe(false)
    expect(isValidGtin("590123412345")).toBe(false)
    expect(isValidGtin("12345678901")).toBe(false)
    expect(isValidGtin("123456789012345")).toBe(false)
    expect(isValidGtin("590123412345a")).toBe(false)
    expect(isValidGtin(" 5901234123457")).toBe(false)
    expect(isValidGtin("")).toBe(false)
  })

  it("accepts every body followed by its check digit", () => {
    fc.assert(
      fc.property(gtinBody, (body) => {
        expect(isValidGtin(withCheck(body))).toBe(true)
      })
    )
  })

  it("detects every single-digit error", () => {
    fc.assert(
      fc.property(gtinBody, fc.nat(), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const gtin = withCheck(body)
        const i = at % gtin.length
        const changed = (Number(gtin[i]) + delta) % 10
        const wrong = `${gtin.slice(0, i)}${changed}${gtin.slice(i + 1)}`
        expect(isValidGtin(wrong)).toBe(false)
      })
    )
  })

  it("detects swapped neighbours unless they differ by exactly 5", () => {
    fc.assert(
      fc.property(gtinBody, fc.nat(), (body, at) => {
        const gtin = withCheck(body)
        const i = at % (gtin.length - 1)
        const [a, b] = [gtin[i]!, gtin[i + 1]!]
        fc.pre(a !== b && Math.abs(Number(a) - Number(b)) !== 5)
        const swapped = `${gtin.slice(0, i)}${b}${a}${gtin.slice(i + 2)}`
        expect(isValidGtin(swapped)).toBe(false)
      })
    )
  })

  it("is never true for lengths other than 8, 12, 13 and 14", () => {
    fc.assert(
      fc.property(digits(0, 20), (s) => {
        fc.pre(![8, 12, 13, 14].includes(s.length))
        expect(isValidGtin(s)).toBe(false)
      })
    )
  })
})

describe("toGtin14", () => {
  it("pads with zeros and keeps the GTIN valid", () => {
    expect(toGtin14("96385074")).toBe("00000096385074")
    expect(toGtin14("5901234123457")).toBe("05901234123457")
    fc.assert(
      fc.property(gtinBody, (body) => {
        const gtin14 = toGtin14(withCheck(body))
        expect(gtin14).toHaveLength(14)
        expect(isValidGtin(gtin14)).toBe(true)
      })
    )
  })

  it("refuses an invalid GTIN", () => {
    expect(() => toGtin14("5901234123458")).toThrow(RangeError)
  })
})
