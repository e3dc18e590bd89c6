import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attempt, bearer, officerHeaders, producerLogin } from "../../helpers/auth"
import { buyer, seedMarket, type Market } from "../checkout/fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Market
    let sonTra: ReturnType<typeof bearer>
    let vangMay: ReturnType<typeof bearer>
    let orderOf: Record<"sonTra" | "vangMay", string>

    beforeEach(async () => {
      const container = getContainer()
      market = await seedMarket(container)
      sonTra = bearer(await producerLogin(api, container, market.producers.sonTra.id, "sontra@example.vn"))
      vangMay = bearer(await producerLogin(api, container, market.producers.vangMay.id, "vangmay@example.vn"))
      const shop = buyer(api, market)
      const cartId = await shop.cart([
        { variant_id: market.variants.tea, quantity: 2 },
        { variant_id: market.variants.basket, quantity: 1 },
      ])
      const placed = await shop.post(`/store/carts/${cartId}/place-order`)
      expect(placed.status).toBe(200)
      const byProducer = Object.fromEntries(placed.data.purchase.orders.map((o: any) => [o.producer.id, o.id]))
      orderOf = { sonTra: byProducer[market.producers.sonTra.id], vangMay: byProducer[market.producers.vangMay.id] }
    })

    const theirsItems = (res: any) => res.data.orders[0].items.map((i: any) => [i.variant_sku, i.quantity])

    const fulfillmentsOf = async (orderId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [order] } = await query.graph({ entity: "order", fields: ["fulfillments.id"], filters: { id: orderId } })
      return (order as any).fulfillments.length as number
    }

    it("lists each producer's own order only, with only its items", async () => {
      const mine = await api.get("/producer/orders", sonTra)
      expect(mine.data.count).toBe(1)
      expect(mine.data.orders.map((o: any) => o.id)).toEqual([orderOf.sonTra])
      expect(mine.data.orders[0].items.map((i: any) => [i.variant_sku, i.quantity])).toEqual([["TEA-1", 2]])
      expect(theirsItems(await api.get("/producer/orders", vangMay))).toEqual([["BASKET-1", 1]])
      const theirs = await api.get("/producer/orders", vangMay)
      expect(theirs.data.orders.map((o: any) => o.id)).toEqual([orderOf.vangMay])
    })

    it("answers another producer's order as not found and changes nothing", async () => {
      for (const attemptCall of [
        () => api.get(`/producer/orders/${orderOf.vangMay}`, sonTra),
        () => api.post(`/producer/orders/${orderOf.vangMay}/ship`, { carrier: "ghn", tracking_number: "GHN12345" }, sonTra),
        () => api.post(`/producer/orders/${orderOf.vangMay}/deliver`, {}, sonTra),
      ]) {
        const res = await attempt(attemptCall())
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(`Order ${orderOf.vangMay} was not found.`)
      }
      const missing = await attempt(api.get(`/producer/orders/order_doesnotexist`, sonTra))
      expect(missing.status).toBe(404)
      expect(await fulfillmentsOf(orderOf.vangMay)).toBe(0)
    })

    it("ships with a carrier and tracking number, then marks delivered, in that order only", async () => {
      const early = await attempt(api.post(`/producer/orders/${orderOf.sonTra}/deliver`, {}, sonTra))
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/Ship this order before/)

      const badCarrier = await attempt(api.post(`/producer/orders/${orderOf.sonTra}/ship`, { carrier: "pigeon", tracking_number: "X1234" }, sonTra))
      expect(badCarrier.status).toBe(400)
      const badTracking = await attempt(api.post(`/producer/orders/${orderOf.sonTra}/ship`, { carrier: "ghn", tracking_number: "<script>" }, sonTra))
      expect(badTracking.status).toBe(400)
      expect(await fulfillmentsOf(orderOf.sonTra)).toBe(0)

      const shipped = await api.post(`/producer/orders/${orderOf.sonTra}/ship`, { carrier: "ghtk", tracking_number: "S1234.TQ567" }, sonTra)
      const [fulfillment] = shipped.data.order.fulfillments
      expect(fulfillment.shipped_at).toBeTruthy()
      expect(fulfillment.labels[0].tracking_number).toBe("S1234.TQ567")
      expect(fulfillment.metadata.carrier).toBe("ghtk")

      const twice = await attempt(api.post(`/producer/orders/${orderOf.sonTra}/ship`, { carrier: "ghtk", tracking_number: "S9999" }, sonTra))
      expect(twice.status).toBe(400)
      expect(await fulfillmentsOf(orderOf.sonTra)).toBe(1)

      const delivered = await api.post(`/producer/orders/${orderOf.sonTra}/deliver`, {}, sonTra)
      expect(delivered.data.order.fulfillments[0].delivered_at).toBeTruthy()
      const again = await attempt(api.post(`/producer/orders/${orderOf.sonTra}/deliver`, {}, sonTra))
      expect(again.status).toBe(400)

      const dashboard = await api.get("/producer/dashboard", sonTra)
      expect(dashboard.data.orders).toEqual({ new: 0, shipped: 0, delivered: 1, canceled: 0 })
      const other = await api.get("/producer/dashboard", vangMay)
      expect(other.data.orders).toEqual({ new: 1, shipped: 0, delivered: 0, canceled: 0 })
    })

    it("reports the settlement for a period as JSON and CSV, to the producer and to officers", async () => {
      const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10)
      const { data: mine } = await api.get("/producer/orders", sonTra)
      const total = Number(mine.orders[0].total)

      const json = await api.get(`/producer/settlements?from=${today}&to=${today}`, sonTra)
      expect(json.data.settlement.lines.map((l: any) => l.id)).toEqual([orderOf.sonTra])
      expect(json.data.settlement.totals).toEqual([
        { currency_code: "vnd", orders: 1, gross: total, refunds: 0, commission_percent: 0, commission: 0, net: total },
      ])

      const csv = await api.get(`/producer/settlements?from=${today}&to=${today}&format=csv`, sonTra)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      expect(csv.headers["content-disposition"]).toMatch(/attachment; filename="doi-soat-/)
      expect(csv.data).toContain(`VND,1,${total},0,0,0,${total}`)

      const officer = await officerHeaders(getContainer())
      const forOfficer = await api.get(`/admin/producers/${market.producers.vangMay.id}/settlements?from=${today}&to=${today}`, officer)
      expect(forOfficer.data.settlement.lines.map((l: any) => l.id)).toEqual([orderOf.vangMay])

      const earlier = await api.get(`/producer/settlements?from=2020-01-01&to=2020-01-31`, sonTra)
      expect(earlier.data.settlement.lines).toEqual([])

      for (const bad of ["from=2026-12-01&to=2026-11-01", "from=yesterday&to=today", "from=2020-01-01&to=2026-01-01", "from=2026-11-01"]) {
        const res = await attempt(api.get(`/producer/settlements?${bad}`, sonTra))
        expect(res.status, bad).toBe(400)
      }
      expect((await attempt(api.get(`/admin/producers/${market.producers.sonTra.id}/settlements?from=${today}&to=${today}`, sonTra))).status).toBe(401)
    })
  },
})
