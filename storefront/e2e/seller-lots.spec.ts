import { expect, test, type Page } from "@playwright/test"
import { expectNoHorizontalOverflow } from "./support/layout"

/**
 * Traceability in the seller panel on a phone: the demo producer opens a lot for one of
 * their products, records steps, issues unit serials and downloads a QR label; another
 * producer's lot stays out of reach.
 */
const PRODUCER_EMAIL = process.env.DEMO_PRODUCER_EMAIL ?? "sontra.hongthai@example.vn"
const PRODUCER_PASSWORD = process.env.DEMO_PRODUCER_PASSWORD ?? "cholangnghe-producer"
const BACKEND_URL = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "vi-VN" })

/** A unique lot number (letters, digits, hyphen; at most 20), so the test can run again on the same database. */
const lotNumberFor = () => `E2E-${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 36).toString(36).toUpperCase()}`


async function signIn(page: Page) {
  await page.goto("/vi/seller/login")
  await page.getByLabel("Email").fill(PRODUCER_EMAIL)
  await page.getByLabel("Mật khẩu").fill(PRODUCER_PASSWORD)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page).toHaveURL(/\/vi\/seller$/)
}

test("lot pages send a visitor who is not signed in to the sign-in page", async ({ page }) => {
  await page.goto("/vi/seller/lots")
  await expect(page).toHaveURL(/\/vi\/seller\/login/)
})

