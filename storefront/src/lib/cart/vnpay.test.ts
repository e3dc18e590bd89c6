import { describe, expect, it } from "vitest"
import { vnpayOutcome, vnpayQuery, type VnpayReturnAnswer } from "./vnpay"

const answer = (over: Partial<VnpayReturnAnswer>): VnpayReturnAnswer => ({
  verified: true,
  paid: true,
  response_code: "00",
  amount: 100000,
  purchase_id: "purch_1",
  payment_status: "awaiting_ipn",
  ...over,
})

describe("vnpayQuery", () => {
  it("forwards only VNPay's parameters, once each", () => {
    expect(vnpayQuery({ vnp_Amount: "10000000", vnp_TxnRef: ["a", "b"], locale: "vi", "vnp_x-y": "1" })).toEqual({
      vnp_Amount: "10000000",
      vnp_TxnRef: "a",
    })
  })
})

describe("vnpayOutcome", () => {
  it("says paid only when the IPN recorded it, and 'confirming' when only the bank said so", () => {
    expect(vnpayOutcome(answer({ payment_status: "captured" }))).toBe("confirmed")
    expect(vnpayOutcome(answer({}))).toBe("confirming")
    expect(vnpayOutcome(answer({ paid: false, response_code: "24" }))).toBe("notPaid")
    expect(vnpayOutcome(answer({ payment_status: "failed" }))).toBe("notPaid")
    expect(vnpayOutcome(null)).toBe("invalid")
    expect(vnpayOutcome(answer({ verified: false }))).toBe("invalid")
  })
})
