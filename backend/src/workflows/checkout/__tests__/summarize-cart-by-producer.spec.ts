import { describe, expect, it } from "vitest"
import { summarizeCartByProducer, type SummaryCartLine } from "../utils/summarize-cart-by-producer"

const line = (id: string, product_id: string, unit_price: number, quantity: number, extra: Partial<SummaryCartLine> = {}): SummaryCartLine => ({
  id,
  title: `Line ${id}`,
  product_title: `Product ${product_id}`,
  product_handle: product_id,
  variant_title: "Tiêu chuẩn",
  variant_id: `var_${id}`,
  product_id,
  unit_price,
  quantity,
  requires_shipping: true,
  variant: { product: { shipping_profile: { id: "sp_default" } } },
  ...extra,
})

const sonTra = { id: "prod_a", handle: "htx-son-tra", name: "HTX Sơn Trà", village: { handle: "hong-thai", name: "Làng chè Hồng Thái" } }
const vangMay = { id: "prod_b", handle: "ho-vang-may", name: "Hộ Vàng Mây", village: null }
const producerByProduct = { tea: sonTra, scarf: sonTra, basket: vangMay }

describe("summarizeCartByProducer", () => {
  it("groups lines by producer in cart order and charges the chosen shipping once per producer", () => {
    const summary = summarizeCartByProducer({
      cart: {
        id: "cart_1",
        currency_code: "vnd",
        email: "lan@example.vn",
        shipping_address: { address_1: "Thôn Khuổi Phầy", country_code: "vn" },
        items: [line("1", "tea", 120000, 2), line("2", "basket", 250000, 1), line("3", "scarf", 80000, 1)],
        shipping_methods: [{ shipping_option_id: "so_tq", name: "Giao hàng nội tỉnh Tuyên Quang", amount: 20000 }],
      },
      producerByProduct,
      profileByOption: { so_tq: "sp_default" },
      availableByVariant: { var_1: 8, var_2: 1 },
    })
    expect(summary.groups.map((g) => g.producer.handle)).toEqual(["htx-son-tra", "ho-vang-may"])
    expect(summary.groups[0]!.items.map((i) => [i.id, i.quantity, i.subtotal, i.available_quantity])).toEqual([
      ["1", 2, 240000, 8],
      ["3", 1, 80000, null],
    ])
    expect(summary.groups.map((g) => [g.item_subtotal, g.shipping_total, g.total])).toEqual([
      [320000, 20000, 340000],
      [250000, 20000, 270000],
    ])
    expect([summary.item_total, summary.shipping_total, summary.total]).toEqual([570000, 40000, 610000])
    expect(summary.shipping_option).toEqual({ id: "so_tq", name: "Giao hàng nội tỉnh Tuyên Quang", amount: 20000 })
    expect(summary.groups[0]!.items[0]).toMatchObject({ title: "Product tea", variant_title: "Tiêu chuẩn", product_handle: "tea" })
  })

  it("uses Medusa's line and method totals (discounts, taxes) for what the orders will total", () => {
    const summary = summarizeCartByProducer({
      cart: {
        id: "cart_1",
        currency_code: "usd",
        items: [line("1", "tea", 10.1, 2, { total: 18.2 }), line("2", "scarf", 0.2, 1, { total: 0.1 })],
        shipping_methods: [{ shipping_option_id: "so_intl", name: "International shipping", amount: 25, total: 27 }],
      },
      producerByProduct,
      profileByOption: { so_intl: "sp_default" },
      availableByVariant: {},
    })
    // 2 × 10.10 + 0.20 without float drift; total 18.20 + 0.10 + 27.
    expect(summary.groups[0]!.item_subtotal).toBe(20.4)
    expect(summary.groups[0]!.total).toBe(45.3)
    expect(summary.total).toBe(45.3)
  })

  it("charges no shipping before an option is chosen, nor to lines that need none", () => {
    const noOption = summarizeCartByProducer({
      cart: { id: "cart_1", currency_code: "vnd", items: [line("1", "tea", 1000, 1)] },
      producerByProduct,
      profileByOption: {},
      availableByVariant: {},
    })
    expect(noOption.shipping_option).toBeNull()
    expect(noOption.groups[0]!.shipping_total).toBe(0)
    expect(noOption.shipping_address).toBeNull()

    const digital = summarizeCartByProducer({
      cart: {
        id: "cart_1",
        currency_code: "vnd",
        items: [line("1", "tea", 1000, 1), line("2", "basket", 5000, 1, { requires_shipping: false })],
        shipping_methods: [{ shipping_option_id: "so_tq", name: "TQ", amount: 20000 }],
      },
      producerByProduct,
      profileByOption: { so_tq: "sp_default" },
      availableByVariant: {},
    })
    expect(digital.groups.map((g) => g.shipping_total)).toEqual([20000, 0])
    expect(digital.total).toBe(26000)
  })

  it("refuses a line whose product has no producer, as the placement does", () => {
    expect(() =>
      summarizeCartByProducer({
        cart: { id: "cart_1", currency_code: "vnd", items: [line("9", "orphan", 1000, 1)] },
        producerByProduct,
        profileByOption: {},
        availableByVariant: {},
      })
    ).toThrow(/no producer/)
  })
})
