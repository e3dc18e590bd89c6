import { createHmac } from "node:crypto"
import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { HashAlgorithm, VNPay, VnpLocale, ProductCode } from "vnpay"
import {
  buildVnpayPaymentUrl,
  formatVnpayDate,
  fromVnpayAmount,
  isVnpayPaymentSuccessful,
  phpUrlencode,
  purchaseIdFromVnpayTxnRef,
  toVnpayAmount,
  verifyVnpayQuery,
  vnpayCanonicalQuery,
  vnpayIpnAnswer,
  vnpayOrderInfo,
  vnpayPaymentParams,
  vnpayTxnRefForPurchase,
  VNPAY_SANDBOX_PAYMENT_URL,
  type VnpayIpnCheck,
} from "./vnpay"

const SECRET = "DEMOSECRETKEYFORTESTS0123456789AB"
const sign = (data: string) => createHmac("sha512", SECRET).update(data, "utf8").digest("hex")

const REQUEST = {
  tmnCode: "CLNDEMO1",
  amountVnd: 390000,
  txnRef: "01JD3B5R6Q7W8E9T0Y1U2I3O4P",
  orderInfo: "Thanh toán đơn hàng Chợ Làng Nghề",
  returnUrl: "http://localhost:8000/vi/checkout/vnpay-return",
  ipAddr: "127.0.0.1",
  createdAt: new Date("2026-11-30T03:04:05Z"),
  locale: "vn" as const,
}

