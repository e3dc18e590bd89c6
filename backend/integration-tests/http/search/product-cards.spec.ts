import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { attempt, officerHeaders } from "../../helpers/auth"
import { monthsAgo, ocopBody, uploadEvidence } from "../certificates/fixtures"
import { approvedProducer, productBody, setUpMarketplace } from "../producer/fixtures"
import { eventuallyPasses } from "../../helpers/eventually"
import repricePriceListsJob from "../../../src/jobs/reprice-price-lists"

/**
 * The shop's product listing (GET /store/product-cards), read from the product search
 * index: every published product once, newest first, in pages; the craft and
 * certificate filters; prices as Medusa's own store API prices them in each region;
 * sold-out cards; refusals that say what is wrong; and changes seen through the events
 * that keep the index current. What the listing should hold is computed here from the
 * database and from Medusa's /store/products, not from the index.
 */

type Card = {
  id: string
  handle: string
  title: string
  craft: { handle: string; name: string } | null
  producer_name: string | null
  village: { handle: string; name: string } | null
  ocop_stars: number | null
  marks: { handle: string; kind: string; name: string; name_en: string }[]
  price: { amount: number; currency_code: string; is_range: boolean } | null
  sold_out: boolean
}

const PRODUCTS = [
  { key: "shan", craft: "tea", title: "Chè Shan tuyết búp xanh", title_en: "Green bud Shan tuyết tea", variants: [{ title_vi: "Hộp 100 g", price_vnd: 120000, price_usd: 5.5, stock: 20 }, { title_vi: "Hộp 200 g", price_vnd: 220000, price_usd: 9, stock: 5 }] },
  { key: "hong", craft: "tea", title: "Hồng trà Shan tuyết", variants: [{ title_vi: "Gói 50 g", price_vnd: 95000, price_usd: 4, stock: 8 }] },
  { key: "vang", craft: "tea", title: "Chè vàng Hồng Thái", variants: [{ title_vi: "Gói 50 g", price_vnd: 180000, stock: 0 }] },
  { key: "tra", craft: "tea", title: "Trà móc câu", variants: [{ title_vi: "Gói 100 g", price_vnd: 70000, price_usd: 3, stock: 3 }] },
  { key: "bacha", craft: "honey", title: "Mật ong bạc hà", variants: [{ title_vi: "Chai 500 ml", price_vnd: 250000, price_usd: 10, stock: 6 }] },
  { key: "rung", craft: "honey", title: "Mật ong rừng", variants: [{ title_vi: "Chai 500 ml", price_vnd: 300000, stock: 2 }, { title_vi: "Chai 1 l", price_vnd: 300000, stock: 1 }] },
  { key: "hoa", craft: "tea", title: "Trà hoa vàng", variants: [{ title_vi: "Hộp 30 g", price_vnd: 450000, price_usd: 18, stock: 4 }] },
] as const

type Key = (typeof PRODUCTS)[number]["key"]


