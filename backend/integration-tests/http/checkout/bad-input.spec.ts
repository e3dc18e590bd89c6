// VNPay's test keys, set before the runner loads medusa-config (see payments/vnpay.spec.ts).
// TRUST_PROXY is left unset here: the default, trusting no proxy.
const VNPAY_SECRET = "CLNTESTSECRET0123456789ABCDEFGHIJ"
process.env.VNPAY_TMN_CODE = "CLNTEST1"
process.env.VNPAY_HASH_SECRET = VNPAY_SECRET
delete process.env.TRUST_PROXY

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { offerInRegion, paymentsOf, toQueryString, vnpayIpn } from "../payments/fixtures"
import { buyer, registerCustomer, seedMarket, type Market } from "./fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await seedMarket(getContainer())
    })

    /** What a buyer would notice of a cart: lines, quantities and total. */
    const cartState = async (store: ReturnType<typeof buyer>, cartId: string) => {
      const { cart } = (await store.get(`/store/carts/${cartId}`)).data
      return { items: cart.items.map((i: any) => [i.id, i.variant_id, i.quantity]).sort(), total: cart.total }
    }

    it("refuses a line with quantity 0 or below, or a line changed to a negative quantity, and leaves the cart as it was", async () => {
      const store = buyer(api, market)
      const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 2 }])
      const lineId = (await store.get(`/store/carts/${cartId}`)).data.cart.items[0].id
      const before = await cartState(store, cartId)

      for (const quantity of [-1, 0, -1000]) {
        const res = await store.post(`/store/carts/${cartId}/line-items`, { variant_id: market.variants.basket, quantity })
        expect({ quantity, status: res.status }).toEqual({ quantity, status: 400 })
      }
      for (const quantity of [-1, -5]) {
        const res = await store.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity })
        expect({ quantity, status: res.status }).toEqual({ quantity, status: 400 })
      }
      const notANumber = await store.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: "many" })
      expect(notANumber.status).toBe(400)
      expect(await cartState(store, cartId)).toEqual(before)
    })

    it("answers 404 for another registered customer's cart and leaves it unchanged", async () => {
      const lan = buyer(api, market, await registerCustomer(api, market, "lan@example.vn"))
      const hoa = buyer(api, market, await registerCustomer(api, market, "hoa@example.vn"))
      const cartId = await lan.cart([{ variant_id: market.variants.tea, quantity: 1 }])
      const lineId = (await lan.get(`/store/carts/${cartId}`)).data.cart.items[0].id
      const before = await cartState(lan, cartId)
      expect((await hoa.post(`/store/carts/${cartId}/line-items`, { variant_id: market.variants.tea, quantity: 3 })).status).toBe(404)
      expect((await hoa.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 9 })).status).toBe(404)
      expect(await cartState(lan, cartId)).toEqual(before)
    })

    it("refuses a tampered or unsigned VNPay return with 400 and leaves the payment as it was", async () => {
      await offerInRegion(getContainer(), market, ["pp_vnpay_vnpay"])
      const store = buyer(api, market)
      const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }])
      const placed = await store.post(`/store/carts/${cartId}/place-order`, { payment_provider: "pp_vnpay_vnpay" })
      expect(placed.status).toBe(200)
      const params = Object.fromEntries(new URL(placed.data.payment.redirect_url).searchParams) as Record<string, string>
      const orderIds = placed.data.purchase.orders.map((o: any) => o.id)
      const signed = vnpayIpn(VNPAY_SECRET, { vnp_TmnCode: "CLNTEST1", vnp_TxnRef: params.vnp_TxnRef!, vnp_Amount: params.vnp_Amount! })
      const before = await paymentsOf(getContainer(), orderIds)

      const { vnp_SecureHash: _hash, ...noHash } = signed
      for (const query of [
        { ...signed, vnp_Amount: String(Number(signed.vnp_Amount) + 100) },
        { ...signed, vnp_TxnRef: "01ZZZZZZZZZZZZZZZZZZZZZZZZ" },
        { ...signed, vnp_SecureHash: signed.vnp_SecureHash!.replace(/^./, (c) => (c === "a" ? "b" : "a")) },
        noHash,
      ]) {
        const res = await store.get(`/store/payments/vnpay/return?${toQueryString(query)}`)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/not signed by VNPay/)
      }
      expect(await paymentsOf(getContainer(), orderIds)).toEqual(before)
      expect(before.captures).toBe(0)

      // Without TRUST_PROXY, a forwarded-for header a buyer sends is not taken as their address.
      const forged = await store.cart([{ variant_id: market.variants.scarf, quantity: 1 }])
      const res = await api.post(
        `/store/carts/${forged}/place-order`,
        { payment_provider: "pp_vnpay_vnpay" },
        { headers: { "x-publishable-api-key": market.publishableKey, "x-forwarded-for": "203.0.113.9" } }
      )
      expect(res.status).toBe(200)
      expect(new URL(res.data.payment.redirect_url).searchParams.get("vnp_IpAddr")).not.toBe("203.0.113.9")
    })
  },
})
