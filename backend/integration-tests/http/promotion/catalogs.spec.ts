import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { attempt, officerHeaders } from "../../helpers/auth"
import { publishedProduct, storeHeaders } from "../certificates/fixtures"
import { approvedProducer, productBody, setUpMarketplace } from "../producer/fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof setUpMarketplace>>
    let officer: { headers: Record<string, string> }
    let producer: Awaited<ReturnType<typeof approvedProducer>>
    let products: string[]

    beforeEach(async () => {
      const container = getContainer()
      market = await setUpMarketplace(container)
      officer = await officerHeaders(container)
      producer = await approvedProducer(api, officer, "htx-che-hong-thai", "hongthai@example.vn")
      products = []
      for (let i = 1; i <= 5; i++) products.push(await publishedProduct(api, producer.auth, `CAT-${i}`, `Chè Shan tuyết số ${i}`))
    })

    const store = () => storeHeaders(market.publishableKey)
    const catalogBody = (over: Record<string, unknown> = {}) => ({
      handle: "qua-tet-2027",
      title: "Quà Tết 2027",
      title_en: "Tết gifts 2027",
      story: "Những món quà từ các làng nghề Tuyên Quang.",
      product_ids: products,
      ...over,
    })
    const rowCount = async (table: string) =>
      Number(((await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)(table).whereNull("deleted_at").count("* as n")) as any)[0].n)

    it("an officer builds a catalog, reorders it and publishes it; buyers see it in that order", async () => {
      const created = await api.post("/admin/catalogs", catalogBody(), officer)
      expect(created.status).toBe(201)
      const catalog = created.data.catalog
      expect(catalog).toMatchObject({ handle: "qua-tet-2027", status: "draft" })
      expect(catalog.products.map((p: any) => p.product_id)).toEqual(products)
      expect(catalog.products[0]).toMatchObject({ title: "Chè Shan tuyết số 1", status: "published" })

      // A draft is not on show.
      expect((await api.get("/store/catalogs", store())).data.catalogs).toEqual([])
      expect((await attempt(api.get("/store/catalogs/qua-tet-2027", store()))).status).toBe(404)

      const reordered = [products[4]!, products[0]!, products[2]!, products[1]!, products[3]!]
      const updated = await api.post(`/admin/catalogs/${catalog.id}`, { product_ids: reordered }, officer)
      expect(updated.data.catalog.products.map((p: any) => p.product_id)).toEqual(reordered)

      const published = await api.post(`/admin/catalogs/${catalog.id}/publish`, { published: true }, officer)
      expect(published.data.catalog).toMatchObject({ status: "published", published_at: expect.any(String) })

      const onShow = await api.get("/store/catalogs/qua-tet-2027", store())
      expect(onShow.data.catalog).toMatchObject({ title: "Quà Tết 2027", title_en: "Tết gifts 2027" })
      expect(onShow.data.catalog.products.map((p: any) => p.product_id)).toEqual(reordered)
      expect((await api.get("/store/catalogs", store())).data.catalogs.map((c: any) => c.handle)).toEqual(["qua-tet-2027"])

      // A product unpublished later drops out of the catalog buyers see, and publishing again is refused.
      await api.post(`/producer/products/${reordered[1]}/status`, { status: "draft" }, producer.auth)
      const after = await api.get("/store/catalogs/qua-tet-2027", store())
      expect(after.data.catalog.products.map((p: any) => p.product_id)).toEqual(reordered.filter((_, i) => i !== 1))
      const republish = await attempt(api.post(`/admin/catalogs/${catalog.id}/publish`, { published: true }, officer))
      expect(republish.status).toBe(400)
      expect(republish.data.message).toMatch(/is not published/)
    })

    it("shows a scheduled catalog only inside its window", async () => {
      const future = new Date(Date.now() + 86_400_000).toISOString()
      const { data } = await api.post("/admin/catalogs", catalogBody({ starts_at: future }), officer)
      await api.post(`/admin/catalogs/${data.catalog.id}/publish`, { published: true }, officer)
      expect((await api.get("/store/catalogs", store())).data.catalogs).toEqual([])
      await api.post(`/admin/catalogs/${data.catalog.id}`, { starts_at: new Date(Date.now() - 60_000).toISOString() }, officer)
      expect((await api.get("/store/catalogs", store())).data.catalogs).toHaveLength(1)
    })

    it("refuses a catalog with an unpublished, deleted or unknown product, or an end before its start, and writes nothing", async () => {
      const draft = (await api.post("/producer/products", productBody({ title_vi: "Bản nháp", status: "draft" }), producer.auth)).data.product.id
      const gone = await publishedProduct(api, producer.auth, "CAT-GONE", "Sản phẩm đã xoá")
      await api.delete(`/producer/products/${gone}`, producer.auth)

      const refused = await attempt(api.post("/admin/catalogs", catalogBody({ product_ids: [products[0], draft, gone, "prod_01UNKNOWN"] }), officer))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/"Bản nháp" is not published/)
      expect(refused.data.message).toMatch(/"Sản phẩm đã xoá" was deleted/)
      expect(refused.data.message).toMatch(/prod_01UNKNOWN" does not exist/)

      const backwards = await attempt(
        api.post("/admin/catalogs", catalogBody({ starts_at: "2026-12-10T00:00:00+07:00", ends_at: "2026-12-01T00:00:00+07:00" }), officer)
      )
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toMatch(/end date must be after the start date/)

      const notAnId = await attempt(api.post("/admin/catalogs", catalogBody({ product_ids: ["<script>"] }), officer))
      expect(notAnId.status).toBe(400)
      expect(await rowCount("featured_catalog")).toBe(0)
      expect(await rowCount("catalog_item")).toBe(0)

      // An edit that would break the schedule is refused against the stored start date, and changes nothing.
      const { data } = await api.post("/admin/catalogs", catalogBody({ starts_at: "2026-12-10T00:00:00+07:00" }), officer)
      const bad = await attempt(api.post(`/admin/catalogs/${data.catalog.id}`, { ends_at: "2026-12-01T00:00:00+07:00", title: "Đổi tên" }, officer))
      expect(bad.status).toBe(400)
      expect((await api.get(`/admin/catalogs/${data.catalog.id}`, officer)).data.catalog).toMatchObject({ title: "Quà Tết 2027", ends_at: null })
    })

    it("counts each scan of a display point's poster and opens the catalog it shows", async () => {
      const { data } = await api.post("/admin/catalogs", catalogBody(), officer)
      await api.post(`/admin/catalogs/${data.catalog.id}/publish`, { published: true }, officer)
      const point = await api.post(
        "/admin/display-points",
        {
          handle: "tram-dung-nghi-km-125",
          name: "Trạm dừng nghỉ Km 125",
          kind: "rest_stop",
          address: "Quốc lộ 2, Km 125",
          commune: "Xã Mỹ Bằng",
          province: "Tuyên Quang",
          catalog_id: data.catalog.id,
        },
        officer
      )
      expect(point.status).toBe(201)
      for (let i = 0; i < 3; i++) {
        const scan = await api.post("/store/display-points/tram-dung-nghi-km-125/scans", { locale: "vi" }, store())
        expect(scan.status).toBe(201)
        expect(scan.data.display_point.name).toBe("Trạm dừng nghỉ Km 125")
        expect(scan.data.catalog.handle).toBe("qua-tet-2027")
      }
      expect((await api.get(`/admin/display-points/${point.data.display_point.id}`, officer)).data.display_point.scan_count).toBe(3)
      const poster = await api.get(`/admin/display-points/${point.data.display_point.id}/poster`, { ...officer, responseType: "arraybuffer" })
      expect(poster.headers["content-type"]).toBe("application/pdf")
      expect(Buffer.from(poster.data).subarray(0, 5).toString()).toBe("%PDF-")
      expect((await attempt(api.post("/store/display-points/khong-co/scans", {}, store()))).status).toBe(404)
      expect((await attempt(api.post("/admin/display-points", { handle: "x", name: "x", kind: "castle", address: "x", commune: "x", province: "x" }, officer))).status).toBe(400)
      expect(await rowCount("display_point")).toBe(1)
    })

    it("records a fair with approved producers only, changes its participants, and lists it while it is on", async () => {
      const other = await approvedProducer(api, officer, "htx-mat-ong-meo-vac", "matong@example.vn")
      const fairBody = {
        handle: "hoi-cho-ocop-2026",
        name: "Hội chợ OCOP Tuyên Quang 2026",
        starts_on: "2099-12-01",
        ends_on: "2099-12-05",
        place: "Quảng trường Nguyễn Tất Thành",
        province: "Tuyên Quang",
        producer_ids: [producer.id],
      }
      const created = await api.post("/admin/fairs", fairBody, officer)
      expect(created.status).toBe(201)
      expect(created.data.fair.producers.map((p: any) => p.id)).toEqual([producer.id])
      const changed = await api.post(`/admin/fairs/${created.data.fair.id}`, { producer_ids: [other.id] }, officer)
      expect(changed.data.fair.producers.map((p: any) => p.id)).toEqual([other.id])
      expect((await api.get("/store/fairs", store())).data.fairs.map((f: any) => f.handle)).toEqual(["hoi-cho-ocop-2026"])

      const backwards = await attempt(api.post("/admin/fairs", { ...fairBody, handle: "nguoc", starts_on: "2099-12-05", ends_on: "2099-12-01" }, officer))
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toMatch(/end on or after the day it starts/)
      const stranger = await attempt(api.post("/admin/fairs", { ...fairBody, handle: "la", producer_ids: ["prod_khong_co"] }, officer))
      expect(stranger.status).toBe(400)
      expect(stranger.data.message).toMatch(/Only approved producers/)
      expect(await rowCount("trade_fair")).toBe(1)
    })

    it("lets only officers curate catalogs", async () => {
      expect((await attempt(api.post("/admin/catalogs", catalogBody(), producer.auth))).status).toBe(401)
      expect((await attempt(api.post("/admin/catalogs", catalogBody()))).status).toBe(401)
      expect(await rowCount("featured_catalog")).toBe(0)
    })
  },
})
