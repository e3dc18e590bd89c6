import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow, deleteShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureZonedShippingOptions } from "../../../src/scripts/shipping-options"
import { ADDRESS, buyer, HANOI_ADDRESS, PRICES, seedMarket, SHIPPING_FEES, US_ADDRESS, type Market } from "./fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market

    beforeEach(async () => {
      market = await seedMarket(getContainer())
    })

    const offered = async (store: ReturnType<typeof buyer>, cartId: string) => {
      const res = await store.get(`/store/shipping-options?cart_id=${cartId}`)
      expect(res.status).toBe(200)
      return (res.data.shipping_options as any[]).map((o) => [o.name, o.amount])
    }

    it("offers each delivery address its zone's option only, at its price", async () => {
      const store = buyer(api, market)
      const tuyenQuang = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }], { shipping: false })
      expect(await offered(store, tuyenQuang)).toEqual([["Giao hàng nội tỉnh Tuyên Quang", 20000]])

      const hanoi = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }], { address: HANOI_ADDRESS, shipping: false })
      expect(await offered(store, hanoi)).toEqual([["Giao hàng toàn quốc", 35000]])

      const abroad = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }], {
        address: US_ADDRESS,
        region_id: market.internationalRegionId,
        shipping: false,
      })
      expect(await offered(store, abroad)).toEqual([["International shipping", 25]])

      // Medusa pre-fills the country of a Vietnam-only cart; without a province, no zone yet.
      const noAddress = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }], { address: false, shipping: false })
      expect(await offered(store, noAddress)).toEqual([])

      // Moving the address moves the offer.
      expect((await store.post(`/store/carts/${hanoi}`, { shipping_address: ADDRESS })).status).toBe(200)
      expect(await offered(store, hanoi)).toEqual([["Giao hàng nội tỉnh Tuyên Quang", 20000]])
    })

    it("refuses another zone's option and leaves the cart without a shipping method", async () => {
      const store = buyer(api, market)
      const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }], { shipping: false })
      for (const optionId of [market.shippingOptions.vietnam, market.shippingOptions.international]) {
        const res = await store.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId })
        expect(res.status).toBeGreaterThanOrEqual(400)
        expect(res.status).toBeLessThan(500)
      }
      expect((await store.get(`/store/carts/${cartId}`)).data.cart.shipping_methods).toEqual([])
      const right = await store.post(`/store/carts/${cartId}/shipping-methods`, { option_id: market.shippingOptions["tuyen-quang"] })
      expect(right.status).toBe(200)
      expect(right.data.cart.shipping_methods.map((m: any) => m.amount)).toEqual([20000])
    })

    it("charges each producer's order its own zone shipping when a two-producer cart is placed", async () => {
      for (const [address, fee] of [
        [ADDRESS, SHIPPING_FEES["tuyen-quang"]],
        [HANOI_ADDRESS, SHIPPING_FEES.vietnam],
      ] as const) {
        const store = buyer(api, market)
        const cartId = await store.cart(
          [
            { variant_id: market.variants.tea, quantity: 1 },
            { variant_id: market.variants.basket, quantity: 1 },
          ],
          { address }
        )
        const res = await store.post(`/store/carts/${cartId}/place-order`)
        expect(res.status).toBe(200)
        const orders = res.data.purchase.orders as any[]
        expect(orders).toHaveLength(2)
        for (const order of orders) {
          expect(order.shipping_methods.map((m: any) => m.amount)).toEqual([fee])
          expect(order.shipping_total).toBe(fee)
        }
        expect(orders.map((o) => o.total).sort((a, b) => a - b)).toEqual([PRICES.tea + fee, PRICES.basket + fee])
      }
    })

    it("the seed replaces an older database's zoneless option with the zoned ones, and a rerun changes nothing", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const fulfillment = container.resolve(Modules.FULFILLMENT)
      // An older database: one flat "Giao hàng tiêu chuẩn" for Vietnam, no zone rules.
      const [vietnamZone] = await fulfillment.listServiceZones({ name: "Việt Nam" })
      const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
      await deleteShippingOptionsWorkflow(container).run({
        input: { ids: [market.shippingOptions["tuyen-quang"], market.shippingOptions.vietnam] },
      })
      await createShippingOptionsWorkflow(container).run({
        input: [
          {
            name: "Giao hàng tiêu chuẩn",
            price_type: "flat",
            provider_id: "manual_manual",
            service_zone_id: vietnamZone!.id,
            shipping_profile_id: profile!.id,
            type: { label: "Tiêu chuẩn", description: "Giao trong 2–4 ngày", code: "standard-vn" },
            prices: [{ currency_code: "vnd", amount: 30000 }],
            rules: [{ attribute: "enabled_in_store", value: "true", operator: "eq" }],
          },
        ],
      })
      const options = async () =>
        (
          await query.graph({ entity: "shipping_option", fields: ["id", "name", "rules.attribute", "rules.value", "prices.amount", "prices.currency_code"] })
        ).data
          .map((o: any) => ({
            id: o.id,
            name: o.name,
            zone: o.rules.find((r: any) => r.attribute === "shipping_zone")?.value ?? null,
            amounts: o.prices.map((p: any) => `${Number(p.amount)} ${p.currency_code ?? "region"}`).sort(),
          }))
          .sort((a: any, b: any) => a.name.localeCompare(b.name))

      const regions = { vietnam: market.regionId, international: market.internationalRegionId }
      await ensureZonedShippingOptions(container, market.locationId, regions)
      const upgraded = await options()
      expect(upgraded.map(({ id: _id, ...o }: any) => o)).toEqual([
        { name: "Giao hàng nội tỉnh Tuyên Quang", zone: "tuyen-quang", amounts: expect.arrayContaining(["20000 vnd"]) },
        { name: "Giao hàng toàn quốc", zone: "vietnam", amounts: expect.arrayContaining(["35000 vnd"]) },
        { name: "International shipping", zone: "international", amounts: expect.arrayContaining(["25 usd"]) },
      ])
      // The International option was already zoned: kept as it was.
      expect(upgraded.find((o: any) => o.name === "International shipping")?.id).toBe(market.shippingOptions.international)

      await ensureZonedShippingOptions(container, market.locationId, regions)
      expect(await options()).toEqual(upgraded)

      // And a buyer in Tuyên Quang is offered the new option.
      const store = buyer(api, market)
      const cartId = await store.cart([{ variant_id: market.variants.tea, quantity: 1 }], { shipping: false })
      expect(await offered(store, cartId)).toEqual([["Giao hàng nội tỉnh Tuyên Quang", 20000]])
    })
  },
})
