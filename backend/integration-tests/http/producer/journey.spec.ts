import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { attempt, officerHeaders } from "../../helpers/auth"
import { approvedProducer, imageForm, PNG_1PX, productBody, setUpMarketplace } from "./fixtures"

/**
 * The whole producer journey over HTTP, as the issue states it: apply → approve → sign in
 * → create a product with a photo → it is on the storefront with its producer and village;
 * suspend → it is gone.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("goes from application to sale, and off sale on suspension", async () => {
      const market = await setUpMarketplace(getContainer())
      const officer = await officerHeaders(getContainer())
      const producer = await approvedProducer(api, officer, "ho-che-ban-pa", "banpa@example.vn")

      const { data: uploaded } = await api.post(
        "/producer/uploads",
        imageForm([{ name: "búp chè.png", type: "image/png", bytes: PNG_1PX }]),
        producer.auth
      )
      const { data: created } = await api.post(
        "/producer/products",
        productBody({ images: [uploaded.files[0].url], status: "published" }),
        producer.auth
      )
      const store = { headers: { "x-publishable-api-key": market.publishableKey } }
      const fields = "handle,thumbnail,producer.name,producer.handle,producer.craft_village.name,*variants.calculated_price"
      const listed = async () =>
        (await api.get(`/store/products?region_id=${market.vndRegionId}&fields=${fields}`, store)).data.products as any[]

      const [onSale] = await listed()
      expect(onSale).toMatchObject({
        handle: created.product.handle,
        thumbnail: uploaded.files[0].url,
        producer: { name: producer.name, handle: "ho-che-ban-pa", craft_village: { name: "Làng chè Shan tuyết Hồng Thái" } },
      })
      expect(onSale.variants.map((v: any) => v.calculated_price.calculated_amount).sort()).toEqual([120000, 220000])

      await api.post(`/admin/producers/${producer.id}/review`, { action: "suspend", reason: "Nhãn sai nguồn gốc" }, officer)
      expect(await listed()).toEqual([])
      const direct = await attempt(api.get(`/store/products?handle=${created.product.handle}`, store))
      expect(direct.data.products).toEqual([])
      const blocked = await attempt(api.post("/producer/products", productBody({ variants: [{ title_vi: "Gói", price_vnd: 1000, stock: 1 }] }), producer.auth))
      expect(blocked.status).toBe(403)
    })
  },
})
