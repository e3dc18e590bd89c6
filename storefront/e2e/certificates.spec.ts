import { pngImage } from "./support/png"
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test"
import { expectNoHorizontalOverflow } from "./support/layout"

/**
 * Certificates as buyers and producers meet them: OCOP star filters on the product list,
 * the GI pages reached from a product's mark badge, and a producer sending an OCOP
 * certificate from the panel. Expectations come from the store API, so the test follows
 * the demo data rather than copying it.
 */
const BACKEND_URL = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""
const PRODUCER_EMAIL = process.env.DEMO_PRODUCER_EMAIL ?? "sontra.hongthai@example.vn"
const PRODUCER_PASSWORD = process.env.DEMO_PRODUCER_PASSWORD ?? "cholangnghe-producer"

type StoreProduct = { id: string; handle: string; title: string; ocop_badge: { stars: number } | null; geo_marks: { handle: string; name: string }[] | null }
type Mark = { id: string; handle: string; kind: string; name: string; certificate_number: string | null; producer_count: number }
type MarkPage = {
  mark: Mark & { properties: { name: string; value: string }[] | null; area: { commune: string; former_names: string[] | null }[] | null; area_geojson: unknown }
  producers: { id: string; handle: string; name: string; products: { id: string; handle: string; title: string }[] }[]
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

async function storeGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`${BACKEND_URL}${path}`, { headers: { "x-publishable-api-key": PUBLISHABLE_KEY } })
  expect(response.ok(), `GET ${path} answered ${response.status()}`).toBe(true)
  return (await response.json()) as T
}

const certifiedIds = async (request: APIRequestContext, query: string) =>
  (await storeGet<{ product_ids: string[] }>(request, `/store/certified-products?${query}`)).product_ids

async function productsByIds(request: APIRequestContext, ids: string[]): Promise<StoreProduct[]> {
  const query = new URLSearchParams({ fields: "id,handle,title,+ocop_badge.*,+geo_marks.*", limit: String(ids.length) })
  for (const id of ids) query.append("id[]", id)
  return (await storeGet<{ products: StoreProduct[] }>(request, `/store/products?${query}`)).products
}


/** The stars of a card's OCOP badge ("OCOP 4 sao"), or null when it has none. */
async function cardStars(card: Locator): Promise<number | null> {
  const badge = card.getByRole("img", { name: /^OCOP \d sao$/ })
  if ((await badge.count()) === 0) return null
  const name = (await badge.first().getAttribute("aria-label")) ?? ""
  return Number(/OCOP (\d) sao/.exec(name)?.[1])
}

/** Titles and badge stars of every card on every page of the list now shown. */
async function allCards(page: Page): Promise<{ title: string; stars: number | null }[]> {
  const seen: { title: string; stars: number | null }[] = []
  for (let guard = 0; guard < 50; guard++) {
    const cards = page.locator("main article")
    for (const card of await cards.all()) {
      seen.push({ title: (await card.getByRole("heading").innerText()).trim(), stars: await cardStars(card) })
    }
    const next = page.getByRole("navigation", { name: "Phân trang" }).getByRole("link", { name: /Trang sau/ })
    if ((await next.count()) === 0) break
    await next.click()
    await page.waitForLoadState("domcontentloaded")
  }
  return seen
}

