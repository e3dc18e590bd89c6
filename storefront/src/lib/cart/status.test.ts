import { describe, expect, it } from "vitest"
import { orderNumber, orderStage, paymentStage } from "./status"

describe("orderStage", () => {
  it("follows the fulfilment, and a cancellation wins", () => {
    expect(orderStage({ status: "pending", fulfillment_status: "not_fulfilled" })).toBe("received")
    expect(orderStage({ status: "pending", fulfillment_status: "fulfilled" })).toBe("preparing")
    expect(orderStage({ status: "pending", fulfillment_status: "shipped" })).toBe("shipped")
    expect(orderStage({ status: "completed", fulfillment_status: "delivered" })).toBe("delivered")
    expect(orderStage({ status: "canceled", fulfillment_status: "shipped" })).toBe("canceled")
  })
})

describe("paymentStage", () => {
  it("words cash on delivery as paid to the courier until it is captured", () => {
    expect(paymentStage({ payment_status: "authorized" }, "cod")).toBe("payOnDelivery")
    expect(paymentStage({ payment_status: "not_paid" }, "cod")).toBe("payOnDelivery")
    expect(paymentStage({ payment_status: "captured" }, "cod")).toBe("paid")
  })
  it("says an online payment is awaited until authorised or captured", () => {
    expect(paymentStage({ payment_status: "not_paid" }, "vnpay")).toBe("awaiting")
    expect(paymentStage({ payment_status: "awaiting" }, null)).toBe("awaiting")
    expect(paymentStage({ payment_status: "authorized" }, "stripe")).toBe("paid")
    expect(paymentStage({ payment_status: "refunded" }, "vnpay")).toBe("refunded")
    expect(paymentStage({ payment_status: "canceled" }, "cod")).toBe("canceled")
  })
})

describe("orderNumber", () => {
  it("uses the display number", () => {
    expect(orderNumber({ id: "order_01ABCDEF", display_id: 12 })).toBe("#12")
    expect(orderNumber({ id: "order_01abcdef", display_id: null })).toBe("#ABCDEF")
  })
})
