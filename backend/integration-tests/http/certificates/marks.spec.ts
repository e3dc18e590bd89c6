import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addCalendarDays } from "@cln/domain"
import { expireCertificatesWorkflow } from "../../../src/workflows/certificates/workflows/expire-certificates"
import { attempt, officerHeaders } from "../../helpers/auth"
import { approvedProducer, setUpMarketplace } from "../producer/fixtures"
import { monthsAgo, publishedProduct, storeHeaders, storeProduct, today } from "./fixtures"

// The fixture producers work in the village of xã Hồng Thái, Tuyên Quang.
const teaGi = (over: Record<string, unknown> = {}) => ({
  handle: "che-shan-tuyet-na-hang",
  kind: "geographic_indication",
  name: "Chè Shan tuyết Na Hang",
  name_en: "Na Hang Shan tuyết tea",
  certificate_number: "00104",
  product_name: "Chè Shan tuyết",
  managing_body: "UBND tỉnh Tuyên Quang",
  description: "Búp chè Shan tuyết cổ thụ trên núi đá vôi Na Hang.",
  properties: [{ name: "Độ cao", name_en: "Altitude", value: "≥ 800 m" }],
  // Hồng Thái is listed here only by a pre-2025 name written without diacritics.
  area: [{ commune: "xã Thượng Nông", province: "Tuyên Quang", former_names: ["xa Hong Thai", "xã Thượng Giáp"] }],
  area_geojson: { type: "FeatureCollection", features: [] },
  ...over,
})
const orangeGi = {
  ...teaGi(),
  handle: "cam-sanh-ham-yen",
  name: "Cam sành Hàm Yên",
  certificate_number: "00085",
  product_name: "Cam sành",
  area: [{ commune: "xã Phù Lưu", province: "Tuyên Quang", former_names: ["xã Minh Hương"] }],
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof setUpMarketplace>>
    let officer: { headers: Record<string, string> }
    let producer: Awaited<ReturnType<typeof approvedProducer>>
    let productId: string
    let tea: any
    let orange: any

    beforeEach(async () => {
      const container = getContainer()
      market = await setUpMarketplace(container)
      officer = await officerHeaders(container)
      producer = await approvedProducer(api, officer, "htx-che-hong-thai", "hongthai@example.vn")
      productId = await publishedProduct(api, producer.auth, "CHE-GI-1")
      tea = (await api.post("/admin/geo-marks", teaGi(), officer)).data.geo_mark
      orange = (await api.post("/admin/geo-marks", orangeGi, officer)).data.geo_mark
    })

    const grant = (mark: any, over: Record<string, unknown> = {}) =>
      api.post(`/admin/geo-marks/${mark.id}/rights`, { producer_id: producer.id, granted_at: monthsAgo(3), ...over }, officer)
    const claim = (mark: any, auth = producer.auth, product = productId) => attempt(api.post(`/producer/products/${product}/marks`, { mark_id: mark.id }, auth))

    it("lets a product claim a GI only with a current right and from inside the area", async () => {
      const noRight = await claim(tea)
      expect(noRight.status).toBe(400)
      expect(noRight.data.message).toMatch(/no current right to use "Chè Shan tuyết Na Hang"/)

      await grant(orange)
      const outside = await claim(orange)
      expect(outside.status).toBe(400)
      expect(outside.data.message).toMatch(/Your commune \(xã Hồng Thái.*\) is outside the area of the geographical indication "Cam sành Hàm Yên"/)

      const granted = await grant(tea)
      expect(granted.status).toBe(201)
      expect(granted.data.right).toMatchObject({ status: "current", producer: { id: producer.id } })
      const claimed = await claim(tea)
      expect(claimed.status, JSON.stringify(claimed.data)).toBe(200)
      expect(claimed.data.marks.map((m: any) => m.handle)).toEqual(["che-shan-tuyet-na-hang"])
      // Claiming twice changes nothing.
      expect((await claim(tea)).data.marks).toHaveLength(1)

      const product = await storeProduct(api, market.publishableKey, productId)
      expect(product.geo_marks).toEqual([
        { id: tea.id, handle: "che-shan-tuyet-na-hang", kind: "geographic_indication", name: "Chè Shan tuyết Na Hang", name_en: "Na Hang Shan tuyết tea", certificate_number: "00104" },
      ])
      const byMark = await api.get("/store/certified-products?mark=che-shan-tuyet-na-hang", storeHeaders(market.publishableKey))
      expect(byMark.data.product_ids).toEqual([productId])

      const marks = (await api.get("/store/marks", storeHeaders(market.publishableKey))).data.marks
      expect(marks.find((m: any) => m.handle === "che-shan-tuyet-na-hang")).toMatchObject({ producer_count: 1, certificate_number: "00104", kind: "geographic_indication" })
      expect(marks.find((m: any) => m.handle === "cam-sanh-ham-yen").producer_count).toBe(1)

      const page = (await api.get("/store/marks/che-shan-tuyet-na-hang", storeHeaders(market.publishableKey))).data
      expect(page.mark).toMatchObject({ handle: "che-shan-tuyet-na-hang", properties: [{ name: "Độ cao", name_en: "Altitude", value: "≥ 800 m" }], area_geojson: { type: "FeatureCollection" } })
      expect(page.producers).toEqual([
        {
          id: producer.id,
          handle: "htx-che-hong-thai",
          name: producer.name,
          logo_url: null,
          commune: "xã Hồng Thái",
          province: "Tuyên Quang",
          right: { granted_at: expect.any(String), expires_at: null },
          products: [{ id: productId, handle: expect.any(String), title: "Chè Shan tuyết Hồng Thái", thumbnail: expect.anything() }],
        },
      ])
      expect(JSON.stringify(page)).not.toMatch(/hongthai@example\.vn|0912345678/)
      const rights = (await api.get("/producer/mark-rights", producer.auth)).data.rights
      expect(rights.find((r: any) => r.mark.id === tea.id)).toMatchObject({ status: "current", claimed_product_ids: [productId] })

      const unclaimed = await api.delete(`/producer/products/${productId}/marks/${tea.id}`, producer.auth)
      expect(unclaimed.data.marks).toEqual([])
      expect((await storeProduct(api, market.publishableKey, productId)).geo_marks).toEqual([])
    })

    it("removes the producer's claims at once when the right is revoked", async () => {
      const right = (await grant(tea)).data.right
      await claim(tea)
      const noReason = await attempt(api.post(`/admin/mark-rights/${right.id}/revoke`, {}, officer))
      expect(noReason.status).toBe(400)
      const revoked = await api.post(`/admin/mark-rights/${right.id}/revoke`, { reason: "Vi phạm quy chế sử dụng chỉ dẫn địa lý" }, officer)
      expect(revoked.data.right).toMatchObject({ status: "revoked", revoked_reason: "Vi phạm quy chế sử dụng chỉ dẫn địa lý" })
      expect(revoked.data.claims_removed).toEqual([{ product_id: productId, geo_mark_id: tea.id }])
      expect((await storeProduct(api, market.publishableKey, productId)).geo_marks).toEqual([])
      expect((await api.get("/store/certified-products?mark=che-shan-tuyet-na-hang", storeHeaders(market.publishableKey))).data.product_ids).toEqual([])
      expect((await api.get("/store/marks/che-shan-tuyet-na-hang", storeHeaders(market.publishableKey))).data.producers).toEqual([])
      const again = await attempt(api.post(`/admin/mark-rights/${right.id}/revoke`, { reason: "Lần nữa" }, officer))
      expect(again.status).toBe(400)
      expect((await claim(tea)).status).toBe(400)
      const detail = (await api.get(`/admin/geo-marks/${tea.id}`, officer)).data.geo_mark
      expect(detail.rights).toEqual([expect.objectContaining({ id: right.id, status: "revoked", producer: expect.objectContaining({ id: producer.id }) })])
      expect((await api.get(`/admin/producers/${producer.id}/certificates`, officer)).data.rights[0]).toMatchObject({ status: "revoked", mark: { id: tea.id } })
    })

    it("ends a right with an end date through the daily job, with its claims", async () => {
      const expiresAt = addCalendarDays(today(), 40)
      const right = (await grant(tea, { expires_at: expiresAt })).data.right
      await claim(tea)
      await expireCertificatesWorkflow(getContainer()).run({ input: { today: addCalendarDays(expiresAt, -30) } })
      expect((await storeProduct(api, market.publishableKey, productId)).geo_marks).toHaveLength(1)
      const { result } = await expireCertificatesWorkflow(getContainer()).run({ input: { today: addCalendarDays(expiresAt, 1) } })
      expect(result.expired_rights).toBe(1)
      expect((await storeProduct(api, market.publishableKey, productId)).geo_marks).toEqual([])
      expect((await api.get("/producer/mark-rights", producer.auth)).data.rights[0]).toMatchObject({ id: right.id, status: "expired" })
    })

    it("keeps claims to the product's owner", async () => {
      const other = await approvedProducer(api, officer, "ho-che-2", "che2@example.vn")
      await grant(tea, { producer_id: other.id })
      const foreign = await claim(tea, other.auth)
      expect(foreign.status).toBe(404)
      expect(foreign.data.message).toMatch(/was not found/)
      expect((await storeProduct(api, market.publishableKey, productId)).geo_marks).toEqual([])
      expect((await attempt(api.delete(`/producer/products/${productId}/marks/${tea.id}`, other.auth))).status).toBe(404)
    })

    it("answers bad input with 4xx and a message, never 500", async () => {
      const store = storeHeaders(market.publishableKey)
      const cases: [string, () => Promise<any>, number, RegExp][] = [
        ["duplicate handle", () => api.post("/admin/geo-marks", teaGi(), officer), 400, /already taken/],
        ["bad kind", () => api.post("/admin/geo-marks", teaGi({ handle: "x-1", kind: "trademark" }), officer), 400, /kind/],
        ["GI without area", () => api.post("/admin/geo-marks", teaGi({ handle: "x-2", area: [] }), officer), 400, /needs the communes/],
        ["bad handle", () => api.post("/admin/geo-marks", teaGi({ handle: "Chè Na Hang" }), officer), 400, /lowercase/],
        ["grant with bad date", () => grant(tea, { granted_at: "2025-13-01" }), 400, /granted_at/],
        ["grant in the future", () => grant(tea, { granted_at: addCalendarDays(today(), 5) }), 400, /in the future/],
        ["grant ending before it starts", () => grant(tea, { expires_at: monthsAgo(4) }), 400, /after the grant date/],
        ["grant to an unknown producer", () => grant(tea, { producer_id: "pdcr_01JNOTAPRODUCER000000000000" }), 404, /was not found/],
        ["grant on an unknown mark", () => grant({ id: "gmark_01JNOTAMARK0000000000000000" }), 404, /was not found/],
        ["claim without mark_id", () => api.post(`/producer/products/${productId}/marks`, {}, producer.auth), 400, /mark/],
        ["claim of an unknown mark", () => claim({ id: "gmark_01JNOTAMARK0000000000000000" }), 404, /was not found/],
        ["min_stars out of range", () => api.get("/store/certified-products?min_stars=7", store), 400, /min_stars/],
        ["min_stars not a number", () => api.get("/store/certified-products?min_stars=nam", store), 400, /min_stars/],
        ["no filter", () => api.get("/store/certified-products", store), 400, /min_stars, mark or both/],
        ["unknown query field", () => api.get("/store/marks?fields=*rights", store), 400, /fields/],
        ["unknown mark page", () => api.get("/store/marks/khong-co", store), 404, /"khong-co" was not found/],
        ["unknown certificate status filter", () => api.get("/admin/ocop/certificates?status=pending", officer), 400, /status/],
      ]
      for (const [label, send, status, message] of cases) {
        const res = await attempt(send())
        expect(res.status, `${label}: ${JSON.stringify(res.data)}`).toBe(status)
        expect(res.data.message, label).toMatch(message)
      }
      // A mark's area is not among the product fields a store request may read.
      await grant(tea)
      expect((await claim(tea)).status).toBe(200)
      const areaAsked = await attempt(api.get(`/store/products?id[]=${productId}&fields=%2Bgeo_marks.area`, store))
      expect(areaAsked.status).toBeLessThan(500)
      expect(JSON.stringify(areaAsked.data)).not.toMatch(/Thượng Giáp/)
      // Both filters: products that are 4★+ and claim the mark (none here).
      expect((await api.get("/store/certified-products?min_stars=4&mark=che-shan-tuyet-na-hang", store)).data.product_ids).toEqual([])
    })
  },
})
