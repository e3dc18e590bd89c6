import { normalizeSearchText } from "@cln/domain"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createCraftVillagesWorkflow } from "../../../src/workflows/craft-village/workflows/create-craft-villages"
import { attempt, bearer, login, officerHeaders, registerIdentity } from "../../helpers/auth"
import { ocopBody, uploadEvidence } from "../certificates/fixtures"
import { productBody, setUpMarketplace } from "../producer/fixtures"
import { eventuallyPasses } from "../../helpers/eventually"

/**
 * The search contract, the same for every provider: Vietnamese typed without diacritics,
 * one typo, title matches ranked before description matches, facet counts equal to counts
 * computed here from the products this test created, and an index kept current by
 * events (a product update, a price change, an OCOP verification, a deletion).
 */

type Seeded = {
  id: string
  title: string
  description: string
  craft: string
  village: string
  province: string
  villageName: string
  price: number
  stars?: number
}

const VILLAGES = [
  // setUpMarketplace creates lang-che-hong-thai (Tuyên Quang).
  { handle: "lang-tho-cam-thuong-lam", name: "Làng dệt thổ cẩm Thượng Lâm", commune: "xã Thượng Lâm", province: "Tuyên Quang", crafts: ["brocade"] },
  { handle: "lang-may-tre-phu-vinh", name: "Làng mây tre đan Phú Vinh", commune: "xã Phú Nghĩa", province: "Hà Nội", crafts: ["bamboo_rattan"] },
] as const

const PRODUCTS = [
  { key: "shanXanh", producer: 0, craft: "tea", title: "Chè Shan tuyết Hồng Thái búp xanh", description: "Búp chè cổ thụ hái tay, sao chảo gang.", price: 160000 },
  { key: "hongTra", producer: 0, craft: "tea", title: "Hồng trà Shan tuyết", description: "Lên men hoàn toàn, hương mật ong.", price: 420000 },
  { key: "matOng", producer: 0, craft: "honey", title: "Mật ong bạc hà", description: "Mật ong rừng núi đá, hợp pha với nước ấm.", price: 250000 },
  { key: "khan", producer: 1, craft: "brocade", title: "Khăn thổ cẩm Lâm Bình", description: "Khăn quàng dệt tay, hoa văn trám.", price: 350000 },
  { key: "tui", producer: 1, craft: "brocade", title: "Túi đeo hoa văn trám", description: "Túi may từ vải thổ cẩm dệt tay của người Tày.", price: 1200000 },
  { key: "gio", producer: 2, craft: "bamboo-rattan", title: "Giỏ mây đan tay", description: "Giỏ đựng đồ đan từ mây rừng.", price: 90000 },
] as const

const PRODUCERS = [
  { handle: "htx-che-hong-thai", village: "lang-che-hong-thai", villageName: "Làng chè Shan tuyết Hồng Thái", province: "Tuyên Quang" },
  { handle: "hto-tho-cam-thuong-lam", village: "lang-tho-cam-thuong-lam", villageName: VILLAGES[0].name, province: "Tuyên Quang" },
  { handle: "hkd-may-tre-phu-vinh", village: "lang-may-tre-phu-vinh", villageName: VILLAGES[1].name, province: "Hà Nội" },
] as const


async function producerIn(api: any, officer: object, handle: string, village: string) {
  const email = `${handle}@example.vn`
  const registration = await registerIdentity(api, "producer", email)
  const { data } = await api.post(
    "/producer-applications",
    {
      handle,
      name: `Hộ sản xuất ${handle}`,
      legal_kind: "household",
      phone: "0912345678",
      email,
      address: "tỉnh Tuyên Quang",
      craft_village_handle: village,
      member_name: "Hoàng Thị Lan",
    },
    bearer(registration)
  )
  await api.post(`/admin/producers/${data.producer.id}/review`, { action: "approve" }, officer)
  return bearer(await login(api, "producer", email))
}