test.describe("a buyer", () => {
  test("filters the product list by 4★ and up and sees only products rated 4 or 5 stars", async ({ page, request }) => {
    const fourUp = await certifiedIds(request, "min_stars=4")
    const threeUp = await certifiedIds(request, "min_stars=3")
    const threeOnly = threeUp.filter((id) => !fourUp.includes(id))
    expect(fourUp.length, "the demo data has products rated 4★ or 5★").toBeGreaterThan(0)
    expect(threeOnly.length, "the demo data has a product rated exactly 3★").toBeGreaterThan(0)
    const [threeStar] = await productsByIds(request, threeOnly.slice(0, 1))
    expect(threeStar?.ocop_badge?.stars).toBe(3)

    await page.goto("/vi/products")
    const filter = page.getByRole("navigation", { name: "Lọc theo sao OCOP" })
    await filter.getByRole("link", { name: "4 sao trở lên" }).click()
    await expect(page).toHaveURL(/\/vi\/products\?stars=4$/)
    await expect(filter.getByRole("link", { name: "4 sao trở lên" })).toHaveAttribute("aria-current", "page")
    await expect(page.getByText(`${fourUp.length} sản phẩm`, { exact: true })).toBeVisible()

    const cards = await allCards(page)
    expect(cards.length).toBe(fourUp.length)
    for (const card of cards) expect(card.stars, `${card.title} shows a badge of at least 4 stars`).toBeGreaterThanOrEqual(4)
    expect(cards.map((card) => card.title)).not.toContain(threeStar!.title)

    // The 3★ product is there at "3★ and up", with its badge.
    await page.goto("/vi/products?stars=3")
    await expect(page.getByText(`${threeUp.length} sản phẩm`, { exact: true })).toBeVisible()
    const threeCards = await allCards(page)
    expect(threeCards.find((card) => card.title === threeStar!.title)?.stars).toBe(3)
  })

  test("narrows the list by a mark with the form, keeping the star filter", async ({ page, request }) => {
    const { marks } = await storeGet<{ marks: Mark[] }>(request, "/store/marks")
    let chosen: { mark: Mark; ids: string[] } | null = null
    for (const mark of marks) {
      const ids = await certifiedIds(request, `mark=${mark.handle}`)
      if (ids.length > 0) {
        chosen = { mark, ids }
        break
      }
    }
    expect(chosen, "a mark is claimed by a listed product").not.toBeNull()
    const both = await certifiedIds(request, `min_stars=3&mark=${chosen!.mark.handle}`)

    await page.goto("/vi/products?stars=3")
    await page.getByLabel("Chỉ dẫn địa lý / nhãn hiệu").selectOption(chosen!.mark.handle)
    await page.getByRole("button", { name: "Lọc", exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`stars=3&mark=${chosen!.mark.handle}`))
    await expect(page.getByText(`${both.length} sản phẩm`, { exact: true })).toBeVisible()
    const cards = await allCards(page)
    expect(cards.length).toBe(both.length)
    for (const card of cards) expect(card.stars).toBeGreaterThanOrEqual(3)
  })

  test("opens the product's certificates and reaches its GI page and an authorised producer", async ({ page, request }) => {
    const { marks } = await storeGet<{ marks: Mark[] }>(request, "/store/marks")
    let found: { page: MarkPage; producer: MarkPage["producers"][number]; product: { handle: string; title: string } } | null = null
    for (const mark of marks.filter((candidate) => candidate.producer_count > 0)) {
      const detail = await storeGet<MarkPage>(request, `/store/marks/${mark.handle}`)
      const producer = detail.producers.find((candidate) => candidate.products.length > 0)
      if (producer) {
        found = { page: detail, producer, product: producer.products[0]! }
        break
      }
    }
    expect(found, "a mark has an authorised producer with a product claiming it").not.toBeNull()
    const { page: markPage, producer, product } = found!
    const mark = markPage.mark

    await page.goto(`/vi/products/${product.handle}`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(product.title)
    const certificates = page.getByRole("region", { name: "Chứng nhận của sản phẩm" })
    await expect(certificates).toBeVisible()
    if (mark.certificate_number) await expect(certificates).toContainText(`Văn bằng số ${mark.certificate_number}`)

    await page.getByRole("link", { name: new RegExp(`: ${escapeRegExp(mark.name)}$`) }).first().click()
    await expect(page).toHaveURL(new RegExp(`/vi/marks/${mark.handle}$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(mark.name)
    const properties = page.getByRole("table")
    await expect(properties.locator("tbody tr")).toHaveCount(mark.properties?.length ?? 0)
    for (const commune of mark.area ?? []) await expect(page.getByText(commune.commune, { exact: true }).first()).toBeVisible()
    if (mark.area_geojson) await expect(page.getByRole("img", { name: `Bản đồ vùng ${mark.name}` })).toBeVisible()

    await page.getByRole("link", { name: producer.name, exact: true }).first().click()
    await expect(page).toHaveURL(new RegExp(`/vi/producers/${producer.handle}$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(producer.name)
  })

  test("finds every mark from the header and opens one", async ({ page, request }) => {
    const { marks } = await storeGet<{ marks: Mark[] }>(request, "/store/marks")
    expect(marks.length).toBeGreaterThan(0)
    await page.goto("/vi")
    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Chỉ dẫn địa lý" }).click()
    await expect(page).toHaveURL(/\/vi\/marks$/)
    const list = page.getByRole("list", { name: "Danh sách chỉ dẫn địa lý và nhãn hiệu" })
    await expect(list.getByRole("article")).toHaveCount(marks.length)
    const first = marks[0]!
    await list.getByRole("link", { name: first.name, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/vi/marks/${first.handle}$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.name)
  })
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the star links and the mark form still filter the list", async ({ page, request }) => {
    const five = await certifiedIds(request, "min_stars=5")
    expect(five.length, "the demo data has a 5★ product").toBeGreaterThan(0)
    await page.goto("/vi/products")
    await page.getByRole("navigation", { name: "Lọc theo sao OCOP" }).getByRole("link", { name: "5 sao", exact: true }).click()
    await expect(page).toHaveURL(/\/vi\/products\?stars=5$/)
    const cards = await allCards(page)
    expect(cards.length).toBe(five.length)
    for (const card of cards) expect(card.stars).toBe(5)

    const { marks } = await storeGet<{ marks: Mark[] }>(request, "/store/marks")
    const mark = marks[0]!
    const both = await certifiedIds(request, `min_stars=5&mark=${mark.handle}`)
    await page.getByLabel("Chỉ dẫn địa lý / nhãn hiệu").selectOption(mark.handle)
    await page.getByRole("button", { name: "Lọc", exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`stars=5&mark=${mark.handle}$`))
    await expect(page.getByText(`${both.length} sản phẩm`, { exact: true })).toBeVisible()
  })
})

test.describe("on a phone (390×844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test("the GI pages fit the screen width", async ({ page, request }) => {
    const { marks } = await storeGet<{ marks: Mark[] }>(request, "/store/marks")
    await page.goto("/vi/marks")
    await expectNoHorizontalOverflow(page)
    // The mark with the most to show: a map, then the most producers.
    const details = await Promise.all(marks.map((mark) => storeGet<MarkPage>(request, `/store/marks/${mark.handle}`)))
    const richest = details.sort((a, b) => Number(Boolean(b.mark.area_geojson)) - Number(Boolean(a.mark.area_geojson)) || b.producers.length - a.producers.length)[0]!
    await page.goto(`/vi/marks/${richest.mark.handle}`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(richest.mark.name)
    await expectNoHorizontalOverflow(page)
    await page.goto(`/en/marks/${richest.mark.handle}`)
    await expectNoHorizontalOverflow(page)
  })
})