test("a producer opens a lot, records two steps, issues serials and downloads an SVG label", async ({ page }) => {
  const lotNumber = lotNumberFor()
  await signIn(page)

  const tabs = page.getByRole("navigation", { name: "Quản lý gian hàng" })
  await tabs.getByRole("link", { name: "Lô hàng" }).click()
  await expect(page).toHaveURL(/\/vi\/seller\/lots$/)
  await expect(page.getByRole("heading", { level: 1, name: "Lô hàng" })).toBeVisible()
  await expect(tabs.getByRole("link", { name: "Lô hàng" })).toHaveAttribute("aria-current", "page")
  await expect(page.getByRole("heading", { level: 2, name: "Lượt quét theo sản phẩm và lô" })).toBeVisible()
  await expectNoHorizontalOverflow(page)

  // A new lot of one of the producer's own variants.
  const create = page.getByRole("region", { name: "Tạo lô mới" })
  const variant = create.getByLabel("Sản phẩm", { exact: true })
  const firstVariant = await variant.locator("option").nth(1).textContent()
  await variant.selectOption({ index: 1 })
  await create.getByLabel(/^Số lô/).fill(lotNumber)
  await create.getByLabel("Số lượng", { exact: true }).fill("25,5")
  await create.getByLabel("Đơn vị", { exact: true }).selectOption("kg")
  await create.getByLabel(/^Ngày sản xuất/).fill("2026-11-20")
  await create.getByRole("button", { name: "Tạo lô" }).click()

  await expect(page).toHaveURL(/\/vi\/seller\/lots\/[A-Za-z0-9_]+\?created=1$/)
  await expect(page.getByRole("heading", { level: 1, name: `Lô ${lotNumber}` })).toBeVisible()
  await expect(page.getByText("Đã tạo lô. Ghi bước đầu tiên ở dưới.")).toBeVisible()
  await expect(page.getByText(firstVariant!.replace(/ \([^)]*\)$/, "")).first()).toBeVisible()
  await expect(page.getByRole("img", { name: `Tem QR của lô ${lotNumber}` })).toHaveJSProperty("complete", true)
  expect(await page.getByRole("img", { name: `Tem QR của lô ${lotNumber}` }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  await expectNoHorizontalOverflow(page)

  // Step 1: harvesting, at a place.
  await page.getByRole("button", { name: "Thu hoạch", exact: true }).click()
  await expect(page.getByRole("heading", { name: "Ghi bước: Thu hoạch" })).toBeFocused()
  await expect(page.getByLabel("Thời gian")).not.toHaveValue("")
  await page.getByLabel(/^Nơi làm/).fill("Đồi chè Nặm Đíp")
  await expectNoHorizontalOverflow(page)
  await page.getByRole("button", { name: "Lưu bước" }).click()
  await expect(page).toHaveURL(/recorded=harvesting/)
  await expect(page.getByText("Đã ghi bước “Thu hoạch” vào nhật ký.")).toBeVisible()

  // Step 2: rolling, a processing step, with a note and what went in and out.
  await page.getByRole("button", { name: "Vò", exact: true }).click()
  await expect(page.getByRole("heading", { name: "Ghi bước: Vò" })).toBeVisible()
  await expect(page.getByLabel(/^Nơi làm/)).toHaveValue("Đồi chè Nặm Đíp")
  await page.getByLabel(/^Ghi chú/).fill("Vò tay 40 phút trên nong tre")
  await page.getByRole("group", { name: "Nguyên liệu vào" }).getByLabel("Số lượng", { exact: true }).fill("30")
  await page.getByRole("group", { name: "Thành phẩm ra" }).getByLabel("Số lượng", { exact: true }).fill("25,5")
  await page.getByRole("button", { name: "Lưu bước" }).click()
  await expect(page).toHaveURL(/recorded=rolling/)
  await expect(page.getByText("Đã ghi bước “Vò” vào nhật ký.")).toBeVisible()

  const timeline = page.getByRole("region", { name: "Nhật ký lô" })
  const steps = timeline.getByRole("listitem")
  await expect(steps).toHaveCount(2)
  await expect(steps.nth(0).getByRole("heading", { level: 3 })).toHaveText("Thu hoạch")
  await expect(steps.nth(0)).toContainText("Đồi chè Nặm Đíp")
  await expect(steps.nth(1).getByRole("heading", { level: 3 })).toHaveText("Vò")
  await expect(steps.nth(1)).toContainText("Vò tay 40 phút trên nong tre")
  await expect(steps.nth(1)).toContainText("Vào: 30 kg")
  await expect(steps.nth(1)).toContainText("Ra: 25,5 kg")
  await expect(page.getByText("Chuỗi hợp lệ", { exact: true })).toBeVisible()
  await expect(page.getByText("Chuỗi bị phá vỡ")).toHaveCount(0)

  // Three unit serials.
  const serials = page.getByRole("region", { name: "Mã từng sản phẩm" })
  await expect(serials).toContainText("Lô chưa có mã sản phẩm nào.")
  await serials.getByLabel("Số mã cần cấp thêm").fill("3")
  await serials.getByRole("button", { name: "Cấp mã" }).click()
  await expect(page).toHaveURL(/serials=3/)
  await expect(page.getByText("Đã cấp 3 mã sản phẩm.")).toBeVisible()
  await expect(page.getByRole("region", { name: "Mã từng sản phẩm" })).toContainText("Đã cấp 3 mã.")

  // A single SVG label.
  const labels = page.getByRole("region", { name: "In tem QR" })
  await labels.getByRole("radio", { name: "SVG, một tem" }).check()
  await expect(labels.getByLabel("Số tem mã lô", { exact: false })).toHaveCount(0)
  await labels.getByRole("button", { name: "Tạo tem" }).click()
  const download = labels.getByRole("link", { name: "Tải tem SVG" })
  await expect(download).toBeVisible()
  const href = await download.getAttribute("href")
  expect(href).toMatch(/^\/vi\/seller\/lots\/[A-Za-z0-9_]+\/labels\/svg\?size=30x40$/)
  const label = await page.request.get(href!)
  expect(label.status()).toBe(200)
  expect(label.headers()["content-type"]).toMatch(/^image\/svg\+xml/)
  expect(await label.text()).toContain("<svg")

  // A PDF sheet of the three serials downloads at once (under 1,000 labels).
  await labels.getByRole("radio", { name: "PDF, tờ A4 nhiều tem" }).check()
  await labels.getByRole("radio", { name: /^Mỗi sản phẩm một tem/ }).check()
  await labels.getByRole("button", { name: "Tạo tem" }).click()
  const sheet = labels.getByRole("link", { name: "Tải tờ tem PDF (3 tem)" })
  await expect(sheet).toBeVisible()
  const pdf = await page.request.get((await sheet.getAttribute("href"))!)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()["content-type"]).toMatch(/^application\/pdf/)
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-")

  // The EPCIS export of the lot.
  const epcis = await page.request.get((await page.getByRole("link", { name: "Tải tệp EPCIS" }).getAttribute("href"))!)
  expect(epcis.status()).toBe(200)
  const document = (await epcis.json()) as { type?: string; epcisBody?: { eventList?: unknown[] } }
  expect(document.type).toBe("EPCISDocument")
  expect(document.epcisBody?.eventList).toHaveLength(2)
  await expectNoHorizontalOverflow(page)

  // Back on the list: the lot with its figures.
  await page.getByRole("link", { name: "Lô hàng" }).first().click()
  const item = page.getByRole("listitem").filter({ hasText: `Lô ${lotNumber}` })
  await expect(item).toContainText("Chuỗi hợp lệ")
  await expect(item).toContainText("2 bước")
  await expect(item).toContainText("3 mã sản phẩm")
})

