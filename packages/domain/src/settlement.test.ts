import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { computeSettlements, toCsv } from "./settlement"

describe("computeSettlements", () => {
  it("adds up sales, takes refunds off and then the commission", () => {
    const [s] = computeSettlements(
      [
        { id: "a", currency_code: "vnd", total: 450000, refunded: 0 },
        { id: "b", currency_code: "vnd", total: 120000, refunded: 120000 },
        { id: "c", currency_code: "vnd", total: 333333, refunded: 0 },
      ],
      5
    )
    expect(s).toEqual({ currency_code: "vnd", orders: 3, gross: 903333, refunds: 120000, commission_percent: 5, commission: 39167, net: 744166 })
  })

  it("keeps currencies apart and rounds USD to cents", () => {
    const out = computeSettlements(
      [
        { id: "a", currency_code: "usd", total: 10.1, refunded: 0 },
        { id: "b", currency_code: "VND", total: 100000, refunded: 0 },
      ],
      3
    )
    expect(out.map((s) => [s.currency_code, s.commission, s.net])).toEqual([
      ["usd", 0.3, 9.8],
      ["vnd", 3000, 97000],
    ])
  })

  it("defaults to no commission and rejects impossible rates", () => {
    expect(computeSettlements([{ id: "a", currency_code: "vnd", total: 5000, refunded: 0 }], 0)[0]?.net).toBe(5000)
    expect(() => computeSettlements([], -1)).toThrow(RangeError)
    expect(() => computeSettlements([], 101)).toThrow(RangeError)
  })

  it("always balances: net + commission + refunds = gross, and nothing is negative", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ total: fc.integer({ min: 0, max: 50_000_000 }), refunded: fc.integer({ min: 0, max: 50_000_000 }) }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 100 }),
        (orders, rate) => {
          const [s] = computeSettlements(orders.map((o, i) => ({ id: String(i), currency_code: "vnd", ...o })), rate)
          if (!s) return
          expect(s.net + s.commission + s.refunds).toBe(s.gross)
          expect(Math.min(s.net, s.commission, s.refunds)).toBeGreaterThanOrEqual(0)
        }
      )
    )
  })
})

describe("toCsv", () => {
  it("quotes what needs quoting", () => {
    expect(toCsv([["Mã đơn", "Ghi chú"], [1, 'Khăn "lanh", 60×180'], [2, null]])).toBe('Mã đơn,Ghi chú\r\n1,"Khăn ""lanh"", 60×180"\r\n2,\r\n')
  })
})
