import { describe, expect, it } from "vitest"
import { MAX_REMEMBERED_PURCHASES, parsePurchases, purchaseToken, rememberPurchase } from "./purchases-cookie"

const id = (n: number) => `purch_01M8MPW13M8CD979JPFB81H${String(n).padStart(3, "0")}`
const token = (n: number) => `tok-${String(n).padStart(3, "0")}_abcdefghijklmnop`

describe("remembered purchases", () => {
  it("puts the newest first without duplicates, each with its access token", () => {
    const once = rememberPurchase(undefined, id(1), token(1))
    const twice = rememberPurchase(rememberPurchase(once, id(2), token(2)), id(1), token(9))
    expect(parsePurchases(twice)).toEqual([
      { id: id(1), token: token(9) },
      { id: id(2), token: token(2) },
    ])
    expect(purchaseToken(twice, id(2))).toBe(token(2))
    expect(purchaseToken(twice, id(3))).toBeNull()
  })
  it("keeps a bounded number", () => {
    let value = ""
    for (let n = 0; n < MAX_REMEMBERED_PURCHASES + 5; n++) value = rememberPurchase(value, id(n), token(n))
    expect(parsePurchases(value)).toHaveLength(MAX_REMEMBERED_PURCHASES)
    expect(parsePurchases(value)[0]!.id).toBe(id(MAX_REMEMBERED_PURCHASES + 4))
  })
  it("ignores anything that is not an id with a token", () => {
    expect(parsePurchases("purch_x~y.<script>~1.")).toEqual([])
    expect(parsePurchases(`${id(1)}`)).toEqual([])
    expect(rememberPurchase(`${id(1)}~${token(1)}`, "../../etc", token(2))).toBe(`${id(1)}~${token(1)}`)
  })
})