test("the create-lot form says what is wrong next to the field and keeps what was typed", async ({ page }) => {
  await signIn(page)
  await page.goto("/vi/seller/lots")
  const create = page.getByRole("region", { name: "Tạo lô mới" })
  await create.getByLabel("Sản phẩm", { exact: true }).selectOption({ index: 1 })
  await create.getByLabel(/^Số lô/).fill("lô số 1")
  await create.getByLabel("Số lượng", { exact: true }).fill("nhiều")
  await create.getByRole("button", { name: "Tạo lô" }).click()

  await expect(create.getByRole("alert")).toContainText("Vui lòng sửa các ô được đánh dấu")
  await expect(create.getByLabel("Số lượng", { exact: true })).toHaveAttribute("aria-invalid", "true")
  await expect(create.getByText("Hãy nhập một số, ví dụ 12 hoặc 12,5.")).toBeVisible()
  await expect(create.getByLabel(/^Số lô/)).toHaveAttribute("aria-invalid", "true")
  await expect(create.getByLabel(/^Số lô/)).toHaveValue("lô số 1")
  await expect(page).toHaveURL(/\/vi\/seller\/lots$/)
})

test("a sheet of more than 1,000 labels is made in the background, with progress, then downloads", async ({ page }) => {
  await signIn(page)
  await page.goto("/vi/seller/lots")
  await page.getByRole("list", { name: "Các lô hàng" }).getByRole("link").first().click()
  await expect(page).toHaveURL(/\/vi\/seller\/lots\/[A-Za-z0-9_]+$/)

  const labels = page.getByRole("region", { name: "In tem QR" })
  await labels.getByRole("radio", { name: "50 × 30 mm" }).check()
  await labels.getByRole("radio", { name: "PDF, tờ A4 nhiều tem" }).check()
  await labels.getByRole("radio", { name: "Mã của lô, nhiều bản" }).check()
  await labels.getByLabel(/^Số tem mã lô/).fill("1.001")
  await labels.getByRole("button", { name: "Tạo tem" }).click()

  const job = page.getByRole("region", { name: "Đang tạo tờ tem" })
  await expect(job.getByRole("progressbar", { name: "Đang tạo tờ tem" })).toBeVisible()
  const download = job.getByRole("link", { name: "Tải tờ tem PDF" })
  await expect(download).toBeVisible({ timeout: 90_000 })
  await expect(job.getByRole("progressbar")).toHaveJSProperty("value", 100)
  await expect(job.getByRole("status")).toHaveText("Đã tạo xong 1.001 tem.")
  const pdf = await page.request.get((await download.getAttribute("href"))!)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()["content-type"]).toMatch(/^application\/pdf/)
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-")
  await expectNoHorizontalOverflow(page)
})

/** Lot ids of the demo producer, from the producer API. */
async function ownLotIds(request: import("@playwright/test").APIRequestContext): Promise<Set<string>> {
  const auth = await request.post(`${BACKEND_URL}/auth/producer/emailpass`, { data: { email: PRODUCER_EMAIL, password: PRODUCER_PASSWORD } })
  expect(auth.ok()).toBe(true)
  const { token } = (await auth.json()) as { token: string }
  const ids = new Set<string>()
  for (let offset = 0; ; offset += 100) {
    const res = await request.get(`${BACKEND_URL}/producer/trace/lots?limit=100&offset=${offset}`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.ok()).toBe(true)
    const { lots, count } = (await res.json()) as { lots: { id: string }[]; count: number }
    for (const lot of lots) ids.add(lot.id)
    if (lots.length === 0 || offset + 100 >= count) return ids
  }
}

/** Another producer's lot id, read from the test database (ids are never public, so no API lists them). */
async function foreignLotId(own: Set<string>): Promise<string> {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error("DATABASE_URL is not set: the e2e stage of scripts/test.mjs sets it to the test database")
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ id: string }>("select id from lot where deleted_at is null order by id")
    const id = rows.map((row) => row.id).find((candidate) => !own.has(candidate))
    if (!id) throw new Error("the demo seed has no lot of another producer")
    return id
  } finally {
    await client.end()
  }
}

test("another producer's lot is not found in the panel, nor its label or export", async ({ page, request }) => {
  const own = await ownLotIds(request)
  const id = await foreignLotId(own)
  expect(own.has(id)).toBe(false)
  await signIn(page)

  const response = await page.goto(`/vi/seller/lots/${id}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible()

  for (const path of [`/vi/seller/lots/${id}/labels/svg?size=30x40`, `/vi/seller/lots/${id}/labels/pdf?size=30x40&serials=false&count=2`, `/vi/seller/lots/${id}/epcis`]) {
    const res = await page.request.get(path, { maxRedirects: 0 })
    expect(res.status(), path).toBe(404)
  }
})
