import { describe, expect, it } from "vitest"
import { isSoldOut, variantStock } from "./stock"

describe("variantStock", () => {
  it("counts stock of managed variants", () => {
    expect(variantStock({ manage_inventory: true, inventory_quantity: 7 })).toEqual({ available: true, quantity: 7 })
    expect(variantStock({ manage_inventory: true, inventory_quantity: 0 })).toEqual({ available: false, quantity: 0 })
  })

  it("treats unmanaged and backorderable variants as available", () => {
    expect(variantStock({ manage_inventory: false, inventory_quantity: 0 }).available).toBe(true)
    expect(variantStock({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 }).available).toBe(true)
  })

  it("does not call an unknown quantity sold out", () => {
    expect(variantStock({})).toEqual({ available: true, quantity: null })
  })

  it("never shows a negative quantity", () => {
    expect(variantStock({ manage_inventory: true, inventory_quantity: -3 })).toEqual({ available: false, quantity: 0 })
  })
})

describe("isSoldOut", () => {
  it("is true only when every variant is out of stock", () => {
    expect(isSoldOut([{ inventory_quantity: 0 }, { inventory_quantity: 0 }])).toBe(true)
    expect(isSoldOut([{ inventory_quantity: 0 }, { inventory_quantity: 2 }])).toBe(false)
  })

  it("is true for a product without variants", () => {
    expect(isSoldOut([])).toBe(true)
    expect(isSoldOut(undefined)).toBe(true)
  })
})