// ——— The producer panel —————————————————————————————————————————————————

/** A valid size×size grey PNG: a "photo" of a decision. */
function pngScan(size = 48): Buffer {
  return pngImage(size, () => [230, 230, 230])
}

/** A day `days` before today on Vietnam's calendar, as YYYY-MM-DD. */
function vnDaysAgo(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10)
}

test.describe("a producer on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test("sends an OCOP certificate with a photo of the decision and sees it pending review", async ({ page }) => {
    const decision = `E2E-${Date.now().toString(36).toUpperCase()}/QĐ-UBND`
    await page.goto("/vi/seller/login")
    await page.getByLabel("Email").fill(PRODUCER_EMAIL)
    await page.getByLabel("Mật khẩu").fill(PRODUCER_PASSWORD)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await expect(page).toHaveURL(/\/vi\/seller$/)

    const tabs = page.getByRole("navigation", { name: "Quản lý gian hàng" })
    await tabs.getByRole("link", { name: "Chứng nhận" }).click()
    await expect(page).toHaveURL(/\/vi\/seller\/certificates$/)
    await expect(page.getByRole("heading", { level: 1, name: "Chứng nhận" })).toBeVisible()
    await expect(tabs.getByRole("link", { name: "Chứng nhận" })).toHaveAttribute("aria-current", "page")
    await expect(page.getByRole("heading", { level: 2, name: "Quyền sử dụng nhãn hiệu / chỉ dẫn địa lý" })).toBeVisible()
    await expectNoHorizontalOverflow(page)

    const form = page.getByRole("region", { name: "Gửi chứng nhận OCOP" })
    const product = form.getByLabel("Sản phẩm", { exact: true })
    const productTitle = (await product.locator("option").nth(1).textContent())!.trim()
    await product.selectOption({ index: 1 })
    await form.getByLabel("Nhóm sản phẩm").selectOption("drinks")

    // The stars follow the score as it is typed, by the official thresholds.
    const score = form.getByLabel(/^Điểm đánh giá/)
    await score.fill("92")
    await expect(form.getByRole("img", { name: "OCOP 5 sao" })).toBeVisible()
    await score.fill("75,5")
    await expect(form.getByRole("img", { name: "OCOP 4 sao" })).toBeVisible()

    await form.getByLabel("Số quyết định").fill(decision)
    await form.getByLabel("Ngày quyết định").fill(vnDaysAgo(20))
    // A 4★ certificate is the province's: choosing the central level is refused beside the field.
    await form.getByRole("radio", { name: "Cấp trung ương" }).check()
    await form.getByLabel("Cơ quan cấp").fill("UBND tỉnh Tuyên Quang")
    await form.getByLabel("Chọn ảnh hoặc PDF").setInputFiles({ name: "quyet-dinh-ocop.png", mimeType: "image/png", buffer: pngScan() })
    await expect(form.getByText("Đã tải lên bản quyết định.")).toBeVisible()
    await expectNoHorizontalOverflow(page)
    await form.getByRole("button", { name: "Gửi chứng nhận" }).click()
    await expect(form.getByRole("alert")).toContainText("Hãy sửa các ô được đánh dấu")
    await expect(form.getByText(/Kiểm tra lại cấp công nhận và điểm/)).toBeVisible()
    await expect(form.getByLabel("Số quyết định")).toHaveValue(decision)

    await form.getByRole("radio", { name: "Cấp tỉnh" }).check()
    await form.getByRole("button", { name: "Gửi chứng nhận" }).click()
    await expect(page).toHaveURL(/\/vi\/seller\/certificates\?submitted=1$/)
    await expect(page.getByText(/Đã gửi chứng nhận\./)).toBeVisible()

    const sent = page.getByRole("list", { name: "Chứng nhận OCOP" }).getByRole("listitem").filter({ hasText: decision })
    await expect(sent).toHaveCount(1)
    await expect(sent).toContainText(productTitle)
    await expect(sent).toContainText("Đang chờ duyệt")
    await expect(sent.getByRole("img", { name: "OCOP 4 sao" })).toBeVisible()
    await expect(sent).toContainText("75,5/100 điểm")
    await expectNoHorizontalOverflow(page)

    // The same decision again is the backend's to refuse, and it says so readably.
    await form.getByLabel("Sản phẩm", { exact: true }).selectOption({ label: productTitle })
    await form.getByLabel("Nhóm sản phẩm").selectOption("drinks")
    await form.getByLabel(/^Điểm đánh giá/).fill("75,5")
    await form.getByLabel("Số quyết định").fill(decision)
    await form.getByLabel("Ngày quyết định").fill(vnDaysAgo(20))
    await form.getByRole("radio", { name: "Cấp tỉnh" }).check()
    await form.getByLabel("Cơ quan cấp").fill("UBND tỉnh Tuyên Quang")
    await form.getByLabel("Chọn ảnh hoặc PDF").setInputFiles({ name: "quyet-dinh-ocop.png", mimeType: "image/png", buffer: pngScan() })
    await expect(form.getByText("Đã tải lên bản quyết định.")).toBeVisible()
    await form.getByRole("button", { name: "Gửi chứng nhận" }).click()
    await expect(form.getByText(/đã được gửi cho sản phẩm này/)).toBeVisible()
    await expect(page.getByRole("list", { name: "Chứng nhận OCOP" }).getByRole("listitem").filter({ hasText: decision })).toHaveCount(1)
  })
})
