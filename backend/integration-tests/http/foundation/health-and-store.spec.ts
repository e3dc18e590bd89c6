import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createApiKeysWorkflow, createProductsWorkflow, createRegionsWorkflow, createSalesChannelsWorkflow, linkSalesChannelsToApiKeyWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createCraftVillagesWorkflow } from "../../../src/workflows/craft-village/workflows/create-craft-villages"
import { createProducersWorkflow } from "../../../src/workflows/producer/workflows/create-producers"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let regionId: string

    beforeEach(async () => {
      const container = getContainer()
      const { result: [channel] } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: "Chợ Làng Nghề" }] },
      })
      const { result: [key] } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "storefront", type: "publishable", created_by: "test" }] },
      })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key!.id, add: [channel!.id] } })
      publishableKey = key!.token
      const { result: [region] } = await createRegionsWorkflow(container).run({
        input: { regions: [{ name: "Việt Nam", currency_code: "vnd", countries: ["vn"] }] },
      })
      regionId = region!.id

      const { result: [village] } = await createCraftVillagesWorkflow(container).run({
        input: {
          villages: [
            {
              handle: "lang-che-hong-thai",
              name: "Làng chè Shan tuyết Hồng Thái",
              commune: "xã Hồng Thái",
              province: "Tuyên Quang",
              crafts: ["tea"],
              recognition_kind: "lang_nghe_truyen_thong",
            },
          ],
        },
      })
      const { result: [producer] } = await createProducersWorkflow(container).run({
        input: {
          producers: [
            {
              handle: "htx-son-tra",
              name: "HTX Sơn Trà",
              legal_kind: "cooperative",
              phone: "0912345678",
              email: "sontra@example.vn",
              address: "xã Hồng Thái, tỉnh Tuyên Quang",
              status: "approved",
              craft_village_id: village!.id,
            },
          ],
        },
      })
      await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Chè Shan tuyết Hồng Thái",
              handle: "che-shan-tuyet-hong-thai",
              status: ProductStatus.PUBLISHED,
              sales_channels: [{ id: channel!.id }],
              options: [{ title: "Khối lượng", values: ["200 g"] }],
              variants: [
                {
                  title: "200 g",
                  sku: "CHE-200",
                  manage_inventory: false,
                  options: { "Khối lượng": "200 g" },
                  prices: [{ currency_code: "vnd", amount: 120000 }],
                },
              ],
            },
          ],
          additional_data: { producer_id: producer!.id },
        },
      })
    })

    it("answers /health with 200", async () => {
      const res = await api.get("/health")
      expect(res.status).toBe(200)
    })

    it("lists a product with its producer and village and its VND price", async () => {
      const res = await api.get(
        `/store/products?region_id=${regionId}&fields=handle,title,*variants.calculated_price,producer.name,producer.handle,producer.craft_village.name,producer.craft_village.commune`,
        { headers: { "x-publishable-api-key": publishableKey } }
      )
      expect(res.status).toBe(200)
      const product = res.data.products.find((p: any) => p.handle === "che-shan-tuyet-hong-thai")
      expect(product.producer.name).toBe("HTX Sơn Trà")
      expect(product.producer.craft_village.name).toBe("Làng chè Shan tuyết Hồng Thái")
      expect(product.variants[0].calculated_price.calculated_amount).toBe(120000)
      expect(product.variants[0].calculated_price.currency_code).toBe("vnd")
    })

    it("never exposes a producer's personal data through store products", async () => {
      const res = await api.get(
        `/store/products?fields=handle,*producer,producer.name,producer.phone,producer.email,producer.tax_code`,
        { headers: { "x-publishable-api-key": publishableKey } }
      )
      const product = res.data.products[0]
      expect(product.producer.name).toBe("HTX Sơn Trà")
      expect(Object.keys(product.producer).sort()).toEqual(["id", "name"])
    })

    it("links each product to exactly one producer", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["handle", "producer.handle"] })
      expect(data.map((p: any) => [p.handle, p.producer?.handle])).toEqual([["che-shan-tuyet-hong-thai", "htx-son-tra"]])
    })

    it("rejects a village with a handle that cannot be a URL and writes nothing", async () => {
      const container = getContainer()
      const error = await createCraftVillagesWorkflow(container)
        .run({
          input: {
            villages: [
              { handle: "lang-moi", name: "Làng mới", commune: "xã A", province: "Tuyên Quang", crafts: [], recognition_kind: "lang_nghe" },
              { handle: "Làng Sai", name: "Làng sai", commune: "xã B", province: "Tuyên Quang", crafts: [], recognition_kind: "lang_nghe" },
            ],
          },
        })
        .then(() => undefined, (e: Error) => e)
      expect(error?.message).toMatch(/Invalid village handle "Làng Sai"/)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "craft_village", fields: ["handle"] })
      expect(data.map((v: any) => v.handle)).toEqual(["lang-che-hong-thai"])
    })

    it("refuses an invalid publishable key with a clear 4xx", async () => {
      const res = await api
        .get("/store/products", { headers: { "x-publishable-api-key": "pk_not_a_real_key" } })
        .catch((e: any) => e.response)
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expect(String(res.data.message)).toMatch(/publishable/i)
    })

    it("refuses a store request without a publishable key", async () => {
      const res = await api.get("/store/products").catch((e: any) => e.response)
      expect(res.status).toBe(400)
      expect(String(res.data.message)).toMatch(/publishable/i)
    })
  },
})