medusaIntegrationTestRunner({
  env: { SEARCH_PROVIDER: "postgres" },
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof setUpMarketplace>>
    let store: { headers: Record<string, string> }
    let producer: Awaited<ReturnType<typeof approvedProducer>>
    let ids: Record<Key, string>

    const cardsRaw = (params: Record<string, string | number> = {}) =>
      attempt(api.get(`/store/product-cards?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`, store))
    const cards = async (params: Record<string, string | number> = {}) => {
      const res = await cardsRaw(params)
      if (res.status !== 200) throw new Error(`GET /store/product-cards ${JSON.stringify(params)}: ${res.status} ${JSON.stringify(res.data)}`)
      return res.data as { cards: Card[]; count: number; page: number; limit: number; page_count: number }
    }
    /** Every page of a listing, in order. */
    const allPages = async (params: Record<string, string | number>, limit: number) => {
      const first = await cards({ ...params, limit })
      const pages = [first]
      for (let page = 2; page <= first.page_count; page++) pages.push(await cards({ ...params, limit, page }))
      return pages
    }
    /** Published products of the storefront's sales channel, from the database, newest (highest id) first. */
    const listedInDatabase = async (keep: (p: any) => boolean = () => true) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "status", "sales_channels.id", "categories.handle"] })
      return (data as any[])
        .filter((p) => p.status === "published" && p.sales_channels.some((c: any) => c?.id === market.salesChannelId) && keep(p))
        .map((p) => p.id as string)
        .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
    }
    /** Medusa's own answer for a product: prices in a region and stock, as the product page reads them. */
    const medusaProduct = async (id: string, regionId: string) => {
      const fields = "id,*variants,+variants.inventory_quantity,*variants.calculated_price"
      const res = await api.get(`/store/products?id[]=${id}&region_id=${regionId}&fields=${encodeURIComponent(fields)}`, store)
      return res.data.products[0]
    }

    beforeEach(async () => {
      const container = getContainer()
      // An empty, active index first, so that everything below reaches it through events.
      await container.resolve(Modules.SEARCH).reindex({ index: "product" })
      market = await setUpMarketplace(container)
      store = { headers: { "x-publishable-api-key": market.publishableKey } }
      // A craft with no products: its listing is empty, not an error.
      await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ name: "Dệt thổ cẩm", handle: "brocade", is_active: true }] },
      })
      const officer = await officerHeaders(container)
      producer = await approvedProducer(api, officer, "htx-che-hong-thai", "hongthai@example.vn")
      ids = {} as Record<Key, string>
      for (const [i, p] of PRODUCTS.entries()) {
        const res = await api.post(
          "/producer/products",
          productBody({
            title_vi: p.title,
            title_en: "title_en" in p ? p.title_en : undefined,
            craft: p.craft,
            status: "published",
            variants: p.variants.map((v, j) => ({ ...v, sku: `CARD-${i}-${j}` })),
          }),
          producer.auth
        )
        ids[p.key] = res.data.product.id
      }
      // A draft is never listed.
      await api.post("/producer/products", productBody({ title_vi: "Bản nháp", status: "draft", variants: [{ title_vi: "Gói", sku: "CARD-DRAFT", price_vnd: 1000, stock: 1 }] }), producer.auth)
      // A 4★ OCOP rating verified by an officer, and a GI claimed with a current right.
      const evidence = await uploadEvidence(api, producer.auth)
      const submitted = await api.post("/producer/certificates", ocopBody(ids.shan, evidence), producer.auth)
      await api.post(`/admin/ocop/certificates/${submitted.data.certificate.id}/verify`, {}, officer)
      const { data: gi } = await api.post(
        "/admin/geo-marks",
        {
          handle: "che-shan-tuyet-na-hang",
          kind: "geographic_indication",
          name: "Chè Shan tuyết Na Hang",
          name_en: "Na Hang Shan tuyết tea",
          certificate_number: "00104",
          product_name: "Chè Shan tuyết",
          managing_body: "UBND tỉnh Tuyên Quang",
          description: "Búp chè Shan tuyết cổ thụ trên núi đá vôi Na Hang.",
          area: [{ commune: "xã Thượng Nông", province: "Tuyên Quang", former_names: ["xa Hong Thai"] }],
          area_geojson: { type: "FeatureCollection", features: [] },
        },
        officer
      )
      await api.post(`/admin/geo-marks/${gi.geo_mark.id}/rights`, { producer_id: producer.id, granted_at: monthsAgo(3) }, officer)
      await api.post(`/producer/products/${ids.hong}/marks`, { mark_id: gi.geo_mark.id }, producer.auth)

      await eventuallyPasses(
        () => cards({ limit: 48 }),
        (r) => {
          expect(r.count).toBe(PRODUCTS.length)
          expect(r.cards.find((c) => c.id === ids.shan)?.ocop_stars).toBe(4)
          expect(r.cards.find((c) => c.id === ids.hong)?.marks.map((m) => m.handle)).toEqual(["che-shan-tuyet-na-hang"])
        }
      )
    })

    it("lists every published product once, newest first, in pages the database counts", async () => {
      const expected = await listedInDatabase()
      expect(expected).toHaveLength(PRODUCTS.length)
      for (const limit of [1, 2, 3, 12]) {
        const pages = await allPages({}, limit)
        const listed = pages.flatMap((p) => p.cards.map((c) => c.id))
        // Each product exactly once, in one stable order: nothing skipped, nothing repeated.
        expect({ limit, listed }).toEqual({ limit, listed: expected })
        for (const [i, p] of pages.entries()) {
          expect(p).toMatchObject({ count: expected.length, page: i + 1, limit, page_count: Math.ceil(expected.length / limit) })
          expect(p.cards.length).toBe(Math.min(limit, expected.length - i * limit))
        }
      }
      // The same page asked twice is the same page.
      expect((await cards({ limit: 3, page: 2 })).cards.map((c) => c.id)).toEqual(expected.slice(3, 6))

      const card = (await cards({ limit: 48 })).cards.find((c) => c.id === ids.shan)!
      expect(card).toMatchObject({
        title: "Chè Shan tuyết búp xanh",
        craft: { handle: "tea", name: "Chè" },
        producer_name: producer.name,
        village: { handle: "lang-che-hong-thai", name: "Làng chè Shan tuyết Hồng Thái" },
        ocop_stars: 4,
        marks: [],
      })
      // In English: the product's English title; the craft has no translation, so its name stays.
      const english = (await cards({ limit: 48, locale: "en-US" })).cards.find((c) => c.id === ids.shan)!
      expect(english).toMatchObject({ title: "Green bud Shan tuyết tea", craft: { handle: "tea", name: "Chè" } })
      expect((await cards({ limit: 48, locale: "en-US" })).cards.find((c) => c.id === ids.hong)!.title).toBe("Hồng trà Shan tuyết")
      const marked = (await cards({ limit: 48 })).cards.find((c) => c.id === ids.hong)!
      expect(marked.marks).toEqual([{ handle: "che-shan-tuyet-na-hang", kind: "geographic_indication", name: "Chè Shan tuyết Na Hang", name_en: "Na Hang Shan tuyết tea" }])
    })

    it("narrows by craft, OCOP stars and mark, alone and together, with paging", async () => {
      const honey = await listedInDatabase((p) => p.categories.some((c: any) => c?.handle === "honey"))
      const tea = await listedInDatabase((p) => p.categories.some((c: any) => c?.handle === "tea"))
      expect((await allPages({ craft: "honey" }, 12)).flatMap((p) => p.cards.map((c) => c.id))).toEqual(honey)
      const teaPages = await allPages({ craft: "tea" }, 2)
      expect(teaPages.flatMap((p) => p.cards.map((c) => c.id))).toEqual(tea)
      expect(teaPages[0]).toMatchObject({ count: tea.length, page_count: Math.ceil(tea.length / 2) })
      for (const p of teaPages) for (const c of p.cards) expect(c.craft?.handle).toBe("tea")

      expect((await cards({ min_stars: 4 })).cards.map((c) => c.id)).toEqual([ids.shan])
      expect((await cards({ min_stars: 3 })).count).toBe(1)
      expect((await cards({ min_stars: 5 })).count).toBe(0)
      expect((await cards({ mark: "che-shan-tuyet-na-hang" })).cards.map((c) => c.id)).toEqual([ids.hong])
      expect((await cards({ craft: "tea", min_stars: 4 })).cards.map((c) => c.id)).toEqual([ids.shan])
      expect((await cards({ craft: "honey", min_stars: 4 })).count).toBe(0)
      // A craft with no products: page 1, empty, not an error.
      expect(await cards({ craft: "brocade" })).toMatchObject({ cards: [], count: 0, page: 1, page_count: 1 })
    })

    it("prices cards as Medusa prices the product in each region, and marks sold-out products", async () => {
      for (const [regionId, currency] of [
        [market.vndRegionId, "vnd"],
        [market.usdRegionId, "usd"],
      ] as const) {
        const listed = await cards({ region_id: regionId, limit: 48 })
        expect(listed.cards).toHaveLength(PRODUCTS.length)
        for (const card of listed.cards) {
          const product = await medusaProduct(card.id, regionId)
          const amounts = product.variants
            .map((v: any) => v.calculated_price?.calculated_amount)
            .filter((a: unknown): a is number => typeof a === "number")
          const expected = amounts.length
            ? { amount: Math.min(...amounts), currency_code: currency, is_range: Math.max(...amounts) > Math.min(...amounts) }
            : null
          expect({ product: card.title, currency, price: card.price }).toEqual({ product: card.title, currency, price: expected })
          // Sold out when no variant has stock left, as the product page tells it.
          const soldOut = !product.variants.some((v: any) => !v.manage_inventory || v.allow_backorder || (v.inventory_quantity ?? 0) > 0)
          expect({ product: card.title, sold_out: card.sold_out }).toEqual({ product: card.title, sold_out: soldOut })
        }
      }
      // Spelled out for the products whose prices say the most.
      const vnd = await cards({ region_id: market.vndRegionId, limit: 48 })
      const usd = await cards({ region_id: market.usdRegionId, limit: 48 })
      const by = (r: typeof vnd, id: string) => r.cards.find((c) => c.id === id)!
      expect(by(vnd, ids.shan).price).toEqual({ amount: 120000, currency_code: "vnd", is_range: true })
      expect(by(usd, ids.shan).price).toEqual({ amount: 5.5, currency_code: "usd", is_range: true })
      expect(by(vnd, ids.rung).price).toEqual({ amount: 300000, currency_code: "vnd", is_range: false })
      expect(by(usd, ids.rung).price).toBeNull()
      expect(by(vnd, ids.vang).sold_out).toBe(true)
      expect(by(vnd, ids.hong).sold_out).toBe(false)
      // Without a region, unpriced (as /store/products without one).
      expect((await cards()).cards.every((c) => c.price === null)).toBe(true)
    })

    it("refuses bad input with a 400 that says what is wrong", async () => {
      const cases: [Record<string, string | number>, RegExp][] = [
        [{ craft: "unicorn" }, /Unknown craft "unicorn"/],
        [{ craft: "Not A Handle" }, /craft.*handle/],
        [{ mark: "khong-co" }, /Unknown mark "khong-co"/],
        [{ min_stars: 6 }, /'min_stars' too big, expected at most: '5'|min_stars must be a whole number from 1 to 5/],
        [{ page: 0 }, /'page' too small, expected at least: '1'|page must be a whole number of at least 1/],
        [{ page: "two" }, /'page'|page must be a whole number/],
        [{ page: 99 }, /Page 99 is past the last page: 7 products make 1 page of 12/],
        [{ limit: 3, page: 4 }, /Page 4 is past the last page: 7 products make 3 pages of 3/],
        [{ limit: 1000 }, /'limit' too big, expected at most: '48'|limit must be a whole number from 1 to 48/],
        [{ limit: 0 }, /'limit' too small, expected at least: '1'|limit must be a whole number from 1 to 48/],
        [{ region_id: "reg_nothing" }, /Unknown region "reg_nothing"/],
        [{ sort: "price" }, /sort|Unrecognized/i],
        [{ offset: 12 }, /offset|Unrecognized/i],
      ]
      for (const [params, message] of cases) {
        const res = await cardsRaw(params)
        expect({ params, status: res.status }).toEqual({ params, status: 400 })
        expect({ params, message: String(res.data?.message) }).toEqual({ params, message: expect.stringMatching(message) })
      }
    })

    it("shows a product's new title, price and stock, and drops a deleted one, through the events", async () => {
      const region = { region_id: market.vndRegionId, limit: 48 }
      // A kept answer first, so that the change must also get past the response cache.
      await cards(region)
      await api.post(`/producer/products/${ids.tra}`, { title_vi: "Trà móc câu đặc biệt" }, producer.auth)
      await eventuallyPasses(
        () => cards(region),
        (r) => expect(r.cards.find((c) => c.id === ids.tra)?.title).toBe("Trà móc câu đặc biệt")
      )

      const { data: mine } = await api.get(`/producer/products/${ids.tra}`, producer.auth)
      const variantId = mine.product.variants[0].id
      await api.post(`/producer/products/${ids.tra}`, { variants: [{ id: variantId, price_vnd: 65000 }] }, producer.auth)
      await eventuallyPasses(
        () => cards(region),
        (r) => expect(r.cards.find((c) => c.id === ids.tra)?.price).toEqual({ amount: 65000, currency_code: "vnd", is_range: false })
      )

      await api.post(`/producer/products/${ids.tra}`, { variants: [{ id: variantId, stock: 0 }] }, producer.auth)
      await eventuallyPasses(
        () => cards(region),
        (r) => expect(r.cards.find((c) => c.id === ids.tra)?.sold_out).toBe(true)
      )

      // A new English title (a translation write) reaches the English cards.
      await api.post(`/producer/products/${ids.tra}`, { title_en: "Hook-shaped green tea" }, producer.auth)
      await eventuallyPasses(
        () => cards({ ...region, locale: "en-US" }),
        (r) => expect(r.cards.find((c) => c.id === ids.tra)?.title).toBe("Hook-shaped green tea")
      )

      await api.delete(`/producer/products/${ids.bacha}`, producer.auth)
      const after = await eventuallyPasses(
        () => cards(region),
        (r) => expect(r.count).toBe(PRODUCTS.length - 1)
      )
      expect(after.cards.map((c) => c.id)).toEqual(await listedInDatabase())
      expect((await cards({ craft: "honey" })).cards.map((c) => c.id)).toEqual([ids.rung])
    })

    it("shows a sale price list's prices while it runs: added, changed, paused, removed, and when its start comes by the clock", async () => {
      // The price list's own changes reach the cards through the job that runs every minute.
      const aMinuteOn = () => repricePriceListsJob(getContainer())
      const region = { region_id: market.vndRegionId, limit: 48 }
      const officer = await officerHeaders(getContainer())
      const priceOfTra = async () => (await cards(region)).cards.find((c) => c.id === ids.tra)?.price?.amount
      const showsTra = (amount: number) => eventuallyPasses(priceOfTra, (price) => expect(price).toBe(amount))
      const { data: mine } = await api.get(`/producer/products/${ids.tra}`, producer.auth)
      const variantId = mine.product.variants[0].id
      const listed = PRODUCTS.find((p) => p.key === "tra")!.variants[0]!.price_vnd
      // A kept answer first, so that each change must also get past the response cache.
      expect(await priceOfTra()).toBe(listed)

      const saleBody = { title: "Tết", description: "Giảm giá Tết", status: "active", type: "sale" }
      const { data: created } = await api.post("/admin/price-lists", { ...saleBody, prices: [{ variant_id: variantId, amount: 56000, currency_code: "vnd" }] }, officer)
      const sale = created.price_list
      await showsTra(56000)
      const { data: read } = await api.get(`/admin/price-lists/${sale.id}?fields=id,prices.id`, officer)
      await api.post(`/admin/price-lists/${sale.id}/prices/batch`, { update: [{ id: read.price_list.prices[0].id, variant_id: variantId, amount: 52000, currency_code: "vnd" }] }, officer)
      await showsTra(52000)
      await api.post(`/admin/price-lists/${sale.id}`, { status: "draft" }, officer)
      await aMinuteOn()
      await showsTra(listed)
      await api.post(`/admin/price-lists/${sale.id}`, { status: "active" }, officer)
      await aMinuteOn()
      await showsTra(52000)
      await api.delete(`/admin/price-lists/${sale.id}`, officer)
      await aMinuteOn()
      await showsTra(listed)

      // A sale that starts by the clock: no write then, so the job prices its products again.
      const startsAt = new Date(Date.now() + 3_000)
      const { data: later } = await api.post("/admin/price-lists", { ...saleBody, starts_at: startsAt.toISOString(), prices: [{ variant_id: variantId, amount: 48000, currency_code: "vnd" }] }, officer)
      // Set up the day before, as a sale for a holiday is: the job sees it by its start, not its last write.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg("price_list").where({ id: later.price_list.id }).update({ updated_at: new Date(Date.now() - 86_400_000) })
      await new Promise((resolve) => setTimeout(resolve, startsAt.getTime() + 1_000 - Date.now()))
      await aMinuteOn()
      await showsTra(48000)
    })
  },
})
