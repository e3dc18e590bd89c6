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
  const counted = (await (await page.request.get(`${BACKEND}/admin/display-points/${point.id}`)).json()) as { display_point: { scan_count: number } }
  expect(counted.display_point.scan_count).toBe(1)
  // The officer's list shows that visit under "Lượt quét" (scans).
  await page.goto(`${BACKEND}/app/display-points`)
  await expect(page.getByRole("row").filter({ hasText: pointName }).getByRole("cell").nth(3)).toHaveText("1")
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

  // Sales over time by craft, then by village: the biggest seller's yearly VND total in the
  // legend, summed here from the dashboard's monthly points (zero sales: the chart says so).
  type Point = { currency_code: string; revenue: number; craft?: string | null; village_handle?: string | null }
  const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear()
  const dashboard = (await (await page.request.get(`${BACKEND}/admin/program/dashboard?year=${year}`)).json()) as {
    sales: { by_craft: Point[]; by_village: Point[] }
    labels: { crafts: Record<string, { vi: string }>; villages: Record<string, string> }
  }
  const biggest = (points: Point[], key: (p: Point) => string) => {
    const totals = new Map<string, number>()
    for (const p of points) if (p.currency_code === "vnd") totals.set(key(p), (totals.get(key(p)) ?? 0) + p.revenue)
    return [...totals].sort((a, b) => b[1] - a[1])[0]
  }
  const vnd = (n: number) => `${new Intl.NumberFormat("vi-VN").format(Math.round(n))} ₫`
  const chart = page.getByRole("img", { name: /Doanh số qua sàn năm \d{4} theo thời gian/ })
  const topCraft = biggest(dashboard.sales.by_craft, (p) => p.craft ?? "")
  if (!topCraft) {
    await expect(page.getByText(/Chưa có doanh số bằng VND trong năm/)).toBeVisible()
    return
  }
  const craftName = topCraft[0] ? (dashboard.labels.crafts[topCraft[0]]?.vi ?? topCraft[0]) : "Chưa xếp nghề"
  await expect(chart).toHaveAttribute("aria-label", new RegExp(`${escape(craftName)} ${escape(vnd(topCraft[1]))}`))
  await expect(page.getByText(`${craftName}: ${vnd(topCraft[1])}`)).toBeVisible()
  await page.getByLabel("Chia theo").click()
  await page.getByRole("option", { name: /Theo làng/ }).click()
  const topVillage = biggest(dashboard.sales.by_village, (p) => p.village_handle ?? "")
  if (!topVillage) throw new Error("the dashboard has VND sales by craft but none by village")
  const villageName = topVillage[0] ? dashboard.labels.villages[topVillage[0]] : "Chưa gắn làng"
  await expect(page.getByText(`${villageName}: ${vnd(topVillage[1])}`)).toBeVisible()
})
