import { describe, expect, it } from "vitest"
import { isCartHiddenFrom } from "../utils/cart-owner"

describe("isCartHiddenFrom", () => {
  const registered = { customer: { id: "cus_lan", has_account: true } }
  const guestWithEmail = { customer: { id: "cus_guest", has_account: false } }

  it("keeps a registered customer's cart for that customer alone", () => {
    expect(isCartHiddenFrom(registered, "cus_lan")).toBe(false)
    expect(isCartHiddenFrom(registered, "cus_hoa")).toBe(true)
    expect(isCartHiddenFrom(registered, undefined)).toBe(true)
    expect(isCartHiddenFrom(registered, null)).toBe(true)
  })

  it("leaves guest carts open by id, including Medusa's guest customer made from an email", () => {
    expect(isCartHiddenFrom({ customer: null }, undefined)).toBe(false)
    expect(isCartHiddenFrom({}, "cus_hoa")).toBe(false)
    expect(isCartHiddenFrom(guestWithEmail, undefined)).toBe(false)
    expect(isCartHiddenFrom(guestWithEmail, "cus_hoa")).toBe(false)
  })
})