describe("VNPay payment URL", () => {
  it("is signed exactly as the vnpay npm library signs the same input", () => {
    const ours = new URL(buildVnpayPaymentUrl(VNPAY_SANDBOX_PAYMENT_URL, vnpayPaymentParams(REQUEST), sign))
    const params = vnpayPaymentParams(REQUEST)
    const library = new VNPay({
      tmnCode: REQUEST.tmnCode,
      secureSecret: SECRET,
      vnpayHost: "https://sandbox.vnpayment.vn",
      hashAlgorithm: HashAlgorithm.SHA512,
    })
    const theirs = new URL(
      library.buildPaymentUrl({
        vnp_Amount: REQUEST.amountVnd, // the library multiplies by 100 itself
        vnp_IpAddr: REQUEST.ipAddr,
        vnp_TxnRef: REQUEST.txnRef,
        vnp_OrderInfo: params.vnp_OrderInfo!,
        vnp_OrderType: ProductCode.Other,
        vnp_ReturnUrl: REQUEST.returnUrl,
        vnp_Locale: VnpLocale.VN,
        vnp_CreateDate: Number(params.vnp_CreateDate),
        vnp_ExpireDate: Number(params.vnp_ExpireDate),
      })
    )
    expect(ours.searchParams.get("vnp_SecureHash")).toMatch(/^[0-9a-f]{128}$/)
    expect(ours.searchParams.get("vnp_SecureHash")).toBe(theirs.searchParams.get("vnp_SecureHash"))
    expect(ours.toString()).toBe(theirs.toString())
  })

  it("sends the amount in hundredths of a đồng and the dates in Vietnam's time", () => {
    const params = vnpayPaymentParams(REQUEST)
    expect(params.vnp_Amount).toBe("39000000")
    expect(params.vnp_CreateDate).toBe("20261130100405")
    expect(params.vnp_ExpireDate).toBe("20261130101905")
    expect(params.vnp_OrderInfo).toBe("Thanh toan don hang Cho Lang Nghe")
    expect(params.vnp_CurrCode).toBe("VND")
  })

  it("sorts the parameters and encodes them like PHP's urlencode", () => {
    expect(vnpayCanonicalQuery({ vnp_b: "a b", vnp_a: "x/y:z", other: "ignored", vnp_SecureHash: "h", vnp_c: "" })).toBe(
      "vnp_a=x%2Fy%3Az&vnp_b=a+b"
    )
    expect(phpUrlencode("a*b~c!d'e(f)g-h_i.j")).toBe("a%2Ab%7Ec%21d%27e%28f%29g-h_i.j")
    expect(phpUrlencode("Chè")).toBe("Ch%C3%A8")
  })

  it("encodes every text as URLSearchParams does, apart from '*' (PHP escapes it, WHATWG does not)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const form = new URLSearchParams({ k: text }).toString().slice(2)
        expect(phpUrlencode(text)).toBe(form.replace(/\*/g, "%2A"))
      })
    )
  })

  it("verifies what it signs, and any change to a value breaks the signature", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        (amountVnd, orderInfo, extra) => {
          const url = new URL(buildVnpayPaymentUrl(VNPAY_SANDBOX_PAYMENT_URL, vnpayPaymentParams({ ...REQUEST, amountVnd, orderInfo }), sign))
          const query = Object.fromEntries(url.searchParams)
          expect(verifyVnpayQuery(query, sign)).toBe(true)
          expect(verifyVnpayQuery({ ...query, vnp_Amount: String(amountVnd * 100 + 100) }, sign)).toBe(false)
          expect(verifyVnpayQuery({ ...query, vnp_OrderInfo: `${query.vnp_OrderInfo}${extra}` }, sign)).toBe(false)
          // Parameters that are not VNPay's are not signed and do not matter.
          expect(verifyVnpayQuery({ ...query, locale: extra }, sign)).toBe(true)
        }
      )
    )
  })

  it("refuses a missing, malformed or other-secret hash", () => {
    const query = Object.fromEntries(new URL(buildVnpayPaymentUrl(VNPAY_SANDBOX_PAYMENT_URL, vnpayPaymentParams(REQUEST), sign)).searchParams)
    const { vnp_SecureHash: _, ...unsigned } = query
    expect(verifyVnpayQuery(unsigned, sign)).toBe(false)
    expect(verifyVnpayQuery({ ...query, vnp_SecureHash: "abc" }, sign)).toBe(false)
    const otherSecret = (data: string) => createHmac("sha512", "another").update(data).digest("hex")
    expect(verifyVnpayQuery(query, otherSecret)).toBe(false)
    // The hash type is not part of what is signed.
    expect(verifyVnpayQuery({ ...query, vnp_SecureHashType: "HmacSHA512" }, sign)).toBe(true)
  })

  it("accepts an IPN signed with its empty parameters kept, as VNPay's reference code signs", () => {
    const ipn: Record<string, string> = { vnp_TxnRef: "ABC1", vnp_Amount: "100", vnp_BankTranNo: "", vnp_ResponseCode: "00" }
    ipn.vnp_SecureHash = sign(vnpayCanonicalQuery(ipn, { keepEmpty: true }))
    expect(verifyVnpayQuery(ipn, sign)).toBe(true)
  })
})

