import { describe, expect, it } from "vitest"
import { cartItemCount, parseQuantity, shippingBreakdown, stepperLimits, summaryFromCart, type PlainCart, type ProductProducer } from "./view"

const tea: ProductProducer = { id: "prod_tea", handle: "son-tra", name: "HTX Sơn Trà Hồng Thái", craft_village: { handle: "hong-thai", name: "Làng chè Hồng Thái" } }
const brocade: ProductProducer = { id: "prod_brocade", handle: "tho-cam", name: "HTX Thổ cẩm Nà Hang", craft_village: null }

const cart: PlainCart = {
  id: "cart_1",
  currency_code: "vnd",
  region_id: "reg_vn",
  email: "a@b.vn",
  shipping_methods: [{ shipping_option_id: "so_tq", name: "Giao trong Tuyên Quang", amount: 20000 }],
  items: [
    { id: "cali_1", product_id: "p1", product_title: "Chè búp xanh", variant_title: "Hộp 100 g", quantity: 2, unit_price: 150000 },
    { id: "cali_2", product_id: "p2", title: "Khăn thổ cẩm", quantity: 1, unit_price: 320000, subtotal: 320000 },
    { id: "cali_3", product_id: "p1", product_title: "Hồng trà", quantity: 1, unit_price: 220000, variant: { inventory_quantity: 5, manage_inventory: true } },
  ],
}

describe("summaryFromCart", () => {
  const summary = summaryFromCart(
    cart,
    new Map([
      ["p1", tea],
      ["p2", brocade],
    ])
  )

  it("groups lines by producer in the order they first appear", () => {
    expect(summary.groups.map((g) => g.producer?.name)).toEqual(["HTX Sơn Trà Hồng Thái", "HTX Thổ cẩm Nà Hang"])
    expect(summary.groups[0]!.items.map((i) => i.id)).toEqual(["cali_1", "cali_3"])
    expect(summary.groups[0]!.producer?.village).toEqual({ handle: "hong-thai", name: "Làng chè Hồng Thái" })
    expect(summary.groups[1]!.producer?.village).toBeNull()
  })

  it("charges shipping once per producer", () => {
    expect(summary.groups[0]!.item_subtotal).toBe(520000)
    expect(summary.groups[0]!.total).toBe(540000)
    expect(summary.shipping_total).toBe(40000)
    expect(summary.item_total).toBe(840000)
    expect(summary.total).toBe(880000)
    expect(summary.shipping_option).toEqual({ id: "so_tq", name: "Giao trong Tuyên Quang", amount: 20000 })
  })

  it("keeps stock only for tracked variants", () => {
    expect(summary.groups[0]!.items[1]!.available_quantity).toBe(5)
    expect(summary.groups[0]!.items[0]!.available_quantity).toBeNull()
  })

  it("puts lines of unknown products together and charges no shipping before a method is chosen", () => {
    const plain = summaryFromCart({ ...cart, shipping_methods: [] }, new Map())
    expect(plain.groups).toHaveLength(1)
    expect(plain.groups[0]!.producer).toBeNull()
    expect(plain.shipping_option).toBeNull()
    expect(plain.shipping_total).toBe(0)
    expect(plain.total).toBe(840000)
  })
})

describe("cart counts and shipping", () => {
  const summary = summaryFromCart(cart, new Map([["p1", tea], ["p2", brocade]]))
  it("counts pieces, not lines", () => {
    expect(cartItemCount(summary)).toBe(4)
    expect(cartItemCount(null)).toBe(0)
  })
  it("shows the per-parcel price times the number of producers", () => {
    expect(shippingBreakdown(summary)).toEqual({ parcels: 2, perParcel: 20000, total: 40000 })
    expect(shippingBreakdown({ ...summary, shipping_option: null })).toEqual({ parcels: 2, perParcel: null, total: null })
  })
})

describe("stepperLimits", () => {
  it("stops at 1 and at the stock left", () => {
    expect(stepperLimits({ quantity: 1, available_quantity: 3 })).toEqual({ decrease: null, increase: 2, overStock: false })
    expect(stepperLimits({ quantity: 3, available_quantity: 3 })).toEqual({ decrease: 2, increase: null, overStock: false })
    expect(stepperLimits({ quantity: 4, available_quantity: 3 }).overStock).toBe(true)
    expect(stepperLimits({ quantity: 7, available_quantity: null }).increase).toBe(8)
  })
})

describe("parseQuantity", () => {
  it("takes whole numbers from the minimum up to 999", () => {
    expect(parseQuantity("2")).toBe(2)
    expect(parseQuantity(" 12 ")).toBe(12)
    expect(parseQuantity("0")).toBeNull()
    expect(parseQuantity("0", { min: 0 })).toBe(0)
    expect(parseQuantity("1000")).toBeNull()
    expect(parseQuantity("1.5")).toBeNull()
    expect(parseQuantity("-1")).toBeNull()
    expect(parseQuantity(null)).toBeNull()
  })
})