export function searchContract(_provider: "postgres" | "meilisearch") {
  return ({ api, getContainer }: { api: any; getContainer: () => MedusaContainer }) => {
    let store: { headers: Record<string, string> }
    let seeded: Record<(typeof PRODUCTS)[number]["key"], Seeded>
    let auths: { headers: Record<string, string> }[]
    let officer: { headers: Record<string, string> }

    const searchRaw = (params: Record<string, string | number>) =>
      attempt(api.get(`/store/product-search?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`, store))
    const search = async (params: Record<string, string | number> = {}) => {
      const res = await searchRaw({ limit: 48, ...params })
      if (res.status !== 200) throw new Error(`GET /store/product-search ${JSON.stringify(params)}: ${res.status} ${JSON.stringify(res.data)}`)
      return res.data
    }

    beforeEach(async () => {
      const container = getContainer()
      // The app seeds its indexes in the background when it starts, and the database is
      // restored between tests (a Meilisearch server is not): build an empty, active index
      // first, so that everything below reaches it through events.
      await container.resolve(Modules.SEARCH).reindex({ index: "product" })
      const market = await setUpMarketplace(container)
      store = { headers: { "x-publishable-api-key": market.publishableKey } }
      await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: [
            { name: "Dệt thổ cẩm", handle: "brocade", is_active: true },
            { name: "Mây tre đan", handle: "bamboo-rattan", is_active: true },
          ],
        },
      })
      await createCraftVillagesWorkflow(container).run({
        input: { villages: VILLAGES.map((v) => ({ ...v, crafts: [...v.crafts], recognition_kind: "lang_nghe" as const })) },
      })
      officer = await officerHeaders(container)
      auths = []
      for (const p of PRODUCERS) auths.push(await producerIn(api, officer, p.handle, p.village))

      seeded = {} as typeof seeded
      for (const [i, p] of PRODUCTS.entries()) {
        const res = await api.post(
          "/producer/products",
          productBody({
            title_vi: p.title,
            title_en: undefined,
            subtitle_vi: undefined,
            description_vi: p.description,
            description_en: undefined,
            craft: p.craft,
            status: "published",
            variants: [{ title_vi: "Loại 1", sku: `SEARCH-${i}`, price_vnd: p.price, stock: 10 }],
          }),
          auths[p.producer]!
        )
        const producer = PRODUCERS[p.producer]!
        seeded[p.key] = {
          id: res.data.product.id,
          title: p.title,
          description: p.description,
          craft: p.craft,
          village: producer.village,
          province: producer.province,
          villageName: producer.villageName,
          price: p.price,
        }
      }
      // A 4★ OCOP rating (score 75.5), verified by an officer: a certificate event.
      const evidence = await uploadEvidence(api, auths[0]!)
      const submitted = await api.post("/producer/certificates", ocopBody(seeded.shanXanh.id, evidence), auths[0]!)
      await api.post(`/admin/ocop/certificates/${submitted.data.certificate.id}/verify`, {}, officer)
      seeded.shanXanh.stars = 4

      await eventuallyPasses(
        () => search(),
        (r) => {
          expect(r.count).toBe(PRODUCTS.length)
          expect(r.hits.find((h: any) => h.id === seeded.shanXanh.id)?.stars).toBe(4)
        }
      )
    })

    it("finds Vietnamese typed without diacritics, and with one typo", async () => {
      const shan = await search({ q: "che shan tuyet" })
      expect(shan.hits[0]).toMatchObject({ id: seeded.shanXanh.id, title: "Chè Shan tuyết Hồng Thái búp xanh", stars: 4, province: "Tuyên Quang" })
      expect(shan.hits[0].village).toEqual({ handle: "lang-che-hong-thai", name: "Làng chè Shan tuyết Hồng Thái" })
      expect(shan.hits.map((h: any) => h.id)).not.toContain(seeded.khan.id)

      const brocade = await search({ q: "tho cam" })
      expect(brocade.hits.map((h: any) => h.id)).toEqual(expect.arrayContaining([seeded.khan.id, seeded.tui.id]))

      // Typed with diacritics, in capitals, or with đ folded: the same products.
      expect((await search({ q: "THỔ CẨM" })).hits.map((h: any) => h.id).sort()).toEqual(brocade.hits.map((h: any) => h.id).sort())

      // One typo ("tuyat" for "tuyết") still finds the tea.
      const typo = await search({ q: "shan tuyat" })
      expect(typo.hits.map((h: any) => h.id)).toContain(seeded.shanXanh.id)
      expect(typo.hits.map((h: any) => h.id)).toContain(seeded.hongTra.id)
      expect(typo.hits[0].title).toMatch(/Shan tuyết/)
      // …and only products that hold the word typed right: not everything.
      const shanOnly = (await search({ q: "shan", limit: 48 })).hits.map((h: any) => h.id)
      for (const hit of typo.hits) expect(shanOnly).toContain(hit.id)
      // A word near nothing in the shop finds nothing.
      const nonsense = await search({ q: "zzqxwv" })
      expect(nonsense.count).toBe(0)
      expect(nonsense.hits).toEqual([])

      // Village, commune and producer names are searched too.
      expect((await search({ q: "thuong lam" })).hits.map((h: any) => h.id).sort()).toEqual([seeded.khan.id, seeded.tui.id].sort())
    })

    it("ranks a title match before a description match", async () => {
      const res = await search({ q: "tho cam" })
      const ids = res.hits.map((h: any) => h.id)
      // "Khăn thổ cẩm Lâm Bình" has it in the title, "Túi đeo hoa văn trám" only in the description.
      expect(ids.indexOf(seeded.khan.id)).toBeLessThan(ids.indexOf(seeded.tui.id))
      expect(ids[0]).toBe(seeded.khan.id)

      const honey = await search({ q: "mat ong" })
      // "Mật ong bạc hà" (title) before "Hồng trà Shan tuyết" (… hương mật ong, description).
      expect(honey.hits[0].id).toBe(seeded.matOng.id)
      expect(honey.hits.map((h: any) => h.id)).toContain(seeded.hongTra.id)
    })

    it("counts facets the way the data does, and a facet value narrows to its count", async () => {
      const all = Object.values(seeded)
      const countBy = (items: Seeded[], key: (s: Seeded) => string | undefined) => {
        const out: Record<string, number> = {}
        for (const s of items) {
          const k = key(s)
          if (k !== undefined) out[k] = (out[k] ?? 0) + 1
        }
        return out
      }
      const asCounts = (facet: { value: string; count: number }[]) => Object.fromEntries(facet.map((f) => [f.value, f.count]))

      const res = await search()
      expect(res.count).toBe(all.length)
      expect(asCounts(res.facets.craft)).toEqual(countBy(all, (s) => s.craft))
      expect(asCounts(res.facets.village)).toEqual(countBy(all, (s) => s.village))
      expect(asCounts(res.facets.province)).toEqual(countBy(all, (s) => s.province))
      expect(asCounts(res.facets.stars)).toEqual({ "4": all.filter((s) => (s.stars ?? 0) >= 4).length })
      const bracket = (p: number) => (p < 200000 ? "under-200k" : p < 500000 ? "200k-500k" : p < 1000000 ? "500k-1m" : "over-1m")
      expect(asCounts(res.facets.price)).toEqual(countBy(all, (s) => bracket(s.price)))
      expect(res.facets.craft.find((f: any) => f.value === "brocade").label).toBe("Dệt thổ cẩm")
      expect(res.facets.village.find((f: any) => f.value === "lang-may-tre-phu-vinh").label).toBe("Làng mây tre đan Phú Vinh")

      // Within a query, counts describe that query's results.
      const tea = await search({ q: "shan tuyet" })
      // "Shan tuyết" is in two titles and in the name of the village all three teas-and-honey
      // products come from.
      const teaHits = all.filter((s) => normalizeSearchText(`${s.title} ${s.description} ${s.villageName}`).includes("shan tuyet"))
      expect(tea.count).toBe(teaHits.length)
      expect(asCounts(tea.facets.craft)).toEqual(countBy(teaHits, (s) => s.craft))

      // Following a facet value shows exactly as many products as it counted.
      for (const f of res.facets.province) {
        const narrowed = await search({ province: f.value })
        expect(narrowed.count).toBe(f.count)
        expect(narrowed.hits).toHaveLength(f.count)
      }
      for (const f of res.facets.price) {
        const narrowed = await search({ ...(f.min !== undefined ? { price_min: f.min } : {}), ...(f.max !== undefined ? { price_max: f.max } : {}) })
        expect(narrowed.count).toBe(f.count)
      }
      const fourStars = await search({ min_stars: 4 })
      expect(fourStars.hits.map((h: any) => h.id)).toEqual([seeded.shanXanh.id])
      const craftAndVillage = await search({ craft: "tea", village: "lang-che-hong-thai", q: "hong tra" })
      expect(craftAndVillage.hits.map((h: any) => h.id)).toEqual([seeded.hongTra.id])

      // Paging: 2 per page over 6 products.
      const page3 = await search({ limit: 2, page: 3 })
      expect(page3).toMatchObject({ count: all.length, page: 3, page_count: 3 })
      expect(page3.hits).toHaveLength(2)
    })

    it("stays current after a product update, a price change and a deletion (events)", async () => {
      // Renamed: found by its new title, no longer by its old one.
      await api.post(`/producer/products/${seeded.gio.id}`, { title_vi: "Làn mây hoa văn chữ thọ" }, auths[2]!)
      await eventuallyPasses(
        () => search({ q: "lan may chu tho" }),
        (r) => expect(r.hits.map((h: any) => h.id)).toEqual([seeded.gio.id])
      )
      const byOldTitle = await search({ q: "gio may dan tay" })
      expect(byOldTitle.hits.map((h: any) => h.title)).not.toContain("Giỏ mây đan tay")

      // A new price moves it to another price bracket.
      const { data: mine } = await api.get(`/producer/products/${seeded.gio.id}`, auths[2]!)
      await api.post(`/producer/products/${seeded.gio.id}`, { variants: [{ id: mine.product.variants[0].id, price_vnd: 650000 }] }, auths[2]!)
      await eventuallyPasses(
        () => search({ q: "lan may" }),
        (r) => expect(r.hits[0]).toMatchObject({ id: seeded.gio.id, price: 650000 })
      )

      // Deleted: gone from results and from the facet counts.
      await api.delete(`/producer/products/${seeded.khan.id}`, auths[1]!)
      const after = await eventuallyPasses(
        () => search(),
        (r) => expect(r.count).toBe(PRODUCTS.length - 1)
      )
      expect(after.hits.map((h: any) => h.id)).not.toContain(seeded.khan.id)
      expect(after.facets.craft.find((f: any) => f.value === "brocade").count).toBe(1)
      expect((await search({ q: "khan tho cam" })).hits.map((h: any) => h.id)).not.toContain(seeded.khan.id)
    })

    it("refuses bad input with a 400 and a clear message", async () => {
      const cases: [Record<string, string | number>, RegExp][] = [
        [{ q: "" }, /'q' too small|q must not be empty/],
        [{ q: "   " }, /'q' too small|q must not be empty/],
        [{ q: "a".repeat(1000) }, /'q' too big|at most 200/],
        [{ q: "!!!" }, /letter or a digit/],
        [{ craft: "unicorn" }, /Unknown craft "unicorn"/],
        [{ village: "lang-khong-co" }, /Unknown village/],
        [{ province: "Atlantis" }, /Unknown province/],
        [{ mark: "khong-co" }, /Unknown mark/],
        [{ min_stars: 6 }, /min_stars/],
        [{ min_stars: 9 }, /min_stars/],
        [{ ocop_stars: 9 }, /ocop_stars/],
        [{ price_min: 500, price_max: 100 }, /price_min/],
        [{ page: 0 }, /page/],
        [{ sort: "price" }, /sort|Unrecognized/i],
      ]
      for (const [params, message] of cases) {
        const res = await searchRaw(params)
        expect({ params, status: res.status }).toEqual({ params, status: 400 })
        expect(String(res.data?.message)).toMatch(message)
      }
    })
  }
}
