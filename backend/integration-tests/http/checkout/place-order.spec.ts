import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { buyer, countWrites, PRICES, registerCustomer, seedMarket, SHIPPING_FEE, TITLES, type Market } from "./fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let token: string

    beforeEach(async () => {
      market = await seedMarket(getContainer())
      token = await registerCustomer(api, market, "lan@example.vn")
    })

    async function placeTwoProducerCart() {
      const store = buyer(api, market, token)
      const cartId = await store.cart([
        { variant_id: market.variants.tea, quantity: 2 },
        { variant_id: market.variants.basket, quantity: 2 },
        { variant_id: market.variants.scarf, quantity: 1 },
      ])
      const res = await store.post(`/store/carts/${cartId}/place-order`)
      return { store, cartId, res }
    }

    it("turns a cart of two producers into one order per producer, grouped by one purchase", async () => {
      const { res } = await placeTwoProducerCart()
      expect(res.status).toBe(200)
      const { purchase } = res.data
      expect(purchase.id).toMatch(/^pur_/)
      expect(purchase.orders).toHaveLength(2)

      const byProducer = Object.fromEntries(purchase.orders.map((o: any) => [o.producer.handle, o]))
      const sonTra = byProducer["htx-son-tra"]
      const vangMay = byProducer["ho-vang-may"]
      expect(sonTra.producer.name).toBe("HTX Sơn Trà")
      expect(vangMay.producer.name).toBe("Hộ Vàng Mây")
      // Only public producer fields reach the buyer.
      for (const order of purchase.orders) {
        expect(Object.keys(order.producer).sort()).toEqual(["handle", "id", "legal_kind", "logo_url", "name"])
      }

      // Each order holds only its producer's lines, at the cart's prices.
      expect(sonTra.items.map((i: any) => [i.title, i.quantity, i.unit_price]).sort()).toEqual(
        [
          [TITLES.scarf, 1, PRICES.scarf],
          [TITLES.tea, 2, PRICES.tea],
        ].sort()
      )
      expect(vangMay.items.map((i: any) => [i.title, i.quantity, i.unit_price])).toEqual([[TITLES.basket, 2, PRICES.basket]])

      // One flat-rate shipping method per order: each producer ships their own parcel.
      for (const order of purchase.orders) {
        expect(order.shipping_methods).toHaveLength(1)
        expect(order.shipping_methods[0].amount).toBe(SHIPPING_FEE)
        expect(order.shipping_total).toBe(SHIPPING_FEE)
        expect(order.status).toBe("pending")
        // Cash on delivery: a session is open, nothing is captured.
        expect(order.payment_status).toBe("awaiting")
        expect(order.fulfillment_status).toBe("not_fulfilled")
        expect(order.display_id).toEqual(expect.any(Number))
      }

      // Totals add up.
      expect(sonTra.item_total).toBe(2 * PRICES.tea + PRICES.scarf)
      expect(sonTra.total).toBe(2 * PRICES.tea + PRICES.scarf + SHIPPING_FEE)
      expect(vangMay.total).toBe(2 * PRICES.basket + SHIPPING_FEE)
      expect(purchase.total).toBe(sonTra.total + vangMay.total)
      expect(purchase.currency_code).toBe("vnd")
      expect(purchase.email).toBe("lan@example.vn")
    })

    it("links each order to its producer, the purchase and the cart, reserves its stock and completes the cart", async () => {
      const { store, cartId, res } = await placeTwoProducerCart()
      expect(res.status).toBe(200)
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)

      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "customer_id", "items.id", "items.variant_id", "items.quantity", "producer.handle", "purchase.id", "cart.id", "payment_collections.status", "payment_collections.amount", "payment_collections.payment_sessions.provider_id", "payment_collections.payment_sessions.status", "total"],
      })
      expect(orders).toHaveLength(2)
      for (const order of orders as any[]) {
        expect(order.purchase.id).toBe(res.data.purchase.id)
        expect(order.cart.id).toBe(cartId)
        expect(order.payment_collections).toHaveLength(1)
        expect(order.payment_collections[0].status).toBe("awaiting")
        expect(Number(order.payment_collections[0].amount)).toBe(Number(order.total))
        expect(order.payment_collections[0].payment_sessions).toEqual([
          expect.objectContaining({ provider_id: "pp_system_default", status: "pending" }),
        ])
      }
      const producerOf = (variantId: string) =>
        (orders as any[]).find((o) => o.items.some((i: any) => i.variant_id === variantId)).producer.handle
      expect(producerOf(market.variants.tea)).toBe("htx-son-tra")
      expect(producerOf(market.variants.scarf)).toBe("htx-son-tra")
      expect(producerOf(market.variants.basket)).toBe("ho-vang-may")

      // One reservation per order line, on the order line, for its quantity.
      const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({})
      const lines = (orders as any[]).flatMap((o) => o.items)
      expect(reservations).toHaveLength(3)
      for (const line of lines) {
        const reservation = reservations.find((r) => r.line_item_id === line.id)
        expect(Number(reservation?.quantity)).toBe(Number(line.quantity))
        expect(reservation?.location_id).toBe(market.locationId)
      }
      const [basketLevel] = await container
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: market.inventory.basket })
      expect(Number(basketLevel!.reserved_quantity)).toBe(2)

      const cart = await store.get(`/store/carts/${cartId}`)
      expect(cart.data.cart.completed_at).toBeTruthy()

      // Medusa's own order list shows the buyer both orders.
      const mine = await store.get("/store/orders")
      expect(mine.data.orders.map((o: any) => o.id).sort()).toEqual((orders as any[]).map((o) => o.id).sort())
    })

    it("refuses to place the same cart twice, with a clear message, and keeps the two orders", async () => {
      const { store, cartId, res } = await placeTwoProducerCart()
      expect(res.status).toBe(200)
      const before = await countWrites(getContainer())

      const again = await store.post(`/store/carts/${cartId}/place-order`)
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/đã được đặt hàng/)
      expect(again.data.message).toMatch(/already been placed/)
      expect(await countWrites(getContainer())).toEqual(before)
      expect(before).toEqual({ orders: 2, purchases: 1, reservations: 3, payment_collections: 2 })

      // Medusa's own completion of the same cart creates nothing more either.
      await store.post(`/store/carts/${cartId}/complete`)
      expect((await countWrites(getContainer())).orders).toBe(2)
    })

    it("shows the buyer their purchase and lists their purchases newest first", async () => {
      const { store, res } = await placeTwoProducerCart()
      const first = res.data.purchase
      const secondCart = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }])
      const second = (await store.post(`/store/carts/${secondCart}/place-order`)).data.purchase
      expect(second.orders).toHaveLength(1)
      expect(second.orders[0].producer.handle).toBe("htx-son-tra")
      expect(second.total).toBe(PRICES.tea + SHIPPING_FEE)

      const one = await store.get(`/store/purchases/${first.id}`)
      expect(one.status).toBe(200)
      expect(one.data.purchase.orders.map((o: any) => o.id)).toEqual(first.orders.map((o: any) => o.id))
      expect(one.data.purchase.orders.map((o: any) => o.producer.handle).sort()).toEqual(["ho-vang-may", "htx-son-tra"])

      const list = await store.get("/store/customers/me/purchases")
      expect(list.status).toBe(200)
      expect(list.data.purchases.map((p: any) => p.id)).toEqual([second.id, first.id])
      expect(list.data.count).toBe(2)
      expect(list.data.purchases[1].orders).toHaveLength(2)

      const signedOut = await buyer(api, market).get("/store/customers/me/purchases")
      expect(signedOut.status).toBe(401)
    })

    it("lets a guest place a cart and see that purchase with the access token place-order answered, not by its id alone", async () => {
      const guest = buyer(api, market)
      const cartId = await guest.cart(
        [
          { variant_id: market.variants.tea, quantity: 1 },
          { variant_id: market.variants.basket, quantity: 1 },
        ],
        { email: "khach@example.vn" }
      )
      const res = await guest.post(`/store/carts/${cartId}/place-order`)
      expect(res.status).toBe(200)
      expect(res.data.purchase.orders).toHaveLength(2)
      const purchaseId = res.data.purchase.id
      expect(res.data.access_token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      const seen = await guest.get(`/store/purchases/${purchaseId}?access_token=${res.data.access_token}`)
      expect(seen.status).toBe(200)
      expect(seen.data.purchase.email).toBe("khach@example.vn")
      // Each order says who fulfils it and where its payment and delivery stand.
      for (const order of seen.data.purchase.orders) {
        expect(order.producer.handle).toMatch(/^(htx-son-tra|ho-vang-may)$/)
        expect(order.payment_status).toBe("awaiting")
        expect(order.fulfillment_status).toBe("not_fulfilled")
      }

      // The id alone (it travels to VNPay and back) or a wrong token shows nothing.
      expect((await guest.get(`/store/purchases/${purchaseId}`)).status).toBe(404)
      const wrong = `${res.data.access_token.slice(0, -1)}${res.data.access_token.endsWith("A") ? "B" : "A"}`
      expect((await guest.get(`/store/purchases/${purchaseId}?access_token=${wrong}`)).status).toBe(404)
      // Another purchase's token does not open this one.
      const otherCart = await guest.cart([{ variant_id: market.variants.tea, quantity: 1 }], { email: "khac@example.vn" })
      const other = await guest.post(`/store/carts/${otherCart}/place-order`)
      expect((await guest.get(`/store/purchases/${purchaseId}?access_token=${other.data.access_token}`)).status).toBe(404)
    })
  },
})
