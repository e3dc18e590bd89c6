import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PURCHASE_MODULE } from "../../../src/modules/purchase"
import type PurchaseModuleService from "../../../src/modules/purchase/service"
import { buyer, countWrites, registerCustomer, seedMarket, TITLES, type Market } from "./fixtures"

const NOTHING = { orders: 0, purchases: 0, reservations: 0, payment_collections: 0 }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await seedMarket(getContainer())
    })

    const setBasketStock = (stocked_quantity: number) =>
      updateInventoryLevelsWorkflow(getContainer()).run({
        input: {
          updates: [{ inventory_item_id: market.inventory.basket, location_id: market.locationId, stocked_quantity }],
        },
      })

    it("refuses a quantity above stock with an out-of-stock message and writes nothing", async () => {
      const store = buyer(api, market)
      const cartId = await store.cart([
        { variant_id: market.variants.tea, quantity: 2 },
        { variant_id: market.variants.basket, quantity: 3 },
      ])
      // Stock fell after the buyer filled the cart (another sale, a breakage).
      await setBasketStock(2)

      const res = await store.post(`/store/carts/${cartId}/place-order`)
      expect(res.status).toBe(409)
      expect(res.data.message).toMatch(/Hết hàng/)
      expect(res.data.message).toMatch(/out of stock/i)
      expect(res.data.message).toContain(TITLES.basket)
      expect(res.data.message).not.toContain(TITLES.tea)
      expect(await countWrites(getContainer())).toEqual(NOTHING)
      expect((await store.get(`/store/carts/${cartId}`)).data.cart.completed_at).toBeNull()

      // Nothing was left half-done, not even the lock: with stock back, the same cart places.
      await setBasketStock(5)
      const retry = await store.post(`/store/carts/${cartId}/place-order`)
      expect(retry.status).toBe(200)
      expect(retry.data.purchase.orders).toHaveLength(2)
    })

    it("refuses the last piece to a second buyer once the first has placed it", async () => {
      await setBasketStock(1)
      const first = buyer(api, market)
      const second = buyer(api, market)
      const firstCart = await first.cart([{ variant_id: market.variants.basket, quantity: 1 }])
      const secondCart = await second.cart([{ variant_id: market.variants.basket, quantity: 1 }], { email: "hoa@example.vn" })

      expect((await first.post(`/store/carts/${firstCart}/place-order`)).status).toBe(200)
      const res = await second.post(`/store/carts/${secondCart}/place-order`)
      expect(res.status).toBe(409)
      expect(res.data.message).toMatch(/Hết hàng.*out of stock/i)
      expect(await countWrites(getContainer())).toEqual({ orders: 1, purchases: 1, reservations: 1, payment_collections: 1 })
    })

    it("undoes orders, reservations and links when a step after them fails", async () => {
      const store = buyer(api, market)
      const cartId = await store.cart([
        { variant_id: market.variants.tea, quantity: 1 },
        { variant_id: market.variants.basket, quantity: 1 },
      ])
      // A purchase already holding this cart makes the purchase step fail on its unique
      // cart_id, after the orders were created and their stock reserved.
      const purchases: PurchaseModuleService = getContainer().resolve(PURCHASE_MODULE)
      await purchases.createPurchases({ cart_id: cartId, email: "x@example.vn", currency_code: "vnd", total: 0 })

      const res = await store.post(`/store/carts/${cartId}/place-order`)
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(await countWrites(getContainer())).toEqual({ ...NOTHING, purchases: 1 })
      const [basketLevel] = await getContainer()
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: market.inventory.basket })
      expect(Number(basketLevel!.reserved_quantity)).toBe(0)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"] })
      expect(links).toEqual([])
      expect((await store.get(`/store/carts/${cartId}`)).data.cart.completed_at).toBeNull()
    })

    it("refuses an empty cart and writes nothing", async () => {
      const store = buyer(api, market)
      const cartId = await store.cart([], { shipping: false })
      const res = await store.post(`/store/carts/${cartId}/place-order`)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/Giỏ hàng trống/)
      expect(res.data.message).toMatch(/cart is empty/)
      expect(await countWrites(getContainer())).toEqual(NOTHING)
    })

    it("names what a cart without address and shipping lacks and writes nothing", async () => {
      const store = buyer(api, market)
      const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }], { address: false, shipping: false })
      const res = await store.post(`/store/carts/${cartId}/place-order`)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/shipping address/)
      expect(res.data.message).toMatch(/shipping method/)
      expect(res.data.message).not.toMatch(/email/)
      expect(await countWrites(getContainer())).toEqual(NOTHING)
      expect((await store.get(`/store/carts/${cartId}`)).data.cart.completed_at).toBeNull()
    })

    it("names a missing email", async () => {
      const store = buyer(api, market)
      const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }], { email: false })
      const res = await store.post(`/store/carts/${cartId}/place-order`)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/missing: email\./)
      expect(await countWrites(getContainer())).toEqual(NOTHING)
    })

    it("refuses a body with unknown fields", async () => {
      const store = buyer(api, market)
      const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }])
      const res = await store.post(`/store/carts/${cartId}/place-order`, { producer_id: "prod_x" })
      expect(res.status).toBe(400)
      expect(await countWrites(getContainer())).toEqual(NOTHING)
    })

    it("answers 404 for an unknown cart", async () => {
      const res = await buyer(api, market).post("/store/carts/cart_does_not_exist/place-order")
      expect(res.status).toBe(404)
    })

    it("hides a customer's cart and purchase from other buyers", async () => {
      const lanToken = await registerCustomer(api, market, "lan@example.vn")
      const hoaToken = await registerCustomer(api, market, "hoa@example.vn")
      const lan = buyer(api, market, lanToken)
      const hoa = buyer(api, market, hoaToken)
      const anonymous = buyer(api, market)

      const cartId = await lan.cart([{ variant_id: market.variants.tea, quantity: 1 }])
      expect((await hoa.post(`/store/carts/${cartId}/place-order`)).status).toBe(404)
      expect((await anonymous.post(`/store/carts/${cartId}/place-order`)).status).toBe(404)
      expect(await countWrites(getContainer())).toEqual(NOTHING)

      const placed = await lan.post(`/store/carts/${cartId}/place-order`)
      expect(placed.status).toBe(200)
      const purchaseId = placed.data.purchase.id

      expect((await lan.get(`/store/purchases/${purchaseId}`)).status).toBe(200)
      const other = await hoa.get(`/store/purchases/${purchaseId}`)
      expect(other.status).toBe(404)
      expect(other.data.message).toMatch(/not found/)
      expect((await anonymous.get(`/store/purchases/${purchaseId}`)).status).toBe(404)
      expect((await lan.get("/store/purchases/pur_unknown")).status).toBe(404)
      expect((await hoa.get("/store/customers/me/purchases")).data.purchases).toEqual([])
    })
  },
})
