import { pngImage } from "./support/png"
import { expect, test, type Page } from "@playwright/test"
import { expectNoHorizontalOverflow } from "./support/layout"

/**
 * The seller's side on a phone: applying to sell, signing in, and listing a product that
 * then shows in the shop. The demo data has an approved producer with a sign-in.
 */
const PRODUCER_EMAIL = process.env.DEMO_PRODUCER_EMAIL ?? "sontra.hongthai@example.vn"
const PRODUCER_PASSWORD = process.env.DEMO_PRODUCER_PASSWORD ?? "cholangnghe-producer"

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "vi-VN" })

/** A unique suffix, so a test can run again against the same database. */
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`


/** A valid size×size RGB PNG: a tea-green square with a honey diagonal. */
function pngPhoto(size = 64): Buffer {
  return pngImage(size, (x, y) => (Math.abs(x - y) < 4 ? [200, 150, 58] : [31, 93, 74]))
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/vi/seller/login")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill(password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
}

test("a new applicant applies to sell from the footer link and sees the thank-you page", async ({ page }) => {
  const id = stamp()
  await page.goto("/vi")
  await page.getByRole("contentinfo").getByRole("link", { name: "Bán hàng", exact: true }).click()
  await expect(page).toHaveURL(/\/vi\/sell$/)
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký mở gian hàng" })).toBeVisible()
  await expectNoHorizontalOverflow(page)

  await page.getByLabel("Email đăng nhập").fill(`ung-vien-${id}@example.vn`)
  await page.getByLabel("Mật khẩu").fill("mat-khau-an-toan-123")
  await page.getByLabel("Tên gian hàng").fill(`Hộ dệt thổ cẩm Đức ${id}`)
  // The shop address is suggested from the name, without diacritics.
  await expect(page.getByLabel("Địa chỉ gian hàng")).toHaveValue(`ho-det-tho-cam-duc-${id}`)
  await expect(page.getByRole("radio", { name: "Hộ kinh doanh" })).toBeChecked()
  const village = page.getByLabel(/^Làng nghề/)
  await village.selectOption({ index: 1 })
  await page.getByLabel("Người liên hệ").fill("Hoàng Thị Đức")
  await page.getByLabel("Số điện thoại").fill("0912 345 678")
  await page.getByLabel("Địa chỉ", { exact: true }).fill("thôn Nà Thưa, xã Lâm Bình, tỉnh Tuyên Quang")
  await page.getByLabel(/^Câu chuyện của bạn/).fill("Gia đình tôi dệt thổ cẩm Tày đã ba đời.")
  await page.getByRole("button", { name: "Gửi hồ sơ" }).click()

  await expect(page).toHaveURL(/\/vi\/sell\/thanks$/)
  await expect(page.getByRole("heading", { level: 1, name: "Đã nhận hồ sơ của bạn" })).toBeVisible()
  await expect(page.getByText(/Sở Công Thương tỉnh sẽ xem hồ sơ/)).toBeVisible()
  await expectNoHorizontalOverflow(page)

  // The applicant is signed in and can follow the review.
  await page.getByRole("link", { name: "Xem trạng thái hồ sơ" }).click()
  await expect(page).toHaveURL(/\/vi\/seller$/)
  await expect(page.getByRole("region", { name: "Hồ sơ đang chờ duyệt" })).toContainText("Cán bộ Sở Công Thương đang xem hồ sơ")
  await expect(page.getByText(`Hộ dệt thổ cẩm Đức ${id}`).first()).toBeVisible()
  await expectNoHorizontalOverflow(page)
})

test("the application form shows what is wrong next to the field and keeps what was typed", async ({ page }) => {
  const id = stamp()
  await page.goto("/vi/sell")
  await page.getByLabel("Email đăng nhập").fill(`sai-so-${id}@example.vn`)
  await page.getByLabel("Mật khẩu").fill("mat-khau-an-toan-123")
  await page.getByLabel("Tên gian hàng").fill(`HTX Mây tre ${id}`)
  await page.getByLabel("Người liên hệ").fill("Nông Văn Bình")
  await page.getByLabel("Số điện thoại").fill("12345")
  await page.getByLabel("Địa chỉ", { exact: true }).fill("xã Chiêm Hoá, tỉnh Tuyên Quang")
  await page.getByRole("button", { name: "Gửi hồ sơ" }).click()

  await expect(page.getByRole("main").getByRole("alert")).toContainText("Vui lòng sửa các ô được đánh dấu")
  const phone = page.getByLabel("Số điện thoại")
  await expect(phone).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByText("Số điện thoại chưa đúng, ví dụ: 0912 345 678")).toBeVisible()
  await expect(page.getByLabel("Tên gian hàng")).toHaveValue(`HTX Mây tre ${id}`)
  await expect(page.getByLabel("Người liên hệ")).toHaveValue("Nông Văn Bình")
  await expect(page).toHaveURL(/\/vi\/sell$/)
})

test("signing in with a wrong password shows an error and keeps the email", async ({ page }) => {
  await signIn(page, PRODUCER_EMAIL, "mat-khau-sai")
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.")
  await expect(page).toHaveURL(/\/vi\/seller\/login/)
  await expect(page.getByLabel("Email")).toHaveValue(PRODUCER_EMAIL)
  await expectNoHorizontalOverflow(page)
})

test("seller pages send a visitor who is not signed in to the sign-in page", async ({ page }) => {
  for (const path of ["/vi/seller", "/vi/seller/products/new", "/vi/seller/orders", "/en/seller/profile"]) {
    await page.goto(path)
    await expect(page, path).toHaveURL(/\/(vi|en)\/seller\/login/)
  }
  await expect(page.getByRole("heading", { level: 1, name: "Seller sign-in" })).toBeVisible()
})

test("an approved producer lists a product with a photo, publishes it, and it shows in the shop", async ({ page }) => {
  const id = stamp()
  const title = `Chè Shan tuyết thử nghiệm ${id}`

  await signIn(page, PRODUCER_EMAIL, PRODUCER_PASSWORD)
  await expect(page).toHaveURL(/\/vi\/seller$/)
  await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible()
  await expect(page.getByText("Đang bán").first()).toBeVisible()
  await expectNoHorizontalOverflow(page)

  const tabs = page.getByRole("navigation", { name: "Quản lý gian hàng" })
  for (const [tab, heading] of [
    ["Đơn hàng", "Đơn hàng"],
    ["Hồ sơ", "Hồ sơ gian hàng"],
    ["Sản phẩm", "Sản phẩm"],
  ] as const) {
    await tabs.getByRole("link", { name: tab }).click()
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible()
    await expect(tabs.getByRole("link", { name: tab })).toHaveAttribute("aria-current", "page")
    await expectNoHorizontalOverflow(page)
  }

  await page.getByRole("link", { name: "Thêm sản phẩm" }).first().click()
  await expect(page).toHaveURL(/\/vi\/seller\/products\/new$/)
  await expect(page.getByRole("heading", { level: 1, name: "Thêm sản phẩm" })).toBeVisible()
  await page.getByLabel("Tên sản phẩm", { exact: true }).fill(title)
  await page.getByLabel("Nghề", { exact: true }).selectOption("tea")
  await page.getByLabel("Mô tả chi tiết", { exact: true }).fill("Búp chè Shan tuyết cổ thụ hái tay ở Hồng Thái, sao trên chảo gang.")
  await page.getByLabel("Chọn ảnh").setInputFiles({ name: "che-shan-tuyet.png", mimeType: "image/png", buffer: pngPhoto() })
  await expect(page.getByRole("img", { name: "Ảnh 1" })).toBeVisible()
  await expect(page.getByText("Ảnh đại diện", { exact: true })).toBeVisible()
  await page.getByLabel("Tên phân loại", { exact: true }).fill("Hộp 100 g")
  await page.getByLabel("Giá bán (đồng)").fill("125.000")
  await page.getByLabel("Tồn kho").fill("12")
  await expectNoHorizontalOverflow(page)
  await page.getByRole("button", { name: "Đăng bán" }).click()

  await expect(page).toHaveURL(/\/vi\/seller\/products\/[A-Za-z0-9_]+\?created=1$/)
  await expect(page.getByText("Đã tạo sản phẩm.")).toBeVisible()
  await expect(page.getByText("Đang bán: người mua thấy sản phẩm này trên cửa hàng.")).toBeVisible()
  await expect(page.getByLabel("Tên sản phẩm", { exact: true })).toHaveValue(title)
  await expectNoHorizontalOverflow(page)
  const editUrl = page.url().replace(/\?.*$/, "")
  const shopLink = await page.getByRole("link", { name: "Xem trên cửa hàng" }).getAttribute("href")
  expect(shopLink).toMatch(/^\/vi\/products\/[a-z0-9-]+$/)

  // The buyer's side: the product page shows it with its price.
  await page.goto(shopLink!)
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
  await expect(page.getByText("125.000 ₫").first()).toBeVisible()
  await expect(page.getByRole("region", { name: "Người làm ra sản phẩm" })).toContainText("Hợp tác xã Sơn Trà Hồng Thái")

  // Back in the panel: take it off sale, then delete it (after confirming).
  await page.goto(editUrl)
  await page.getByRole("button", { name: "Ngừng bán" }).click()
  await expect(page.getByText("Đã ngừng bán, sản phẩm về bản nháp.")).toBeVisible()
  await expect(page.getByRole("button", { name: "Đăng bán" })).toBeVisible()
  await page.getByText("Xoá sản phẩm", { exact: true }).click()
  await page.getByLabel("Tôi chắc chắn muốn xoá sản phẩm này").check()
  await page.getByRole("button", { name: "Xoá vĩnh viễn" }).click()
  await expect(page).toHaveURL(/\/vi\/seller\/products\?deleted=1$/)
  await expect(page.getByText("Đã xoá sản phẩm.")).toBeVisible()
  await expect(page.getByRole("link", { name: title })).toHaveCount(0)
})

test("a producer downloads this month's settlement as CSV from the profile page", async ({ page }) => {
  await signIn(page, PRODUCER_EMAIL, PRODUCER_PASSWORD)
  await page.waitForURL(/\/vi\/seller$/)
  await page.goto("/vi/seller/profile")
  await expect(page.getByRole("heading", { name: "Đối soát" })).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải CSV" }).click()])
  expect(download.suggestedFilename()).toMatch(/^doi-soat-htx-son-tra-hong-thai-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/)
  const path = await download.path()
  const { readFileSync } = await import("node:fs")
  const csv = readFileSync(path!, "utf8")
  expect(csv).toContain("Thực nhận / Net due")
  await expectNoHorizontalOverflow(page)
})
