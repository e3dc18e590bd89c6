import { describe, expect, it } from "vitest"
import { parseCurrency, pickRegion } from "./currency"

const vietnam = { id: "reg_vn", name: "Việt Nam", currency_code: "vnd" }
const international = { id: "reg_intl", name: "International", currency_code: "usd" }

describe("parseCurrency", () => {
  it("accepts the two shop currencies in any case", () => {
    expect(parseCurrency("usd")).toBe("usd")
    expect(parseCurrency("VND")).toBe("vnd")
  })

  it("defaults to VND for a missing or unknown cookie", () => {
    expect(parseCurrency(undefined)).toBe("vnd")
    expect(parseCurrency("eur")).toBe("vnd")
    expect(parseCurrency(42)).toBe("vnd")
  })
})

describe("pickRegion", () => {
  it("picks the region priced in the visitor's currency", () => {
    expect(pickRegion([vietnam, international], "usd")).toBe(international)
    expect(pickRegion([international, vietnam], "vnd")).toBe(vietnam)
  })

  it("falls back to the VND region, then to any region", () => {
    expect(pickRegion([vietnam], "usd")).toBe(vietnam)
    const euro = { id: "reg_eu", currency_code: "eur" }
    expect(pickRegion([euro], "vnd")).toBe(euro)
    expect(pickRegion([], "vnd")).toBeNull()
  })
})
