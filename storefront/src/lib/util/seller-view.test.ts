import { describe, expect, it } from "vitest"
import type { SellerProduct } from "@/lib/seller-types"
import {
  checkShipForm,
  countNewOrders,
  lowStockVariants,
  orderNumber,
  orderStage,
  orderTracking,
  safeSellerPath,
  totalStock,
  vndPriceRange,
} from "./seller-view"

const product = (id: string, variants: { id: string; stock: number | null; vnd?: number }[]): SellerProduct => ({
  id,
  handle: id,
  title: `Sản phẩm ${id}`,
  subtitle: null,
  status: "published",
  thumbnail: null,
  categories: [],
  variants: variants.map((v) => ({
    id: v.id,
    title: `Loại ${v.id}`,
    sku: null,
    barcode: null,
    prices: v.vnd === undefined ? [] : [{ amount: v.vnd, currency_code: "vnd" }],
    inventory_quantity: v.stock,
  })),
})

describe("lowStockVariants", () => {
  it("lists variants with 5 or fewer units, the emptiest first, ignoring uncounted stock", () => {
    const products = [product("a", [{ id: "a1", stock: 5 }, { id: "a2", stock: 6 }]), product("b", [{ id: "b1", stock: 0 }, { id: "b2", stock: null }])]
    expect(lowStockVariants(products).map((v) => [v.variantId, v.quantity])).toEqual([
      ["b1", 0],
      ["a1", 5],
    ])
  })
})

describe("product figures", () => {
  it("gives the VND price range and the total stock", () => {
    const p = product("a", [{ id: "a1", stock: 3, vnd: 90000 }, { id: "a2", stock: 4, vnd: 150000 }])
    expect(vndPriceRange(p)).toEqual({ min: 90000, max: 150000 })
    expect(totalStock(p)).toBe(7)
    expect(vndPriceRange(product("b", [{ id: "b1", stock: null }]))).toBeNull()
    expect(totalStock(product("b", [{ id: "b1", stock: null }]))).toBeNull()
  })
})

describe("orders", () => {
  it("tells what the producer has to do with an order", () => {
    expect(orderStage({ status: "pending", fulfillment_status: "not_fulfilled" })).toBe("new")
    expect(orderStage({ status: "pending", fulfillment_status: "shipped" })).toBe("shipped")
    expect(orderStage({ status: "completed", fulfillment_status: "delivered" })).toBe("delivered")
    expect(orderStage({ status: "canceled", fulfillment_status: "not_fulfilled" })).toBe("canceled")
    expect(orderStage({ fulfillments: [{ shipped_at: "2026-11-29T10:00:00Z" }] })).toBe("shipped")
    expect(countNewOrders([{ id: "1", created_at: "" }, { id: "2", created_at: "", fulfillment_status: "shipped" }])).toBe(1)
  })

  it("finds the tracking number and carrier of the shipment that was not canceled", () => {
    expect(
      orderTracking({
        fulfillments: [
          { canceled_at: "2026-11-28T10:00:00Z", labels: [{ tracking_number: "OLD1" }], metadata: { carrier: "ghtk" } },
          { labels: [{ tracking_number: "GHN123" }], metadata: { carrier: "ghn" } },
        ],
      })
    ).toEqual({ carrier: "ghn", number: "GHN123" })
    expect(orderTracking({})).toEqual({ carrier: null, number: null })
  })

  it("numbers orders by their display id", () => {
    expect(orderNumber({ id: "order_01ABCDEF", display_id: 1024 })).toBe("#1024")
    expect(orderNumber({ id: "order_01ABCDEF" })).toBe("#ABCDEF")
  })

  it("checks the ship form against the carriers the API knows", () => {
    expect(checkShipForm({ carrier: "ghtk", tracking_number: " S123 456 " })).toEqual({
      ok: true,
      body: { carrier: "ghtk", tracking_number: "S123 456" },
    })
    expect(checkShipForm({ carrier: "", tracking_number: "" })).toEqual({
      ok: false,
      errors: { carrier: { code: "required" }, tracking_number: { code: "required" } },
    })
    expect(checkShipForm({ carrier: "dhl", tracking_number: "mã có dấu" })).toEqual({
      ok: false,
      errors: { carrier: { code: "invalidChoice" }, tracking_number: { code: "invalidTracking" } },
    })
  })
})

describe("safeSellerPath", () => {
  it("returns only to pages of the seller panel", () => {
    expect(safeSellerPath("/vi/seller/products/prod_1", "vi")).toBe("/vi/seller/products/prod_1")
    expect(safeSellerPath("/vi/seller?x=1", "vi")).toBe("/vi/seller?x=1")
    expect(safeSellerPath("/vi/sellerfake", "vi")).toBe("/vi/seller")
    expect(safeSellerPath("//evil.example/vi/seller", "vi")).toBe("/vi/seller")
    expect(safeSellerPath("/vi/seller/../../admin", "vi")).toBe("/vi/seller")
    expect(safeSellerPath("/vi/seller/login", "vi")).toBe("/vi/seller")
    expect(safeSellerPath("https://evil.example", "vi")).toBe("/vi/seller")
    expect(safeSellerPath(undefined, "en")).toBe("/en/seller")
  })
})
