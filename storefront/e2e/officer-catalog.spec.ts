import { expect, test, type Page } from "@playwright/test"
import { decodePdfQr } from "./support/qr"

/**
 * A trade officer curates a featured catalog in Medusa Admin: five products found by
 * name, reordered by dragging and with the arrow buttons, published; buyers see it in
 * that order; a display point showing it gets an A4 poster whose QR opens it.
 */
const BACKEND = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const STOREFRONT = process.env.STOREFRONT_URL ?? "http://localhost:8000"
const ADMIN = { email: process.env.DEMO_ADMIN_EMAIL ?? "admin@cholangnghe.vn", password: process.env.DEMO_ADMIN_PASSWORD ?? "cholangnghe-admin" }
const KEY = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }

test.use({ viewport: { width: 1280, height: 900 } })

async function signInToAdmin(page: Page) {
  await page.goto(`${BACKEND}/app/login`)
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.locator('input[name="password"]').press("Enter")
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 })
}

const entries = (page: Page) => page.getByTestId("catalog-entry")

test("an officer builds, reorders and publishes a catalog of five products; the storefront and the display point poster follow", async ({ page, request }) => {
  test.setTimeout(180_000)
  // Five published demo products with distinct titles, as a buyer would find them.
  const listed = (await (await request.get(`${BACKEND}/store/products?limit=50&fields=id,title,handle`, { headers: KEY })).json()) as {
    products: { id: string; title: string; handle: string }[]
  }
  const picks = listed.products.filter((p, i, all) => all.findIndex((q) => q.title === p.title) === i).slice(0, 5)
  expect(picks, "the demo catalogue has five products").toHaveLength(5)

  const stamp = Date.now().toString(36)
  const title = `Quà Tết ${stamp}`
  await signInToAdmin(page)
  await page.getByRole("link", { name: "Danh mục giới thiệu" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Danh mục giới thiệu" })).toBeVisible({ timeout: 30_000 })
  await page.getByLabel("Tên danh mục").fill(title)
  await page.getByRole("button", { name: "Tạo danh mục" }).click()
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 30_000 })
  const handle = `qua-tet-${stamp}`

  const search = page.getByLabel("Tìm sản phẩm đã đăng bán để thêm")
  for (const product of picks) {
    await search.fill(product.title)
    const result = page.getByRole("list", { name: "Kết quả tìm sản phẩm" }).getByRole("listitem").filter({ hasText: product.title }).first()
    await result.getByRole("button", { name: "Thêm" }).click()
  }
  await expect(entries(page)).toHaveCount(5)

  // Drag the first to the third place, then lift the last one by one with its arrow button.
  await entries(page).nth(0).dragTo(entries(page).nth(2))
  let order = [picks[1]!, picks[2]!, picks[0]!, picks[3]!, picks[4]!]
  await expect(entries(page)).toHaveText(order.map((p, i) => new RegExp(`^${i + 1}\\.\\s*${escape(p.title)}`)))
  await page.getByRole("button", { name: `Đưa "${picks[4]!.title}" lên` }).click()
  order = [order[0]!, order[1]!, order[2]!, order[4]!, order[3]!]
  await expect(entries(page)).toHaveText(order.map((p, i) => new RegExp(`^${i + 1}\\.\\s*${escape(p.title)}`)))

  await page.getByRole("button", { name: "Lưu" }).click()
  await expect(page.getByText("Đã lưu danh mục").first()).toBeVisible()
  await page.getByRole("button", { name: "Đăng", exact: true }).click()
  await expect(page.getByText("Đã đăng danh mục").first()).toBeVisible()

  // Buyers see the catalog with its products in the officer's order.
  await page.goto(`${STOREFRONT}/vi/catalogs/${handle}`)
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(order.map((p) => p.title))

  // The home page lists it among the collections on show (the list and the page are each kept up to 10 s).
  await expect(async () => {
    await page.goto(`${STOREFRONT}/vi`)
    await expect(page.getByRole("region", { name: "Bộ sưu tập đang giới thiệu" }).getByRole("link", { name: new RegExp(escape(title)) })).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 45_000, intervals: [2_000, 5_000] })

  // A rest stop shows it; its poster's QR opens the catalog under the stop's name.
  await signInToAdmin(page)
  await page.goto(`${BACKEND}/app/display-points`)
  const pointName = `Trạm dừng nghỉ ${stamp}`
  await page.getByLabel("Tên điểm").fill(pointName)
  await page.getByLabel("Đường dẫn (chữ thường, gạch nối)").fill(`tram-${stamp}`)
  await page.getByLabel("Địa chỉ").fill("Quốc lộ 2, Km 125")
  await page.getByLabel("Xã/phường").fill("Xã Mỹ Bằng")
  await page.locator("#point-catalog").click()
  await page.getByRole("option", { name: title }).click()
  await page.getByRole("button", { name: "Thêm điểm" }).click()
  const row = page.getByRole("row").filter({ hasText: pointName })
  await expect(row).toBeVisible()

  const points = (await (await page.request.get(`${BACKEND}/admin/display-points`)).json()) as { display_points: { id: string; handle: string }[] }
  const point = points.display_points.find((p) => p.handle === `tram-${stamp}`)!
  const poster = await page.request.get(`${BACKEND}/admin/display-points/${point.id}/poster`)
  expect(poster.headers()["content-type"]).toBe("application/pdf")
  const url = await decodePdfQr(await poster.body())
  expect(url).toBe(`${STOREFRONT}/vi/d/tram-${stamp}`)

  await page.goto(url!)
  await expect(page.getByText(`Bạn đang ở ${pointName}`)).toBeVisible()
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(order.map((p) => p.title))
  await expect(row.getByRole("cell").nth(3)).toBeDefined()
  const counted = (await (await page.request.get(`${BACKEND}/admin/display-points/${point.id}`)).json()) as { display_point: { scan_count: number } }
  expect(counted.display_point.scan_count).toBe(1)
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
}

test("an officer reads the program's targets for the year, computed from the village records", async ({ page }) => {
  await signInToAdmin(page)
  // The share of effective villages, counted here from the officers' own village records.
  const records = (await (await page.request.get(`${BACKEND}/admin/craft-villages?limit=500`)).json()) as { craft_villages: { status: string }[] }
  const total = records.craft_villages.length
  const effective = records.craft_villages.filter((v) => v.status === "effective").length
  expect(total).toBeGreaterThan(0)

  await page.getByRole("link", { name: "Chương trình làng nghề" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Chương trình làng nghề" })).toBeVisible({ timeout: 30_000 })
  const row = page.getByRole("row").filter({ hasText: "Làng nghề được công nhận hoạt động hiệu quả" })
  await expect(row).toContainText(`(${effective}/${total})`)
  await expect(row).toContainText(effective * 5 > total * 4 ? "Đạt" : "Chưa đạt")
  await expect(page.getByRole("img", { name: /Lượt quét mã truy xuất năm/ })).toBeVisible()
  await expect(page.getByRole("link", { name: "Báo cáo năm (PDF)" })).toHaveAttribute("href", /\/admin\/program\/report\?year=\d{4}&format=pdf/)
})
