import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { attempt, bearer, officerHeaders, registerIdentity } from "../../helpers/auth"
import { approvedProducer, imageForm, JPEG_HEADER, PNG_1PX, productBody, setUpMarketplace } from "./fixtures"

// Every table a product write touches; "nothing written" means none of them changes.
const PRODUCT_TABLES = [
  "product",
  "product_variant",
  "product_option",
  "product_product_option",
  "product_option_value",
  "image",
  "price_set",
  "price",
  "product_variant_price_set",
  "inventory_item",
  "inventory_level",
  "product_variant_inventory_item",
  "product_sales_channel",
  "product_category_product",
  "producer_producer_product_product",
  "translation",
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof setUpMarketplace>>
    let producer: Awaited<ReturnType<typeof approvedProducer>>
    let store: { headers: Record<string, string> }

    beforeEach(async () => {
      const container = getContainer()
      market = await setUpMarketplace(container)
      store = { headers: { "x-publishable-api-key": market.publishableKey } }
      producer = await approvedProducer(api, await officerHeaders(container), "htx-che-hong-thai", "hongthai@example.vn")
    })

    const countRows = async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const counts: Record<string, number> = {}
      for (const table of PRODUCT_TABLES) {
        const [row] = await pg(table).count({ n: "*" })
        counts[table] = Number(row!.n)
      }
      return counts
    }

    const storeProduct = async (handle: string, regionId = market.vndRegionId) => {
      const res = await api.get(
        `/store/products?handle=${handle}&region_id=${regionId}&fields=id,title,handle,producer.name,producer.craft_village.name,*variants.calculated_price,+variants.inventory_quantity`,
        store
      )
      return res.data.products[0]
    }

    const upload = async (files: { name: string; type: string; bytes: Buffer }[], auth = producer.auth, field = "files") =>
      attempt(api.post("/producer/uploads", imageForm(files, field), auth))

    it("lists a product with photos and two variants; the store shows it only while it is published", async () => {
      const uploaded = await upload([
        { name: "Búp chè.png", type: "image/png", bytes: PNG_1PX },
        { name: "hop-che.jpg", type: "image/jpeg", bytes: JPEG_HEADER },
      ])
      expect(uploaded.status).toBe(200)
      expect(uploaded.data.files).toHaveLength(2)
      expect(uploaded.data.files[0].url).toMatch(/bup-che\.png$/)
      const images = uploaded.data.files.map((f: { url: string }) => f.url)

      const created = await attempt(api.post("/producer/products", productBody({ images }), producer.auth))
      expect(created.status).toBe(201)
      const product = created.data.product
      expect(product).toMatchObject({
        handle: "che-shan-tuyet-hong-thai",
        title: "Chè Shan tuyết Hồng Thái",
        title_en: "Hồng Thái Shan tuyết tea",
        status: "draft",
        thumbnail: images[0],
        categories: [{ handle: "tea", name: "Chè" }],
      })
      expect(product.variants).toHaveLength(2)
      const small = product.variants.find((v: any) => v.sku === "CHE-100")
      expect(small).toMatchObject({ title: "Hộp 100 g", title_en: "100 g box", barcode: "5901234123457", inventory_quantity: 20 })
      expect(small.prices).toEqual(
        expect.arrayContaining([
          { amount: 120000, currency_code: "vnd" },
          { amount: 5.5, currency_code: "usd" },
        ])
      )
      const large = product.variants.find((v: any) => v.sku === "CHE-200")
      expect(large.prices).toEqual([{ amount: 220000, currency_code: "vnd" }])
      expect(large.inventory_quantity).toBe(5)

      // The producer sees its draft; the store does not.
      const mine = await api.get("/producer/products", producer.auth)
      expect(mine.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
      expect(mine.data.products[0].id).toBe(product.id)
      expect(await storeProduct(product.handle)).toBeUndefined()

      const published = await api.post(`/producer/products/${product.id}/status`, { status: "published" }, producer.auth)
      expect(published.data.product.status).toBe("published")
      const listed = await storeProduct(product.handle)
      expect(listed.producer).toMatchObject({ name: producer.name, craft_village: { name: "Làng chè Shan tuyết Hồng Thái" } })
      const storeSmall = listed.variants.find((v: any) => v.id === small.id)
      expect(storeSmall.calculated_price.calculated_amount).toBe(120000)
      expect(storeSmall.inventory_quantity).toBe(20)
      const english = await api.get(`/store/products?handle=${product.handle}&fields=title,description&locale=en-US`, store)
      expect(english.data.products[0]).toMatchObject({ title: "Hồng Thái Shan tuyết tea" })

      // A new price and stock show in the store.
      const updated = await attempt(
        api.post(
          `/producer/products/${product.id}`,
          { title_en: "Shan tuyết green tea", variants: [{ id: small.id, price_vnd: 135000, stock: 12 }] },
          producer.auth
        )
      )
      expect(updated.status).toBe(200)
      expect(updated.data.product.title_en).toBe("Shan tuyết green tea")
      const updatedSmall = updated.data.product.variants.find((v: any) => v.id === small.id)
      expect(updatedSmall.prices).toEqual(expect.arrayContaining([{ amount: 135000, currency_code: "vnd" }, { amount: 5.5, currency_code: "usd" }]))
      expect(updatedSmall.inventory_quantity).toBe(12)
      const afterUpdate = await storeProduct(product.handle)
      const storeAfter = afterUpdate.variants.find((v: any) => v.id === small.id)
      expect(storeAfter.calculated_price.calculated_amount).toBe(135000)
      expect(storeAfter.inventory_quantity).toBe(12)
      const usd = await storeProduct(product.handle, market.usdRegionId)
      expect(usd.variants.find((v: any) => v.id === small.id).calculated_price.calculated_amount).toBe(5.5)

      // The USD price and an English text can be removed, a GTIN added.
      const trimmed = await api.post(
        `/producer/products/${product.id}`,
        { description_en: null, variants: [{ id: small.id, price_usd: null }, { id: large.id, price_usd: 9.5, gtin: "96385074" }] },
        producer.auth
      )
      expect(trimmed.data.product).toMatchObject({ title_en: "Shan tuyết green tea", description_en: null })
      const [trimmedSmall, trimmedLarge] = [small.id, large.id].map((id) => trimmed.data.product.variants.find((v: any) => v.id === id))
      expect(trimmedSmall.prices).toEqual([{ amount: 135000, currency_code: "vnd" }])
      expect(trimmedLarge).toMatchObject({ barcode: "96385074", inventory_quantity: 5 })
      expect(trimmedLarge.prices).toEqual(expect.arrayContaining([{ amount: 220000, currency_code: "vnd" }, { amount: 9.5, currency_code: "usd" }]))

      // Unpublished, it leaves the store.
      await api.post(`/producer/products/${product.id}/status`, { status: "draft" }, producer.auth)
      expect(await storeProduct(product.handle)).toBeUndefined()
      const drafts = await api.get("/producer/products?status=draft&q=Shan", producer.auth)
      expect(drafts.data.products.map((p: any) => p.id)).toEqual([product.id])
      const none = await api.get("/producer/products?status=published", producer.auth)
      expect(none.data).toMatchObject({ products: [], count: 0 })

      // Deleted, it is gone for the producer too.
      const deleted = await api.delete(`/producer/products/${product.id}`, producer.auth)
      expect(deleted.data).toEqual({ id: product.id, object: "product", deleted: true })
      await getContainer().resolve(Modules.FILE).deleteFiles(uploaded.data.files.map((f: { id: string }) => f.id))
      expect((await attempt(api.get(`/producer/products/${product.id}`, producer.auth))).status).toBe(404)
      expect((await api.get("/producer/products", producer.auth)).data.count).toBe(0)
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const leftTranslations = await pg("translation")
        .whereIn("reference_id", [product.id, small.id, large.id])
        .whereNull("deleted_at")
      expect(leftTranslations).toEqual([])
    })

    it("gives a second product with the same title a handle with a short random suffix", async () => {
      await api.post("/producer/products", productBody(), producer.auth)
      const second = await api.post(
        "/producer/products",
        productBody({ variants: [{ title_vi: "Gói 50 g", sku: "CHE-50", price_vnd: 60000, stock: 1 }] }),
        producer.auth
      )
      expect(second.data.product.handle).toMatch(/^che-shan-tuyet-hong-thai-[a-z0-9]{5}$/)
    })

    it("answers each bad product with 400 (or 422 for a taken code) and writes nothing", async () => {
      await api.post("/producer/products", productBody(), producer.auth)
      const before = await countRows()
      const variant = (over: Record<string, unknown>) => [{ title_vi: "Hộp 500 g", sku: "CHE-500", price_vnd: 500000, stock: 3, ...over }]
      const cases: [string, Record<string, unknown>, number[], RegExp][] = [
        ["unknown craft", { craft: "pottery" }, [400], /Unknown craft "pottery".*valid crafts: honey, tea/],
        ["SKU of another product", { variants: variant({ sku: "CHE-100" }) }, [400, 422], /SKU "CHE-100"/],
        ["SKU given twice", { variants: [...variant({}), ...variant({ title_vi: "Hộp 1 kg" })] }, [400, 422], /SKU "CHE-500"/],
        ["GTIN with a wrong check digit", { variants: variant({ gtin: "5901234123458" }) }, [400], /GTIN/],
        ["GTIN of 11 digits", { variants: variant({ gtin: "12345678905" }) }, [400], /GTIN/],
        ["GTIN of another product", { variants: variant({ gtin: "5901234123457" }) }, [400, 422], /GTIN "5901234123457"/],
        ["negative price", { variants: variant({ price_vnd: -1000 }) }, [400], /price_vnd/],
        ["zero price", { variants: variant({ price_vnd: 0 }) }, [400], /price_vnd/],
        ["fractional VND price", { variants: variant({ price_vnd: 1000.5 }) }, [400], /price_vnd|whole/],
        ["negative USD price", { variants: variant({ price_usd: -2 }) }, [400], /price_usd/],
        ["negative stock", { variants: variant({ stock: -1 }) }, [400], /stock/],
        ["no variants", { variants: [] }, [400], /variant/i],
        ["eleven variants", { variants: Array.from({ length: 11 }, (_, i) => variant({ title_vi: `Loại ${i}`, sku: `CHE-X${i}` })[0]) }, [400], /variants|10/],
        ["duplicate variant titles", { variants: [...variant({ sku: "A-1" }), ...variant({ sku: "A-2" })] }, [400], /unique/],
        ["nine images", { images: Array.from({ length: 9 }, (_, i) => `http://localhost/static/${i}.png`) }, [400], /images|8/],
        ["an image that is not a URL", { images: ["javascript:alert(1)"] }, [400], /http\(s\) URL/],
        ["an unknown field", { price: 1 }, [400], /price/],
        ["a missing title", { title_vi: undefined }, [400], /title_vi/],
      ]
      for (const [name, over, statuses, message] of cases) {
        const res = await attempt(api.post("/producer/products", productBody({ variants: variant({}), ...over }), producer.auth))
        expect(statuses, `${name}: ${res.status} ${JSON.stringify(res.data)}`).toContain(res.status)
        expect(String(res.data.message), name).toMatch(message)
      }
      expect(await countRows()).toEqual(before)
    })

    it("answers bad updates with 400 and changes nothing", async () => {
      const { data } = await api.post("/producer/products", productBody(), producer.auth)
      await api.post("/producer/products", productBody({ title_vi: "Mật ong bạc hà", craft: "honey", variants: [{ title_vi: "Chai 500 ml", sku: "MAT-500", price_vnd: 300000, stock: 4 }] }), producer.auth)
      const product = data.product
      const small = product.variants.find((v: any) => v.sku === "CHE-100")
      const before = await countRows()
      const cases: [string, Record<string, unknown>, number[], RegExp][] = [
        ["unknown craft", { craft: "pottery" }, [400], /Unknown craft/],
        ["SKU of another product", { variants: [{ id: small.id, sku: "MAT-500" }] }, [400, 422], /SKU "MAT-500"/],
        ["bad GTIN", { variants: [{ id: small.id, gtin: "1234" }] }, [400], /GTIN/],
        ["negative stock", { variants: [{ id: small.id, stock: -5 }] }, [400], /stock/],
        ["negative price", { variants: [{ id: small.id, price_vnd: -5 }] }, [400], /price_vnd/],
        ["a variant of no product", { variants: [{ id: "variant_01NOTREAL", stock: 1 }] }, [400], /not a variant of this product/],
        ["an unknown field", { handle: "khac" }, [400], /handle/],
      ]
      for (const [name, body, statuses, message] of cases) {
        const res = await attempt(api.post(`/producer/products/${product.id}`, { title_vi: "Đổi tên", ...body }, producer.auth))
        expect(statuses, `${name}: ${res.status} ${JSON.stringify(res.data)}`).toContain(res.status)
        expect(String(res.data.message), name).toMatch(message)
      }
      expect(await countRows()).toEqual(before)
      const after = await api.get(`/producer/products/${product.id}`, producer.auth)
      expect(after.data.product).toMatchObject({ title: product.title, updated_at: product.updated_at })
      expect(after.data.product.variants.find((v: any) => v.id === small.id)).toMatchObject({ sku: "CHE-100", inventory_quantity: 20 })
    })

    it("accepts JPEG, PNG and WebP photos and refuses other, oversized or too many files", async () => {
      const webp = Buffer.concat([Buffer.from("RIFF"), Buffer.from([0x24, 0, 0, 0]), Buffer.from("WEBPVP8 ")])
      const ok = await upload([{ name: "a.webp", type: "image/webp", bytes: webp }])
      expect(ok.status).toBe(200)
      expect(ok.data.files[0]).toEqual({ id: expect.any(String), url: expect.stringMatching(/\.webp$/) })

      const big = Buffer.concat([PNG_1PX, Buffer.alloc(5 * 1024 * 1024)])
      const refusals: [string, Awaited<ReturnType<typeof upload>>, RegExp][] = [
        ["larger than 5 MB", await upload([{ name: "big.png", type: "image/png", bytes: big }]), /5 MB/],
        ["text declared as PNG", await upload([{ name: "note.png", type: "image/png", bytes: Buffer.from("hello, not an image") }]), /not a JPEG, PNG or WebP/],
        ["SVG", await upload([{ name: "logo.svg", type: "image/svg+xml", bytes: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>") }]), /not a JPEG, PNG or WebP/],
        ["PDF", await upload([{ name: "giay-phep.pdf", type: "application/pdf", bytes: Buffer.from("%PDF-1.7\n") }]), /not a JPEG, PNG or WebP/],
        ["PNG bytes declared as JPEG", await upload([{ name: "x.jpg", type: "image/jpeg", bytes: PNG_1PX }]), /not a JPEG, PNG or WebP/],
        ["five files", await upload(Array.from({ length: 5 }, (_, i) => ({ name: `${i}.png`, type: "image/png", bytes: PNG_1PX }))), /At most 4/],
        ["another field", await upload([{ name: "a.png", type: "image/png", bytes: PNG_1PX }], producer.auth, "image"), /"files"/],
        ["no file", await attempt(api.post("/producer/uploads", {}, producer.auth)), /No image/],
      ]
      for (const [name, res, message] of refusals) {
        expect(res.status, `${name}: ${JSON.stringify(res.data)}`).toBe(400)
        expect(String(res.data.message), name).toMatch(message)
        expect(String(res.data.message), name).toMatch(/ \/ /) // Vietnamese / English
      }
      // One bad file among good ones stores none of them.
      const files = getContainer().resolve(Modules.FILE)
      const mixed = await upload([
        { name: "good.png", type: "image/png", bytes: PNG_1PX },
        { name: "bad.png", type: "image/png", bytes: Buffer.from("GIF89a") },
      ])
      expect(mixed.status).toBe(400)
      await files.deleteFiles([ok.data.files[0].id])
    })

    it("refuses uploads and product writes from customers and signed-out visitors", async () => {
      const customer = bearer(await registerIdentity(api, "customer", "buyer@example.vn"))
      for (const auth of [customer, {}]) {
        expect((await upload([{ name: "a.png", type: "image/png", bytes: PNG_1PX }], auth as any)).status).toBe(401)
        expect((await attempt(api.post("/producer/products", productBody(), auth))).status).toBe(401)
      }
    })
  },
})
