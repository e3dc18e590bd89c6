// medusa-config.ts reads the environment when the runner loads the app (in its beforeAll,
// after this module has run): no payment keys are set here, so only cash on delivery exists.
delete process.env.VNPAY_TMN_CODE
delete process.env.VNPAY_HASH_SECRET
delete process.env.STRIPE_API_KEY

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { attempt, bearer, producerLogin } from "../../helpers/auth"
import { buyer, countWrites, seedMarket, type Market } from "../checkout/fixtures"
import { paymentsOf } from "./fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await seedMarket(getContainer())
    })

    it("offers only cash on delivery when no payment keys are set, and refuses the others at checkout", async () => {
      const store = buyer(api, market)
      const { data } = await store.get(`/store/payment-providers-available?region_id=${market.regionId}`)
      expect(data.payment_providers).toEqual([{ id: "pp_system_default" }])

      const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }])
      // The same answer for the buyer's cart, whose region decides.
      expect((await store.get(`/store/payment-providers-available?cart_id=${cartId}`)).data.payment_providers).toEqual([{ id: "pp_system_default" }])
      expect((await store.get(`/store/payment-providers-available?cart_id=cart_none`)).status).toBe(404)
      expect((await store.get(`/store/payment-providers-available?cart_id=${cartId}&region_id=${market.regionId}`)).status).toBe(400)
      const before = await countWrites(getContainer())
      for (const provider of ["pp_vnpay_vnpay", "pp_stripe_stripe"]) {
        const res = await store.post(`/store/carts/${cartId}/place-order`, { payment_provider: provider })
        expect(res.status, provider).toBe(400)
        expect(res.data.message).toMatch(/chưa được hỗ trợ/)
        expect(res.data.message).toContain(`"${provider}" is not available`)
      }
      const unknown = await store.post(`/store/carts/${cartId}/place-order`, { payment_provider: "pp_momo_momo" })
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/payment_provider/)
      expect(await countWrites(getContainer())).toEqual(before)

      // Cash on delivery is still the default, and the cart can still be placed.
      const placed = await store.post(`/store/carts/${cartId}/place-order`)
      expect(placed.status).toBe(200)
      expect(placed.data.payment.provider_id).toBe("pp_system_default")
      expect(placed.data.payment.redirect_url).toBeNull()
    })

    it("answers the VNPay endpoints plainly when VNPay is not configured", async () => {
      const ipn = await api.get(`/hooks/vnpay/ipn?vnp_TxnRef=ABC&vnp_SecureHash=00`)
      expect(ipn.data).toEqual({ RspCode: "99", Message: "Unknown error" })
      const back = await buyer(api, market).get(`/store/payments/vnpay/return?vnp_TxnRef=ABC`)
      expect(back.status).toBe(404)
    })

    it("captures a cash-on-delivery order's payment when its producer marks it delivered, and only then", async () => {
      const container = getContainer()
      const sonTra = bearer(await producerLogin(api, container, market.producers.sonTra.id, "sontra@example.vn"))
      const store = buyer(api, market)
      const cartId = await store.cart([
        { variant_id: market.variants.tea, quantity: 2 },
        { variant_id: market.variants.basket, quantity: 1 },
      ])
      const placed = await store.post(`/store/carts/${cartId}/place-order`)
      const orders = placed.data.purchase.orders as any[]
      const mine = orders.find((o) => o.producer.handle === "htx-son-tra")!
      const other = orders.find((o) => o.producer.handle === "ho-vang-may")!

      await api.post(`/producer/orders/${mine.id}/ship`, { carrier: "ghn", tracking_number: "GHN123456" }, sonTra)
      let state = await paymentsOf(container, [mine.id])
      expect(state.captures).toBe(0)
      expect(state.orders[0].payment_collections[0].status).toBe("awaiting")

      const delivered = await api.post(`/producer/orders/${mine.id}/deliver`, {}, sonTra)
      expect(delivered.status).toBe(200)
      state = await paymentsOf(container, [mine.id, other.id])
      const byId = Object.fromEntries(state.orders.map((o) => [o.id, o]))
      const collection = byId[mine.id].payment_collections[0]
      expect(collection.status).toBe("completed")
      expect(Number(collection.captured_amount)).toBe(Number(mine.total))
      expect(collection.payments).toHaveLength(1)
      expect(collection.payments[0].captured_at).toBeTruthy()
      // The other producer's order is not delivered: its cash is not in.
      expect(byId[other.id].payment_collections[0].status).toBe("awaiting")
      expect(state.captures).toBe(1)

      const seen = await store.get(`/store/purchases/${placed.data.purchase.id}?access_token=${placed.data.access_token}`)
      // Each part says how it is paid and where it goes, for the confirmation and the account pages.
      for (const order of seen.data.purchase.orders) {
        expect(order.payment_provider_id).toBe("pp_system_default")
        expect(order.shipping_address).toMatchObject({ country_code: "vn", metadata: { province_code: expect.any(String), commune_code: expect.any(String) } })
      }
      const status = Object.fromEntries(seen.data.purchase.orders.map((o: any) => [o.id, o.payment_status]))
      expect(status).toEqual({ [mine.id]: "captured", [other.id]: "awaiting" })

      // Delivering twice is refused and captures nothing more.
      const again = await attempt(api.post(`/producer/orders/${mine.id}/deliver`, {}, sonTra))
      expect(again.status).toBe(400)
      expect((await paymentsOf(container, [mine.id])).captures).toBe(1)
    })
  },
})
