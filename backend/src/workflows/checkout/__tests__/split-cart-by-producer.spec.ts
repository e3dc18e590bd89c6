import { describe, expect, it } from "vitest"
import { splitCartByProducer } from "../utils/split-cart-by-producer"
import type { PlacementCart, PlacementLineItem } from "../utils/types"

const line = (id: string, product_id: string, profile = "sp_default"): PlacementLineItem => ({
  id,
  title: `Item ${id}`,
  quantity: 1,
  unit_price: 100,
  product_id,
  variant_id: `var_${id}`,
  requires_shipping: true,
  tax_lines: [{ code: "VAT", rate: 8, tax_rate_id: "txr_1" }],
  variant: { id: `var_${id}`, product: { id: product_id, shipping_profile: { id: profile } } },
})

const cart = (items: PlacementLineItem[]): PlacementCart => ({
  id: "cart_1",
  email: "lan@example.vn",
  currency_code: "vnd",
  region_id: "reg_1",
  sales_channel_id: "sc_1",
  customer: { id: "cus_1", has_account: true },
  items,
  shipping_address: { id: "addr_1", address_1: "12 Tân Trào", country_code: "vn", created_at: "x" },
  shipping_methods: [
    { id: "sm_1", name: "Tiêu chuẩn", amount: 30000, shipping_option_id: "so_std", tax_lines: [{ code: "VAT", rate: 8 }] },
    { id: "sm_2", name: "Hàng cồng kềnh", amount: 90000, shipping_option_id: "so_bulky" },
  ],
})

describe("splitCartByProducer", () => {
  const producerByProduct = { p_tea: "prod_a", p_scarf: "prod_a", p_basket: "prod_b", p_bed: "prod_b" }
  const profileByOption = { so_std: "sp_default", so_bulky: "sp_bulky" }

  it("makes one order per producer, in cart order, with only that producer's lines", () => {
    const result = splitCartByProducer({
      cart: cart([line("1", "p_tea"), line("2", "p_basket"), line("3", "p_scarf")]),
      producerByProduct,
      profileByOption,
    })
    expect(result.map((r) => r.producer_id)).toEqual(["prod_a", "prod_b"])
    expect(result[0]!.order.items!.map((i) => i.title)).toEqual(["Item 1", "Item 3"])
    expect(result[1]!.order.items!.map((i) => i.title)).toEqual(["Item 2"])
    for (const { order } of result) {
      expect(order).toMatchObject({ customer_id: "cus_1", region_id: "reg_1", sales_channel_id: "sc_1", currency_code: "vnd", email: "lan@example.vn" })
      expect(order.shipping_address).toEqual({ address_1: "12 Tân Trào", country_code: "vn" })
    }
    expect(result[0]!.order.items![0]!.tax_lines).toEqual([
      { code: "VAT", rate: 8, tax_rate_id: "txr_1", description: undefined, provider_id: undefined, metadata: null },
    ])
  })

  it("gives each order a copy of the shipping method its lines' profile needs", () => {
    const result = splitCartByProducer({
      cart: cart([line("1", "p_tea"), line("2", "p_basket"), line("4", "p_bed", "sp_bulky")]),
      producerByProduct,
      profileByOption,
    })
    expect(result[0]!.order.shipping_methods!.map((m) => [m.name, m.amount])).toEqual([["Tiêu chuẩn", 30000]])
    expect(result[1]!.order.shipping_methods!.map((m) => [m.name, m.amount])).toEqual([
      ["Tiêu chuẩn", 30000],
      ["Hàng cồng kềnh", 90000],
    ])
  })

  it("refuses a line whose product has no producer", () => {
    expect(() =>
      splitCartByProducer({ cart: cart([line("9", "p_unknown")]), producerByProduct, profileByOption })
    ).toThrow(/has no producer/)
  })
})
