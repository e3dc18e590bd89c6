import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { buyer, PRICES, registerCustomer, seedMarket, SHIPPING_FEE, TITLES, type Market } from "./fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await seedMarket(getContainer())
    })

    /** Everything a buyer could see or change of a cart, read as its owner. */
    const snapshot = async (owner: ReturnType<typeof buyer>, cartId: string) => {
      const { cart } = (await owner.get(`/store/carts/${cartId}`)).data
      return {
        email: cart.email,
        completed_at: cart.completed_at,
        address: cart.shipping_address?.address_1,
        items: cart.items.map((i: any) => [i.variant_id, i.quantity]).sort(),
        shipping: cart.shipping_methods.map((m: any) => m.shipping_option_id),
        promotions: cart.promotions?.length ?? 0,
        customer_id: cart.customer_id,
      }
    }

    it("answers 404 to anyone but its owner on every route of a registered customer's cart, and changes nothing", async () => {
      const lan = buyer(api, market, await registerCustomer(api, market, "lan@example.vn"))
      const hoaToken = await registerCustomer(api, market, "hoa@example.vn")
      const hoa = buyer(api, market, hoaToken)
      const anonymous = buyer(api, market)
      const cartId = await lan.cart([{ variant_id: market.variants.tea, quantity: 2 }], { email: "lan@example.vn" })
      const before = await snapshot(lan, cartId)
      const lineId = (await lan.get(`/store/carts/${cartId}`)).data.cart.items[0].id

      const attempts: [string, (who: ReturnType<typeof buyer>) => Promise<any>][] = [
        ["read", (who) => who.get(`/store/carts/${cartId}`)],
        ["summary", (who) => who.get(`/store/carts/${cartId}/summary`)],
        ["update", (who) => who.post(`/store/carts/${cartId}`, { email: "thief@example.vn" })],
        ["add line", (who) => who.post(`/store/carts/${cartId}/line-items`, { variant_id: market.variants.basket, quantity: 1 })],
        ["change line", (who) => who.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 5 })],
        ["delete line", (who) => api.delete(`/store/carts/${cartId}/line-items/${lineId}`, { headers: who === hoa ? hoaHeaders : anonHeaders }).catch((e: any) => e.response)],
        ["shipping", (who) => who.post(`/store/carts/${cartId}/shipping-methods`, { option_id: market.shippingOptions["tuyen-quang"] })],
        ["promotions", (who) => who.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["TET"] })],
        ["taxes", (who) => who.post(`/store/carts/${cartId}/taxes`)],
        ["take over", (who) => who.post(`/store/carts/${cartId}/customer`)],
        ["complete", (who) => who.post(`/store/carts/${cartId}/complete`)],
        ["place order", (who) => who.post(`/store/carts/${cartId}/place-order`)],
      ]
      const hoaHeaders = { "x-publishable-api-key": market.publishableKey, authorization: `Bearer ${hoaToken}` }
      const anonHeaders = { "x-publishable-api-key": market.publishableKey }
      for (const [who, name] of [
        [hoa, "another customer"],
        [anonymous, "a visitor"],
      ] as const) {
        for (const [what, call] of attempts) {
          const res = await call(who)
          // Taking a cart over needs a signed-in customer: a visitor may be stopped earlier (401).
          if (who === anonymous && what === "take over" && res.status === 401) continue
          expect({ who: name, what, status: res.status }).toEqual({ who: name, what, status: 404 })
          expect(res.data.message).toMatch(/Cart not found/)
        }
      }
      expect(await snapshot(lan, cartId)).toEqual(before)

      // An unknown id reads the same.
      const unknown = await hoa.get("/store/carts/cart_01ZZZZZZZZZZZZZZZZZZZZZZZZ")
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toMatch(/Cart not found/)

      // The owner keeps full use of it.
      expect((await lan.get(`/store/carts/${cartId}/summary`)).status).toBe(200)
      expect((await lan.post(`/store/carts/${cartId}/line-items`, { variant_id: market.variants.basket, quantity: 1 })).status).toBe(200)
    })

    it("leaves a guest cart open to whoever holds its id, even once Medusa attached a guest customer for its email", async () => {
      const guest = buyer(api, market)
      const cartId = await guest.cart([{ variant_id: market.variants.tea, quantity: 1 }], { email: "khach@example.vn" })
      const { cart } = (await guest.get(`/store/carts/${cartId}`)).data
      expect(cart.customer_id).toBeTruthy()

      const anotherDevice = buyer(api, market)
      expect((await anotherDevice.get(`/store/carts/${cartId}`)).status).toBe(200)
      expect((await anotherDevice.get(`/store/carts/${cartId}/summary`)).status).toBe(200)
      expect((await anotherDevice.post(`/store/carts/${cartId}/line-items`, { variant_id: market.variants.scarf, quantity: 1 })).status).toBe(200)
    })

    it("summarises the cart per producer with each producer's own shipping, and the totals are the placed orders' totals", async () => {
      const lan = buyer(api, market, await registerCustomer(api, market, "lan@example.vn"))
      const cartId = await lan.cart([
        { variant_id: market.variants.tea, quantity: 2 },
        { variant_id: market.variants.basket, quantity: 1 },
        { variant_id: market.variants.scarf, quantity: 1 },
      ])
      const res = await lan.get(`/store/carts/${cartId}/summary`)
      expect(res.status).toBe(200)
      const summary = res.data
      expect(summary.cart_id).toBe(cartId)
      expect(summary.currency_code).toBe("vnd")
      expect(summary.email).toBe("lan@example.vn")
      expect(summary.shipping_address.metadata).toEqual({ province_code: "08", commune_code: "02215" })
      expect(summary.shipping_option).toEqual({
        id: market.shippingOptions["tuyen-quang"],
        name: "Giao hàng nội tỉnh Tuyên Quang",
        amount: SHIPPING_FEE,
      })

      expect(summary.groups.map((g: any) => g.producer.handle)).toEqual(["htx-son-tra", "ho-vang-may"])
      const [sonTra, vangMay] = summary.groups
      expect(sonTra.producer).toEqual({ id: market.producers.sonTra.id, handle: "htx-son-tra", name: "HTX Sơn Trà", village: null })
      expect(sonTra.items.map((i: any) => [i.title, i.quantity, i.unit_price, i.subtotal, i.available_quantity])).toEqual([
        [TITLES.tea, 2, PRICES.tea, 2 * PRICES.tea, 10],
        [TITLES.scarf, 1, PRICES.scarf, PRICES.scarf, 10],
      ])
      expect(sonTra.items[0]).toMatchObject({ variant_id: market.variants.tea, product_handle: "tea", variant_title: "Tiêu chuẩn" })
      expect([sonTra.item_subtotal, sonTra.shipping_total, sonTra.total]).toEqual([
        2 * PRICES.tea + PRICES.scarf,
        SHIPPING_FEE,
        2 * PRICES.tea + PRICES.scarf + SHIPPING_FEE,
      ])
      expect([vangMay.item_subtotal, vangMay.shipping_total, vangMay.total]).toEqual([PRICES.basket, SHIPPING_FEE, PRICES.basket + SHIPPING_FEE])
      expect(vangMay.items[0].available_quantity).toBe(5)
      expect([summary.item_total, summary.shipping_total, summary.total]).toEqual([
        2 * PRICES.tea + PRICES.scarf + PRICES.basket,
        2 * SHIPPING_FEE,
        2 * PRICES.tea + PRICES.scarf + PRICES.basket + 2 * SHIPPING_FEE,
      ])

      const placed = await lan.post(`/store/carts/${cartId}/place-order`)
      expect(placed.status).toBe(200)
      const orderOf = Object.fromEntries(placed.data.purchase.orders.map((o: any) => [o.producer.handle, o]))
      for (const group of summary.groups) {
        const order = orderOf[group.producer.handle]
        expect({ producer: group.producer.handle, total: group.total, shipping: group.shipping_total, items: group.item_subtotal }).toEqual({
          producer: group.producer.handle,
          total: order.total,
          shipping: order.shipping_total,
          items: order.item_total,
        })
      }
      expect(summary.total).toBe(placed.data.purchase.total)
    })

    it("refuses query parameters on the summary, and summarises a cart with nothing chosen yet", async () => {
      const store = buyer(api, market)
      const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }], { email: false, address: false, shipping: false })
      expect((await store.get(`/store/carts/${cartId}/summary?fields=*items`)).status).toBe(400)
      const { data } = await store.get(`/store/carts/${cartId}/summary`)
      expect(data.shipping_option).toBeNull()
      expect(data.email).toBeNull()
      expect(data.groups.map((g: any) => [g.producer.handle, g.shipping_total, g.total])).toEqual([["htx-son-tra", 0, PRICES.tea]])
    })
  },
})
