import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createArtisansWorkflow } from "../../../src/workflows/craft-village/workflows/create-artisans"
import { createCraftVillagesWorkflow } from "../../../src/workflows/craft-village/workflows/create-craft-villages"
import { updateCraftVillageWorkflow } from "../../../src/workflows/craft-village/workflows/update-craft-village"
import { createProducersWorkflow } from "../../../src/workflows/producer/workflows/create-producers"

/** Personal data of the producers below: none of it may appear in any public response. */
const PERSONAL = ["0912000111", "0912000222", "0912000333", "sontra@example.vn", "cho@example.vn", "thocam@example.vn", "5000812346", "5000111222", "thôn Nặm Đíp", "thôn Pả Vi", "thôn Nà Thuôm"]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    beforeEach(async () => {
      const container = getContainer()
      const { result: [channel, otherChannel] } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: "Chợ Làng Nghề" }, { name: "Quầy trưng bày" }] },
      })
      const { result: [key] } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title: "storefront", type: "publishable", created_by: "test" }] },
      })
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key!.id, add: [channel!.id] } })
      headers = { "x-publishable-api-key": key!.token }

      const { result: villages } = await createCraftVillagesWorkflow(container).run({
        input: {
          villages: [
            {
              handle: "lang-che-hong-thai",
              name: "Làng chè Shan tuyết Hồng Thái",
              name_en: "Hồng Thái Shan tuyết tea village",
              commune: "xã Hồng Thái",
              province: "Tuyên Quang",
              crafts: ["tea"],
              recognition_kind: "lang_nghe",
              households: 186,
              workers: 412,
              story: "Những cây chè Shan tuyết cổ thụ trên sườn núi đá vôi.",
              story_en: "Old Shan tuyết tea trees on limestone slopes.",
              lat: 22.442,
              lng: 105.448,
              tourism: true,
            },
            {
              handle: "lang-tho-cam-thuong-lam",
              name: "Làng thổ cẩm Thượng Lâm",
              commune: "xã Thượng Lâm",
              province: "Tuyên Quang",
              crafts: ["brocade"],
              recognition_kind: "lang_nghe_truyen_thong",
            },
          ],
        },
      })
      const [tea, brocade] = villages
      const { result: producers } = await createProducersWorkflow(container).run({
        input: {
          producers: [
            {
              handle: "htx-son-tra",
              name: "HTX Sơn Trà",
              legal_kind: "cooperative",
              tax_code: "5000812346",
              phone: "0912000111",
              email: "sontra@example.vn",
              address: "thôn Nặm Đíp, xã Hồng Thái, tỉnh Tuyên Quang",
              story: "Hợp tác xã chè của người Dao.",
              status: "approved",
              craft_village_id: tea!.id,
            },
            {
              handle: "ho-sung-mi-cho",
              name: "Hộ ông Sùng Mí Chớ",
              legal_kind: "household",
              phone: "0912000222",
              email: "cho@example.vn",
              address: "thôn Pả Vi, xã Mèo Vạc, tỉnh Tuyên Quang",
              status: "pending",
              craft_village_id: tea!.id,
            },
            {
              handle: "htx-tho-cam",
              name: "HTX Thổ cẩm Thượng Lâm",
              legal_kind: "cooperative",
              tax_code: "5000111222",
              phone: "0912000333",
              email: "thocam@example.vn",
              address: "thôn Nà Thuôm, xã Thượng Lâm, tỉnh Tuyên Quang",
              status: "suspended",
              craft_village_id: brocade!.id,
            },
          ],
        },
      })
      const [approved, pending, suspended] = producers

      const product = (handle: string, title: string, status: ProductStatus, channelId: string) => ({
        title,
        handle,
        status,
        sales_channels: [{ id: channelId }],
        options: [{ title: "Khối lượng", values: ["200 g"] }],
        variants: [
          {
            title: "200 g",
            manage_inventory: false,
            options: { "Khối lượng": "200 g" },
            prices: [{ currency_code: "vnd", amount: 120000 }],
          },
        ],
      })
      await createProductsWorkflow(container).run({
        input: {
          products: [
            product("che-shan-tuyet", "Chè Shan tuyết", ProductStatus.PUBLISHED, channel!.id),
            product("bach-tra-nhap", "Bạch trà (bản nháp)", ProductStatus.DRAFT, channel!.id),
            product("che-quay-trung-bay", "Chè bán ở quầy trưng bày", ProductStatus.PUBLISHED, otherChannel!.id),
          ],
          additional_data: { producer_id: approved!.id },
        },
      })
      await createProductsWorkflow(container).run({
        input: {
          products: [product("mat-ong-bac-ha", "Mật ong bạc hà", ProductStatus.PUBLISHED, channel!.id)],
          additional_data: { producer_id: pending!.id },
        },
      })

      await createArtisansWorkflow(container).run({
        input: {
          artisans: [
            {
              handle: "trieu-van-lin",
              name: "Triệu Văn Lìn",
              title: "nghe_nhan",
              title_year: 2020,
              ethnic_group: "Dao",
              bio: "Sao chè bằng chảo gang hơn ba mươi năm.",
              bio_en: "Has pan-fired tea for over thirty years.",
              works: [
                {
                  title: "Trà sao chảo gang",
                  title_en: "Wok-fired tea",
                  year: 2019,
                  description: "Mẻ trà từ cây chè cổ thụ.",
                  description_en: "Tea from old trees.",
                  image_url: "http://localhost/static/tra.svg",
                },
              ],
              craft_village_id: tea!.id,
              producer_id: approved!.id,
            },
            {
              handle: "hoang-thi-lien",
              name: "Hoàng Thị Liên",
              title: "nghe_nhan_nhan_dan",
              title_year: 2023,
              ethnic_group: "Tày",
              bio: "Dệt thổ cẩm từ năm mười hai tuổi.",
              works: [],
              craft_village_id: brocade!.id,
              producer_id: suspended!.id,
            },
          ],
        },
      })
    })

    describe("GET /store/craft-villages", () => {
      it("lists villages with their crafts, place and the number of approved producers", async () => {
        const res = await api.get("/store/craft-villages", { headers })
        expect(res.status).toBe(200)
        expect(res.data.count).toBe(2)
        const tea = res.data.craft_villages.find((v: any) => v.handle === "lang-che-hong-thai")
        expect(tea).toEqual({
          handle: "lang-che-hong-thai",
          name: "Làng chè Shan tuyết Hồng Thái",
          name_en: "Hồng Thái Shan tuyết tea village",
          commune: "xã Hồng Thái",
          province: "Tuyên Quang",
          crafts: ["tea"],
          recognition_kind: "lang_nghe",
          status: "effective",
          lat: expect.closeTo(22.442, 3),
          lng: expect.closeTo(105.448, 3),
          image_url: null,
          tourism: true,
          // Two producers work in the village; the pending one is not counted.
          producer_count: 1,
          artisan_count: 1,
        })
        const brocade = res.data.craft_villages.find((v: any) => v.handle === "lang-tho-cam-thuong-lam")
        expect(brocade.producer_count).toBe(0)
      })

      it("filters by craft", async () => {
        const res = await api.get("/store/craft-villages?craft=brocade", { headers })
        expect(res.data.craft_villages.map((v: any) => v.handle)).toEqual(["lang-tho-cam-thuong-lam"])
        expect(res.data.count).toBe(1)
        const none = await api.get("/store/craft-villages?craft=honey", { headers })
        expect(none.data).toMatchObject({ craft_villages: [], count: 0 })
      })

      it("answers 400 to an unknown craft, an unknown parameter or a bad limit", async () => {
        for (const query of ["craft=pottery", "fields=producers.phone", "limit=0", "limit=abc"]) {
          const res = await api.get(`/store/craft-villages?${query}`, { headers }).catch((e: any) => e.response)
          expect(res.status, query).toBe(400)
          expect(res.data.type).toBe("invalid_data")
        }
        const res = await api.get("/store/craft-villages?craft=pottery", { headers }).catch((e: any) => e.response)
        expect(res.data.message).toMatch(/craft/)
      })

      it("needs a publishable key like every store route", async () => {
        const res = await api.get("/store/craft-villages").catch((e: any) => e.response)
        expect(res.status).toBe(400)
        expect(String(res.data.message)).toMatch(/publishable/i)
      })
    })

    describe("GET /store/craft-villages/:handle", () => {
      it("returns the village with its story, figures, approved producers, their products and artisans", async () => {
        const res = await api.get("/store/craft-villages/lang-che-hong-thai", { headers })
        expect(res.status).toBe(200)
        const village = res.data.craft_village
        expect(village).toMatchObject({
          handle: "lang-che-hong-thai",
          story: "Những cây chè Shan tuyết cổ thụ trên sườn núi đá vôi.",
          story_en: "Old Shan tuyết tea trees on limestone slopes.",
          households: 186,
          workers: 412,
        })
        expect(village.producers).toEqual([
          {
            handle: "htx-son-tra",
            name: "HTX Sơn Trà",
            legal_kind: "cooperative",
            logo_url: null,
            // Neither the draft nor the product sold only in another sales channel.
            products: [{ id: expect.any(String), handle: "che-shan-tuyet", title: "Chè Shan tuyết", thumbnail: null }],
          },
        ])
        expect(village.artisans).toEqual([
          {
            handle: "trieu-van-lin",
            name: "Triệu Văn Lìn",
            title: "nghe_nhan",
            title_year: 2020,
            ethnic_group: "Dao",
            portrait_url: null,
          },
        ])
      })

      it("answers 404 with a clear message for an unknown village", async () => {
        const res = await api.get("/store/craft-villages/lang-khong-co", { headers }).catch((e: any) => e.response)
        expect(res.status).toBe(404)
        expect(res.data.message).toBe('Craft village "lang-khong-co" was not found.')
      })
    })

    describe("GET /store/producers/:handle", () => {
      it("returns an approved producer's public page with village, artisans and published products", async () => {
        const res = await api.get("/store/producers/htx-son-tra", { headers })
        expect(res.status).toBe(200)
        const producer = res.data.producer
        expect(Object.keys(producer).sort()).toEqual(
          ["artisans", "craft_village", "handle", "legal_kind", "logo_url", "name", "products", "story", "story_en"].sort()
        )
        expect(producer).toMatchObject({ handle: "htx-son-tra", story: "Hợp tác xã chè của người Dao.", story_en: null })
        expect(producer.craft_village).toMatchObject({ handle: "lang-che-hong-thai", name: "Làng chè Shan tuyết Hồng Thái" })
        expect(producer.artisans.map((a: any) => a.handle)).toEqual(["trieu-van-lin"])
        expect(producer.products.map((p: any) => p.handle)).toEqual(["che-shan-tuyet"])
      })

      it("hides pending and suspended producers behind a 404", async () => {
        for (const handle of ["ho-sung-mi-cho", "htx-tho-cam"]) {
          const res = await api.get(`/store/producers/${handle}`, { headers }).catch((e: any) => e.response)
          expect(res.status, handle).toBe(404)
          expect(res.data.message).toBe(`Producer "${handle}" was not found.`)
        }
        const brocade = await api.get("/store/craft-villages/lang-tho-cam-thuong-lam", { headers })
        expect(brocade.data.craft_village.producers).toEqual([])
      })

      it("answers 404 for an unknown producer and 400 for query parameters it does not take", async () => {
        const unknown = await api.get("/store/producers/khong-co", { headers }).catch((e: any) => e.response)
        expect(unknown.status).toBe(404)
        const fields = await api.get("/store/producers/htx-son-tra?fields=phone,email", { headers }).catch((e: any) => e.response)
        expect(fields.status).toBe(400)
      })
    })

    describe("GET /store/artisans/:handle", () => {
      it("returns the artisan with works, village and producer", async () => {
        const res = await api.get("/store/artisans/trieu-van-lin", { headers })
        expect(res.status).toBe(200)
        expect(res.data.artisan).toMatchObject({
          handle: "trieu-van-lin",
          name: "Triệu Văn Lìn",
          title: "nghe_nhan",
          title_year: 2020,
          ethnic_group: "Dao",
          bio: "Sao chè bằng chảo gang hơn ba mươi năm.",
          bio_en: "Has pan-fired tea for over thirty years.",
          works: [
            {
              title: "Trà sao chảo gang",
              title_en: "Wok-fired tea",
              year: 2019,
              description: "Mẻ trà từ cây chè cổ thụ.",
              description_en: "Tea from old trees.",
              image_url: "http://localhost/static/tra.svg",
            },
          ],
          craft_village: { handle: "lang-che-hong-thai", name: "Làng chè Shan tuyết Hồng Thái" },
          producer: { handle: "htx-son-tra", name: "HTX Sơn Trà", legal_kind: "cooperative", logo_url: null },
        })
      })

      it("shows an artisan of a suspended producer without the producer", async () => {
        const res = await api.get("/store/artisans/hoang-thi-lien", { headers })
        expect(res.data.artisan.producer).toBeNull()
        expect(res.data.artisan.craft_village.handle).toBe("lang-tho-cam-thuong-lam")
      })

      it("answers 404 for an unknown artisan", async () => {
        const res = await api.get("/store/artisans/khong-co", { headers }).catch((e: any) => e.response)
        expect(res.status).toBe(404)
        expect(res.data.message).toBe('Artisan "khong-co" was not found.')
      })
    })

    it("never returns a producer's phone, email, tax code or address, nor a producer that is not approved", async () => {
      const urls = [
        "/store/craft-villages",
        "/store/craft-villages/lang-che-hong-thai",
        "/store/craft-villages/lang-tho-cam-thuong-lam",
        "/store/producers/htx-son-tra",
        "/store/artisans/trieu-van-lin",
        "/store/artisans/hoang-thi-lien",
      ]
      for (const url of urls) {
        const res = await api.get(url, { headers })
        const body = JSON.stringify(res.data)
        for (const value of PERSONAL) expect(body, `${url} leaks ${value}`).not.toContain(value)
        for (const key of ["phone", "email", "tax_code", "address", "sales_channels"]) {
          expect(body, `${url} has "${key}"`).not.toContain(`"${key}"`)
        }
        expect(body, `${url} names a non-public producer`).not.toMatch(/Sùng Mí Chớ|HTX Thổ cẩm/)
      }
    })

    describe("workflows", () => {
      it("rejects an artisan with a handle that cannot be a URL and writes nothing", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: [village] } = await query.graph({ entity: "craft_village", fields: ["id"], filters: { handle: "lang-che-hong-thai" } })
        const error = await createArtisansWorkflow(container)
          .run({
            input: {
              artisans: [
                { handle: "Bàn Văn Quẩy", name: "Bàn Văn Quẩy", title: "tho_gioi", ethnic_group: "Dao", bio: "Thợ chè.", works: [], craft_village_id: village!.id },
              ],
            },
          })
          .then(() => undefined, (e: Error) => e)
        expect(error?.message).toMatch(/Invalid artisan handle "Bàn Văn Quẩy"/)
        const { data } = await query.graph({ entity: "artisan", fields: ["handle"] })
        expect(data.map((a: any) => a.handle).sort()).toEqual(["hoang-thi-lien", "trieu-van-lin"])
      })

      it("rejects an artisan in a village that does not exist", async () => {
        const error = await createArtisansWorkflow(getContainer())
          .run({
            input: {
              artisans: [
                { handle: "ban-van-quay", name: "Bàn Văn Quẩy", title: "tho_gioi", ethnic_group: "Dao", bio: "Thợ chè.", works: [], craft_village_id: "cvil_missing" },
              ],
            },
          })
          .then(() => undefined, (e: Error) => e)
        expect(error?.message).toBe("Craft village cvil_missing does not exist.")
      })

      it("updates a village's figures, and refuses an invalid new handle without changing anything", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: [village] } = await query.graph({ entity: "craft_village", fields: ["id"], filters: { handle: "lang-che-hong-thai" } })
        const { result } = await updateCraftVillageWorkflow(container).run({
          input: { id: village!.id, update: { workers_trained: 400, status: "struggling" } },
        })
        expect(result).toMatchObject({ workers_trained: 400, status: "struggling", households: 186 })

        const error = await updateCraftVillageWorkflow(container)
          .run({ input: { id: village!.id, update: { handle: "Làng Chè", workers: 1 } } })
          .then(() => undefined, (e: Error) => e)
        expect(error?.message).toMatch(/Invalid village handle "Làng Chè"/)
        const res = await api.get("/store/craft-villages/lang-che-hong-thai", { headers })
        expect(res.data.craft_village).toMatchObject({ workers: 412, status: "struggling" })
      })

      it("refuses to update a village that does not exist", async () => {
        const error = await updateCraftVillageWorkflow(getContainer())
          .run({ input: { id: "cvil_missing", update: { workers: 1 } } })
          .then(() => undefined, (e: Error) => e)
        expect(error?.message).toMatch(/cvil_missing/)
      })
    })
  },
})
