import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toCalendarDate } from "@cln/domain"
import { attempt, officerHeaders } from "../../helpers/auth"
import { storeHeaders } from "../certificates/fixtures"
import { approvedProducer, setUpMarketplace } from "../producer/fixtures"

// Fairs in the admin (issue #7): what catalogs.spec.ts does not already cover: the list the
// admin page reads, edits refused against what is stored, and deleting.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof setUpMarketplace>>
    let officer: { headers: Record<string, string> }
    let lan: Awaited<ReturnType<typeof approvedProducer>>
    let minh: Awaited<ReturnType<typeof approvedProducer>>

    beforeEach(async () => {
      const container = getContainer()
      market = await setUpMarketplace(container)
      officer = await officerHeaders(container)
      lan = await approvedProducer(api, officer, "htx-che-hong-thai", "hongthai@example.vn")
      minh = await approvedProducer(api, officer, "htx-mat-ong-meo-vac", "matong@example.vn")
    })

    const dayFromToday = (days: number) => toCalendarDate(new Date(Date.now() + days * 86_400_000))
    const fairBody = (over: Record<string, unknown> = {}) => ({
      handle: "hoi-cho-ocop-2026",
      name: "Hội chợ OCOP Tuyên Quang 2026",
      name_en: "Tuyên Quang OCOP Fair 2026",
      starts_on: "2099-12-01",
      ends_on: "2099-12-05",
      place: "Quảng trường Nguyễn Tất Thành",
      province: "Tuyên Quang",
      producer_ids: [lan.id, minh.id],
      ...over,
    })
    const links = async () =>
      Number(
        ((await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)("catalog_trade_fair_producer_producer").whereNull("deleted_at").count("* as n")) as any)[0].n
      )
    const fairs = async () =>
      Number(((await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)("trade_fair").whereNull("deleted_at").count("* as n")) as any)[0].n)

    it("lists each fair with the days the officer picked, its participants and whether it is upcoming, on or over", async () => {
      await api.post("/admin/fairs", fairBody({ handle: "sap-toi", starts_on: dayFromToday(10), ends_on: dayFromToday(12) }), officer)
      await api.post("/admin/fairs", fairBody({ handle: "dang-dien-ra", starts_on: dayFromToday(-1), ends_on: dayFromToday(0), producer_ids: [lan.id] }), officer)
      await api.post("/admin/fairs", fairBody({ handle: "da-xong", starts_on: dayFromToday(-9), ends_on: dayFromToday(-8), producer_ids: [] }), officer)

      const { data } = await api.get("/admin/fairs", officer)
      expect(data.fairs.map((f: any) => [f.handle, f.status, f.producers.length])).toEqual([
        ["da-xong", "past", 0],
        ["dang-dien-ra", "ongoing", 1],
        ["sap-toi", "upcoming", 2],
      ])
      const upcoming = data.fairs[2]
      // A day is a day in Vietnam: what was sent comes back unchanged, whatever the server's zone.
      expect(upcoming).toMatchObject({ first_day: dayFromToday(10), last_day: dayFromToday(12), name_en: "Tuyên Quang OCOP Fair 2026" })
      expect(upcoming.producers.map((p: any) => p.id).sort()).toEqual([lan.id, minh.id].sort())
    })

    it("refuses an edit that ends the fair before its stored start or names an unknown producer, and changes nothing", async () => {
      const { data } = await api.post("/admin/fairs", fairBody(), officer)
      const id = data.fair.id

      const backwards = await attempt(api.post(`/admin/fairs/${id}`, { ends_on: "2099-11-30", name: "Đổi tên" }, officer))
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toMatch(/Ngày kết thúc phải từ ngày bắt đầu trở đi/)

      const stranger = await attempt(api.post(`/admin/fairs/${id}`, { producer_ids: [lan.id, "prod_khong_co"], place: "Nơi khác" }, officer))
      expect(stranger.status).toBe(400)
      expect(stranger.data.message).toMatch(/prod_khong_co/)

      const bothBad = await attempt(api.post("/admin/fairs", fairBody({ handle: "hai-loi", starts_on: "2099-12-05", ends_on: "2099-12-01", producer_ids: ["prod_khong_co"] }), officer))
      expect(bothBad.status).toBe(400)

      const stored = (await api.get(`/admin/fairs/${id}`, officer)).data.fair
      expect(stored).toMatchObject({ name: "Hội chợ OCOP Tuyên Quang 2026", place: "Quảng trường Nguyễn Tất Thành", first_day: "2099-12-01", last_day: "2099-12-05" })
      expect(stored.producers.map((p: any) => p.id).sort()).toEqual([lan.id, minh.id].sort())
      expect(await fairs()).toBe(1)
      expect(await links()).toBe(2)
    })

    it("deletes a fair with its list of participants; the producers stay and buyers no longer see it", async () => {
      const { data } = await api.post("/admin/fairs", fairBody(), officer)
      expect((await api.get("/store/fairs", storeHeaders(market.publishableKey))).data.fairs).toHaveLength(1)

      const deleted = await api.delete(`/admin/fairs/${data.fair.id}`, officer)
      expect(deleted.data).toEqual({ id: data.fair.id, object: "trade_fair", deleted: true })
      expect((await api.get("/admin/fairs", officer)).data.fairs).toEqual([])
      expect((await api.get("/store/fairs", storeHeaders(market.publishableKey))).data.fairs).toEqual([])
      expect(await links()).toBe(0)
      expect((await api.get(`/admin/producers/${lan.id}`, officer)).data.producer.status).toBe("approved")

      const again = await attempt(api.delete(`/admin/fairs/${data.fair.id}`, officer))
      expect(again.status).toBe(404)
      expect(again.data.message).toMatch(/Không tìm thấy hội chợ/)
      // The handle is free again for a new fair.
      expect((await api.post("/admin/fairs", fairBody(), officer)).status).toBe(201)
    })

    it("lets only officers delete a fair", async () => {
      const { data } = await api.post("/admin/fairs", fairBody(), officer)
      expect((await attempt(api.delete(`/admin/fairs/${data.fair.id}`, lan.auth))).status).toBe(401)
      expect((await attempt(api.delete(`/admin/fairs/${data.fair.id}`))).status).toBe(401)
      expect(await fairs()).toBe(1)
    })
  },
})
