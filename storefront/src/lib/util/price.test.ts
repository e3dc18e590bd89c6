import { describe, expect, it } from "vitest"
import { cheapestPrice, variantPrice } from "./price"

const priced = (amount: number, original = amount, currency_code = "vnd") => ({
  calculated_price: { calculated_amount: amount, original_amount: original, currency_code },
})

describe("variantPrice", () => {
  it("reads the calculated price for the region", () => {
    expect(variantPrice(priced(120000))).toEqual({ amount: 120000, originalAmount: null, currencyCode: "vnd" })
  })

  it("keeps the original price only when it is higher (a sale)", () => {
    expect(variantPrice(priced(90000, 120000))?.originalAmount).toBe(120000)
  })

  it("is null when the variant has no price in the region", () => {
    expect(variantPrice({})).toBeNull()
    expect(variantPrice({ calculated_price: null })).toBeNull()
    expect(variantPrice({ calculated_price: { calculated_amount: null, currency_code: "vnd" } })).toBeNull()
  })
})

describe("cheapestPrice", () => {
  it("returns the lowest price and says whether others cost more", () => {
    expect(cheapestPrice([priced(250000), priced(120000), priced(180000)])).toEqual({
      amount: 120000,
      originalAmount: null,
      currencyCode: "vnd",
      isRange: true,
    })
    expect(cheapestPrice([priced(120000), priced(120000)])?.isRange).toBe(false)
  })

  it("ignores unpriced variants and is null when none has a price", () => {
    expect(cheapestPrice([{}, priced(12.5, 12.5, "usd")])?.amount).toBe(12.5)
    expect(cheapestPrice([{}])).toBeNull()
    expect(cheapestPrice(undefined)).toBeNull()
  })
})
