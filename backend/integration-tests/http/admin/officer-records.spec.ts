import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createCraftVillagesWorkflow } from "../../../src/workflows/craft-village/workflows/create-craft-villages"
import { createArtisansWorkflow } from "../../../src/workflows/craft-village/workflows/create-artisans"
import { createProducersWorkflow } from "../../../src/workflows/producer/workflows/create-producers"
import { attempt, bearer, officerHeaders, producerLogin } from "../../helpers/auth"

/** Trade officers keep the records: producers (and commission), villages' figures, artisans. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let officer: { headers: Record<string, string> }
    let ids: { village: string; producer: string; artisan: string }

    beforeEach(async () => {
      const container = getContainer()
      officer = await officerHeaders(container)
      const { result: [village] } = await createCraftVillagesWorkflow(container).run({
        input: {
          villages: [
            {
              handle: "lang-tho-cam-thuong-lam",
              name: "Làng dệt thổ cẩm Thượng Lâm",
              commune: "xã Thượng Lâm",
              province: "Tuyên Quang",
              crafts: ["brocade"],
              recognition_kind: "lang_nghe_truyen_thong",
              households: 60,
              workers: 120,
              workers_trained: 80,
              households_env_compliant: 50,
            },
          ],
        },
      })
      const { result: [producer] } = await createProducersWorkflow(container).run({
        input: {
          producers: [
            {
              handle: "htx-tho-cam",
              name: "HTX Thổ cẩm Thượng Lâm",
              legal_kind: "cooperative",
              tax_code: "5000111222",
              phone: "0912000111",
              email: "thocam@example.vn",
              address: "xã Thượng Lâm, tỉnh Tuyên Quang",
              status: "approved",
              craft_village_id: village!.id,
            },
          ],
        },
      })
      const { result: [artisan] } = await createArtisansWorkflow(container).run({
        input: {
          artisans: [
            {
              handle: "hoang-thi-lien",
              name: "Hoàng Thị Liên",
              title: "nghe_nhan",
              title_year: 2019,
              ethnic_group: "Tày",
              bio: "Dệt thổ cẩm từ năm 12 tuổi.",
              bio_en: null,
              portrait_url: null,
              works: [],
              craft_village_id: village!.id,
              producer_id: producer!.id,
            },
          ],
        },
      } as any)
      ids = { village: village!.id, producer: producer!.id, artisan: (artisan as any).id }
    })

    it("sets a producer's commission and corrects its contact; refuses bad values and other actors", async () => {
      const ok = await api.post(`/admin/producers/${ids.producer}`, { commission_percent: 5, phone: "+84 912 000 222" }, officer)
      expect(ok.data.producer).toMatchObject({ commission_percent: 5, phone: "0912000222" })
      for (const bad of [{ commission_percent: 150 }, { commission_percent: -1 }, { phone: "123" }, { tax_code: "12" }, { status: "approved" }]) {
        const res = await attempt(api.post(`/admin/producers/${ids.producer}`, bad, officer))
        expect(res.status, JSON.stringify(bad)).toBe(400)
      }
      const after = await api.get(`/admin/producers/${ids.producer}`, officer)
      expect(after.data.producer).toMatchObject({ commission_percent: 5, phone: "0912000222", status: "approved" })
      expect((await attempt(api.post(`/admin/producers/pdcr_missing`, { name: "X Y" }, officer))).status).toBe(404)

      const token = await producerLogin(api, getContainer(), ids.producer, "member@example.vn")
      const refused = await attempt(api.post(`/admin/producers/${ids.producer}`, { commission_percent: 0 }, bearer(token)))
      expect(refused.status).toBe(401)
    })

    it("updates a village's yearly figures and refuses figures that contradict each other", async () => {
      const ok = await api.post(`/admin/craft-villages/${ids.village}`, { workers: 130, workers_trained: 130, status: "struggling" }, officer)
      expect(ok.data.craft_village).toMatchObject({ workers: 130, workers_trained: 130, status: "struggling" })
      const contradicting = await attempt(api.post(`/admin/craft-villages/${ids.village}`, { workers_trained: 131 }, officer))
      expect(contradicting.status).toBe(400)
      expect(contradicting.data.message).toMatch(/cannot exceed/)
      const negative = await attempt(api.post(`/admin/craft-villages/${ids.village}`, { households: -3 }, officer))
      expect(negative.status).toBe(400)
      const list = await api.get(`/admin/craft-villages?status=struggling`, officer)
      expect(list.data.craft_villages.map((v: any) => [v.handle, v.workers_trained])).toEqual([["lang-tho-cam-thuong-lam", 130]])
    })

    it("records an artisan's new title and refuses a year in the future", async () => {
      const ok = await api.post(`/admin/artisans/${ids.artisan}`, { title: "nghe_nhan_uu_tu", title_year: 2024 }, officer)
      expect(ok.data.artisan).toMatchObject({ title: "nghe_nhan_uu_tu", title_year: 2024, producer: { name: "HTX Thổ cẩm Thượng Lâm" } })
      const future = await attempt(api.post(`/admin/artisans/${ids.artisan}`, { title_year: new Date().getFullYear() + 1 }, officer))
      expect(future.status).toBe(400)
      const listed = await api.get(`/admin/artisans?title=nghe_nhan_uu_tu`, officer)
      expect(listed.data.artisans.map((a: any) => a.handle)).toEqual(["hoang-thi-lien"])
    })
  },
})