describe("VNPay amounts, dates and references", () => {
  it("multiplies by 100 and back for any whole positive amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e13 }), (vnd) => {
        const sent = toVnpayAmount(vnd)
        expect(Number.isInteger(sent)).toBe(true)
        expect(fromVnpayAmount(String(sent))).toBe(vnd)
      })
    )
    for (const bad of [0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER]) expect(() => toVnpayAmount(bad)).toThrow(RangeError)
    for (const bad of [undefined, "", "0", "-100", "150", "1e5", "12.00", "abc"]) expect(fromVnpayAmount(bad)).toBeNull()
  })

  it("writes 14 digits in GMT+7 for any instant", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), (d) => {
        const text = formatVnpayDate(d)
        expect(text).toMatch(/^\d{14}$/)
        const back = Date.UTC(+text.slice(0, 4), +text.slice(4, 6) - 1, +text.slice(6, 8), +text.slice(8, 10), +text.slice(10, 12), +text.slice(12, 14)) - 7 * 3600 * 1000
        expect(back).toBe(Math.floor(d.getTime() / 1000) * 1000)
      })
    )
    expect(formatVnpayDate(new Date("2026-12-31T17:30:00Z"))).toBe("20270101003000")
  })

  it("names a purchase by a letters-and-digits reference and back", () => {
    expect(vnpayTxnRefForPurchase("pur_01JD3B5R6Q7W8E9T0Y1U2I3O4P")).toBe("01JD3B5R6Q7W8E9T0Y1U2I3O4P")
    expect(purchaseIdFromVnpayTxnRef("01JD3B5R6Q7W8E9T0Y1U2I3O4P")).toBe("pur_01JD3B5R6Q7W8E9T0Y1U2I3O4P")
    expect(() => vnpayTxnRefForPurchase("order_01")).toThrow(RangeError)
    for (const bad of [undefined, "", "a-b", "x'; drop", "a".repeat(101)]) expect(purchaseIdFromVnpayTxnRef(bad)).toBeNull()
  })

  it("writes order info without diacritics or special characters", () => {
    expect(vnpayOrderInfo("Đơn #12 – Chè Shan tuyết (2 gói)")).toBe("Don 12 Che Shan tuyet 2 goi")
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (t) => {
      expect(vnpayOrderInfo(t)).toMatch(/^[A-Za-z0-9 ]{0,255}$/)
    }))
  })

  it("counts a payment as made only when both response and transaction status are 00", () => {
    expect(isVnpayPaymentSuccessful({ vnp_ResponseCode: "00", vnp_TransactionStatus: "00" })).toBe(true)
    expect(isVnpayPaymentSuccessful({ vnp_ResponseCode: "24", vnp_TransactionStatus: "02" })).toBe(false)
    expect(isVnpayPaymentSuccessful({ vnp_ResponseCode: "00" })).toBe(false)
  })
})

describe("VNPay IPN answer", () => {
  const pending = { amountVnd: 390000, state: "pending" as const }

  it("answers the documented codes", () => {
    expect(vnpayIpnAnswer({ checksumValid: true, order: pending, paidAmountVnd: 390000 })).toEqual({ RspCode: "00", Message: "Confirm Success" })
    expect(vnpayIpnAnswer({ checksumValid: false, order: pending, paidAmountVnd: 390000 }).RspCode).toBe("97")
    expect(vnpayIpnAnswer({ checksumValid: true, paidAmountVnd: 390000 }).RspCode).toBe("01")
    expect(vnpayIpnAnswer({ checksumValid: true, order: pending, paidAmountVnd: 39000 }).RspCode).toBe("04")
    expect(vnpayIpnAnswer({ checksumValid: true, order: pending, paidAmountVnd: null }).RspCode).toBe("04")
    expect(vnpayIpnAnswer({ checksumValid: true, order: { ...pending, state: "paid" }, paidAmountVnd: 390000 })).toEqual({
      RspCode: "02",
      Message: "Order already confirmed",
    })
    expect(vnpayIpnAnswer({ checksumValid: true, order: { ...pending, state: "failed" }, paidAmountVnd: 390000 }).RspCode).toBe("02")
  })

  it("checks in VNPay's order: checksum, then order, then amount, then state", () => {
    const check = fc.record({
      checksumValid: fc.boolean(),
      order: fc.option(fc.record({ amountVnd: fc.integer({ min: 1, max: 1e6 }), state: fc.constantFrom("pending", "paid", "failed") }), { nil: undefined }),
      paidAmountVnd: fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: null }),
    }) as fc.Arbitrary<VnpayIpnCheck>
    fc.assert(
      fc.property(check, (c) => {
        const { RspCode } = vnpayIpnAnswer(c)
        const expected = !c.checksumValid
          ? "97"
          : !c.order
            ? "01"
            : c.paidAmountVnd !== c.order.amountVnd
              ? "04"
              : c.order.state === "pending"
                ? "00"
                : "02"
        expect(RspCode).toBe(expected)
      })
    )
  })
})
