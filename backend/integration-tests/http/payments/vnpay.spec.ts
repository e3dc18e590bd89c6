// medusa-config.ts reads the environment when the runner loads the app (in its beforeAll,
// after this module has run), so VNPay's test keys are set here, before the runner starts;
// Stripe's are removed so that it is the unconfigured provider in this file.
const VNPAY_SECRET = "CLNTESTSECRET0123456789ABCDEFGHIJ"
process.env.VNPAY_TMN_CODE = "CLNTEST1"
process.env.VNPAY_HASH_SECRET = VNPAY_SECRET
process.env.STOREFRONT_URL = "http://localhost:8000"
delete process.env.VNPAY_PAYMENT_URL
delete process.env.VNPAY_RETURN_URL
delete process.env.STRIPE_API_KEY
// The test client connects over loopback, standing in for the storefront's proxy.
process.env.TRUST_PROXY = "loopback"

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { buyer, countWrites, seedMarket, type Market } from "../checkout/fixtures"
import { offerInRegion, paymentsOf, toQueryString, vnpayIpn } from "./fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await seedMarket(getContainer())
      await offerInRegion(getContainer(), market, ["pp_vnpay_vnpay"])
    })

    /** A purchase of two producers' products, placed to be paid with VNPay. */
    async function placeWithVnpay() {
      const store = buyer(api, market)
      const cartId = await store.cart([
        { variant_id: market.variants.tea, quantity: 2 },
        { variant_id: market.variants.basket, quantity: 1 },
      ])
      const res = await store.post(`/store/carts/${cartId}/place-order`, { payment_provider: "pp_vnpay_vnpay" })
      expect(res.status).toBe(200)
      const url = new URL(res.data.payment.redirect_url)
      return { store, res, url, params: Object.fromEntries(url.searchParams) as Record<string, string> }
    }

    const ipn = (query: Record<string, string>) => api.get(`/hooks/vnpay/ipn?${toQueryString(query)}`)
    const orderIdsOf = (res: any) => res.data.purchase.orders.map((o: any) => o.id as string)

    it("offers VNPay next to cash on delivery, and not Stripe, whose keys are not set", async () => {
      const { data } = await buyer(api, market).get(`/store/payment-providers-available?region_id=${market.regionId}`)
      expect(data.payment_providers).toEqual([{ id: "pp_system_default" }, { id: "pp_vnpay_vnpay" }])
      const missing = await buyer(api, market).get(`/store/payment-providers-available`)
      expect(missing.status).toBe(400)
    })

    it("redirects to VNPay's sandbox with the purchase total × 100, signed as the vnpay library signs it", async () => {
      const { res, url, params } = await placeWithVnpay()
      const { purchase, payment } = res.data
      expect(`${url.origin}${url.pathname}`).toBe("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html")
      expect(payment.provider_id).toBe("pp_vnpay_vnpay")
      expect(params.vnp_Amount).toBe(String(purchase.total * 100))
      expect(params.vnp_TxnRef).toBe(purchase.id.replace(/^pur_/, ""))
      expect(params.vnp_TmnCode).toBe("CLNTEST1")
      expect(params.vnp_ReturnUrl).toBe("http://localhost:8000/vi/checkout/vnpay-return")
      expect(params.vnp_CreateDate).toMatch(/^\d{14}$/)
      // Both orders wait for the IPN; nothing is captured by the redirect.
      for (const order of purchase.orders) expect(order.payment_status).toBe("awaiting")

      // The library is an ES module; this file is compiled as CommonJS, hence the dynamic import.
      const { HashAlgorithm, ProductCode, VNPay, VnpLocale } = await import("vnpay")
      const library = new VNPay({ tmnCode: "CLNTEST1", secureSecret: VNPAY_SECRET, vnpayHost: "https://sandbox.vnpayment.vn", hashAlgorithm: HashAlgorithm.SHA512 })
      const theirs = new URL(
        library.buildPaymentUrl({
          vnp_Amount: purchase.total,
          vnp_IpAddr: params.vnp_IpAddr!,
          vnp_TxnRef: params.vnp_TxnRef!,
          vnp_OrderInfo: params.vnp_OrderInfo!,
          vnp_OrderType: ProductCode.Other,
          vnp_ReturnUrl: params.vnp_ReturnUrl!,
          vnp_Locale: VnpLocale.VN,
          vnp_CreateDate: Number(params.vnp_CreateDate),
          vnp_ExpireDate: Number(params.vnp_ExpireDate),
        })
      )
      expect(params.vnp_SecureHash).toMatch(/^[0-9a-f]{128}$/)
      expect(params.vnp_SecureHash).toBe(theirs.searchParams.get("vnp_SecureHash"))
    })

    it("captures every order of the purchase once on a valid IPN, and answers 02 when VNPay repeats it", async () => {
      const { res, params } = await placeWithVnpay()
      const orderIds = orderIdsOf(res)
      const query = vnpayIpn(VNPAY_SECRET, { vnp_TmnCode: params.vnp_TmnCode!, vnp_TxnRef: params.vnp_TxnRef!, vnp_Amount: params.vnp_Amount! })

      const first = await ipn(query)
      expect(first.status).toBe(200)
      expect(first.data).toEqual({ RspCode: "00", Message: "Confirm Success" })
      const after = await paymentsOf(getContainer(), orderIds)
      expect(after.captures).toBe(2)
      for (const order of after.orders) {
        const [collection] = order.payment_collections
        expect(collection.status).toBe("completed")
        expect(Number(collection.captured_amount)).toBe(Number(order.total))
        expect(collection.payments).toHaveLength(1)
        expect(collection.payments[0].captured_at).toBeTruthy()
      }
      const seen = await buyer(api, market).get(`/store/purchases/${res.data.purchase.id}?access_token=${res.data.access_token}`)
      expect(seen.data.purchase.orders.map((o: any) => o.payment_status)).toEqual(["captured", "captured"])

      const again = await ipn(query)
      expect(again.data).toEqual({ RspCode: "02", Message: "Order already confirmed" })
      expect((await paymentsOf(getContainer(), orderIds)).captures).toBe(2)

      // The same IPN twice at the same moment still captures nothing more.
      const both = await Promise.all([ipn(query), ipn(query)])
      expect(both.map((r) => r.data.RspCode)).toEqual(["02", "02"])
      expect((await paymentsOf(getContainer(), orderIds)).captures).toBe(2)
    })

    it("captures once when two identical IPNs arrive together: one 00, one 02", async () => {
      const { res, params } = await placeWithVnpay()
      const query = vnpayIpn(VNPAY_SECRET, { vnp_TmnCode: params.vnp_TmnCode!, vnp_TxnRef: params.vnp_TxnRef!, vnp_Amount: params.vnp_Amount! })
      const answers = await Promise.all([ipn(query), ipn(query)])
      expect(answers.map((r) => r.data.RspCode).sort()).toEqual(["00", "02"])
      expect((await paymentsOf(getContainer(), orderIdsOf(res))).captures).toBe(2)
    })

    it("answers 97 to a wrong checksum, 04 to a wrong amount, 01 to an unknown order, and changes nothing", async () => {
      const { res, params } = await placeWithVnpay()
      const orderIds = orderIdsOf(res)
      const genuine = vnpayIpn(VNPAY_SECRET, { vnp_TmnCode: params.vnp_TmnCode!, vnp_TxnRef: params.vnp_TxnRef!, vnp_Amount: params.vnp_Amount! })
      const before = await paymentsOf(getContainer(), orderIds)

      const tampered = await ipn({ ...genuine, vnp_Amount: "100" })
      expect(tampered.data).toEqual({ RspCode: "97", Message: "Invalid Checksum" })
      const otherSecret = await ipn(vnpayIpn("not-our-secret", { vnp_TmnCode: "CLNTEST1", vnp_TxnRef: params.vnp_TxnRef!, vnp_Amount: params.vnp_Amount! }))
      expect(otherSecret.data.RspCode).toBe("97")
      const unsigned = await api.get(`/hooks/vnpay/ipn?vnp_TxnRef=${params.vnp_TxnRef}`)
      expect(unsigned.data.RspCode).toBe("97")

      const wrongAmount = await ipn(vnpayIpn(VNPAY_SECRET, { vnp_TmnCode: "CLNTEST1", vnp_TxnRef: params.vnp_TxnRef!, vnp_Amount: String(Number(params.vnp_Amount) - 100000) }))
      expect(wrongAmount.data).toEqual({ RspCode: "04", Message: "Invalid amount" })

      const unknown = await ipn(vnpayIpn(VNPAY_SECRET, { vnp_TmnCode: "CLNTEST1", vnp_TxnRef: "01ZZZZZZZZZZZZZZZZZZZZZZZZ", vnp_Amount: params.vnp_Amount! }))
      expect(unknown.data).toEqual({ RspCode: "01", Message: "Order not found" })
      const notOurs = await ipn(vnpayIpn(VNPAY_SECRET, { vnp_TmnCode: "CLNTEST1", vnp_TxnRef: "x-1", vnp_Amount: params.vnp_Amount! }))
      expect(notOurs.data.RspCode).toBe("01")

      expect(await paymentsOf(getContainer(), orderIds)).toEqual(before)
      expect(before.captures).toBe(0)

      // The genuine IPN still goes through afterwards.
      expect((await ipn(genuine)).data.RspCode).toBe("00")
    })

    it("records a failed payment once and captures nothing", async () => {
      const { res, params } = await placeWithVnpay()
      const failed = vnpayIpn(VNPAY_SECRET, {
        vnp_TmnCode: "CLNTEST1",
        vnp_TxnRef: params.vnp_TxnRef!,
        vnp_Amount: params.vnp_Amount!,
        vnp_ResponseCode: "24",
        vnp_TransactionStatus: "02",
      })
      expect((await ipn(failed)).data.RspCode).toBe("00")
      const after = await paymentsOf(getContainer(), orderIdsOf(res))
      expect(after.captures).toBe(0)
      for (const order of after.orders) expect(order.payment_collections[0].payment_sessions[0].status).toBe("error")
      expect((await ipn(failed)).data.RspCode).toBe("02")
    })

    it("reports a signed return to the storefront without recording anything, and refuses a tampered one", async () => {
      const { res, params } = await placeWithVnpay()
      const returned = vnpayIpn(VNPAY_SECRET, { vnp_TmnCode: "CLNTEST1", vnp_TxnRef: params.vnp_TxnRef!, vnp_Amount: params.vnp_Amount! })
      const store = buyer(api, market)

      const shown = await store.get(`/store/payments/vnpay/return?${toQueryString(returned)}`)
      expect(shown.status).toBe(200)
      expect(shown.data.vnpay).toEqual({
        verified: true,
        paid: true,
        response_code: "00",
        amount: res.data.purchase.total,
        purchase_id: res.data.purchase.id,
        payment_status: "awaiting_ipn",
      })
      expect((await paymentsOf(getContainer(), orderIdsOf(res))).captures).toBe(0)

      const before = await paymentsOf(getContainer(), orderIdsOf(res))
      const tampered = await store.get(`/store/payments/vnpay/return?${toQueryString({ ...returned, vnp_ResponseCode: "00", vnp_Amount: "100" })}`)
      expect(tampered.status).toBe(400)
      expect(tampered.data.message).toMatch(/not signed by VNPay/)
      // One parameter changed (a failed payment made to look paid), the hash left out,
      // or nothing at all: each is refused, and the payments stay as they were.
      const failed = vnpayIpn(VNPAY_SECRET, { vnp_TmnCode: "CLNTEST1", vnp_TxnRef: params.vnp_TxnRef!, vnp_Amount: params.vnp_Amount!, vnp_ResponseCode: "24", vnp_TransactionStatus: "02" })
      const madePaid = await store.get(`/store/payments/vnpay/return?${toQueryString({ ...failed, vnp_ResponseCode: "00" })}`)
      expect(madePaid.status).toBe(400)
      const { vnp_SecureHash: _hash, ...unsigned } = returned
      expect((await store.get(`/store/payments/vnpay/return?${toQueryString(unsigned)}`)).status).toBe(400)
      expect((await store.get(`/store/payments/vnpay/return`)).status).toBe(400)
      expect(await paymentsOf(getContainer(), orderIdsOf(res))).toEqual(before)

      await ipn(returned)
      const confirmed = await store.get(`/store/payments/vnpay/return?${toQueryString(returned)}`)
      expect(confirmed.data.vnpay.payment_status).toBe("captured")
    })

    it("sends VNPay the buyer's address forwarded by a trusted proxy (TRUST_PROXY)", async () => {
      const store = buyer(api, market)
      const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }])
      const res = await api.post(
        `/store/carts/${cartId}/place-order`,
        { payment_provider: "pp_vnpay_vnpay" },
        { headers: { "x-publishable-api-key": market.publishableKey, "x-forwarded-for": "203.0.113.9" } }
      )
      expect(res.status).toBe(200)
      expect(new URL(res.data.payment.redirect_url).searchParams.get("vnp_IpAddr")).toBe("203.0.113.9")
    })

    it("refuses Stripe at checkout while its keys are not set, and writes nothing", async () => {
      const store = buyer(api, market)
      const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }])
      const before = await countWrites(getContainer())
      const res = await store.post(`/store/carts/${cartId}/place-order`, { payment_provider: "pp_stripe_stripe" })
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/not available/)
      expect(await countWrites(getContainer())).toEqual(before)
    })
  },
})
