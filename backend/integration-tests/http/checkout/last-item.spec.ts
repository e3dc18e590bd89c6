import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { buyer, registerCustomer, seedMarket, TITLES, type Market } from "./fixtures"

const ROUNDS = 5

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await seedMarket(getContainer())
    })

    /** Orders, reservations and the level of the basket, read straight from the modules. */
    async function basketState() {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const inventory = container.resolve(Modules.INVENTORY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["id", "items.variant_id"] })
      const basketOrders = (orders as any[]).filter((o) => o.items.some((i: any) => i.variant_id === market.variants.basket))
      const reservations = await inventory.listReservationItems({ inventory_item_id: market.inventory.basket })
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: market.inventory.basket })
      return {
        orders: basketOrders.length,
        reservations: reservations.length,
        reserved: Number(level!.reserved_quantity),
      }
    }

    it(`sells the last basket once when two buyers place it at the same moment (${ROUNDS} rounds)`, async () => {
      const lanToken = await registerCustomer(api, market, "lan@example.vn")
      const hoaToken = await registerCustomer(api, market, "hoa@example.vn")
      const lan = buyer(api, market, lanToken)
      const hoa = buyer(api, market, hoaToken)

      for (let round = 1; round <= ROUNDS; round++) {
        // One basket left, on top of the ones earlier rounds sold.
        await updateInventoryLevelsWorkflow(getContainer()).run({
          input: { updates: [{ inventory_item_id: market.inventory.basket, location_id: market.locationId, stocked_quantity: round }] },
        })
        const carts = await Promise.all([
          lan.cart([{ variant_id: market.variants.basket, quantity: 1 }], { email: "lan@example.vn" }),
          hoa.cart([{ variant_id: market.variants.basket, quantity: 1 }], { email: "hoa@example.vn" }),
        ])
        const answers = await Promise.all([
          lan.post(`/store/carts/${carts[0]}/place-order`),
          hoa.post(`/store/carts/${carts[1]}/place-order`),
        ])

        const statuses = answers.map((a) => a.status).sort()
        expect(statuses, `round ${round}: ${JSON.stringify(answers.map((a) => a.data?.message))}`).toEqual([200, 409])
        const refused = answers.find((a) => a.status !== 200)!
        expect(refused.data.message).toMatch(/Hết hàng/)
        expect(refused.data.message).toMatch(/out of stock/i)
        expect(refused.data.message).toContain(TITLES.basket)

        // Exactly one more order, reservation and reserved piece each round.
        expect(await basketState()).toEqual({ orders: round, reservations: round, reserved: round })

        // The refused cart is still open, and nothing was left locked: with stock back,
        // it places.
        const refusedCart = carts[answers.indexOf(refused)]!
        const refusedBuyer = answers.indexOf(refused) === 0 ? lan : hoa
        expect((await refusedBuyer.get(`/store/carts/${refusedCart}`)).data.cart.completed_at).toBeNull()
      }

      await updateInventoryLevelsWorkflow(getContainer()).run({
        input: { updates: [{ inventory_item_id: market.inventory.basket, location_id: market.locationId, stocked_quantity: ROUNDS + 1 }] },
      })
      const last = await lan.cart([{ variant_id: market.variants.basket, quantity: 1 }])
      expect((await lan.post(`/store/carts/${last}/place-order`)).status).toBe(200)
      expect(await basketState()).toEqual({ orders: ROUNDS + 1, reservations: ROUNDS + 1, reserved: ROUNDS + 1 })
    })
  },
})
