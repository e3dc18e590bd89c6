import { expect, test, type Page } from "@playwright/test"
import { expectNoHorizontalOverflow } from "./support/layout"

// Issue #6: a buyer registers, finds two products of two producers, checks out with a
// Tuyên Quang address picked from the province and commune lists, pays on delivery and
// sees one order per producer, on the confirmation and in their account. Demo data from
// backend/src/scripts/seed.ts; every run registers a new email, so it re-runs on one DB.

const FIRST_PRODUCER = "Hợp tác xã Sơn Trà Hồng Thái"
const SECOND_PRODUCER = "Hợp tác xã dệt thổ cẩm Thượng Lâm"
const SECOND_PRODUCT = "/vi/products/vo-goi-tho-cam"

const uniqueEmail = () => `nguoimua.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}@example.vn`

async function addToCart(page: Page) {
  await page.getByLabel("Số lượng").fill("1")
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ" })).toBeVisible()
}

async function journey(page: Page, { phone }: { phone: boolean }) {
  const email = uniqueEmail()

  // Register.
  await page.goto("/vi/account/register")
  await page.getByLabel("Họ và tên").fill("Nguyễn Thị Hoa")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Số điện thoại").fill("0912 345 678")
  await page.getByLabel("Mật khẩu").fill("matkhau-an-toan-1")
  await page.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Tài khoản của tôi" })).toBeVisible()
  await expect(page.getByText(email)).toBeVisible()
  await expect(page.getByText("Bạn chưa có đơn hàng nào.")).toBeVisible()

  // Search without diacritics, open the product, add it.
  const box = page.getByRole("searchbox", { name: "Tìm trên Chợ Làng Nghề" })
  await box.fill("che shan tuyet")
  await box.press("Enter")
  await page.getByTestId("search-results").getByRole("link", { name: "Chè Shan tuyết Hồng Thái búp xanh" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Chè Shan tuyết Hồng Thái búp xanh" })).toBeVisible()
  await addToCart(page)
  await expect(page.getByRole("link", { name: "Giỏ hàng, 1 sản phẩm" })).toBeVisible()

  // A product of a second producer.
  await page.goto(SECOND_PRODUCT)
  await addToCart(page)
  await expect(page.getByRole("link", { name: "Giỏ hàng, 2 sản phẩm" })).toBeVisible()

  // The cart: one group per producer.
  await page.getByRole("link", { name: "Giỏ hàng, 2 sản phẩm" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Giỏ hàng" })).toBeVisible()
  await expect(page.getByRole("region", { name: FIRST_PRODUCER })).toBeVisible()
  await expect(page.getByRole("region", { name: SECOND_PRODUCER })).toBeVisible()
  await expect(page.getByRole("region", { name: FIRST_PRODUCER }).getByRole("link", { name: "Chè Shan tuyết Hồng Thái búp xanh" })).toBeVisible()
  await expect(page.getByRole("region", { name: SECOND_PRODUCER }).getByRole("link", { name: "Vỏ gối thổ cẩm" })).toBeVisible()
  await expect(page.getByText("Hàng từ 2 người bán")).toBeVisible()
  if (phone) await expectNoHorizontalOverflow(page)
  await page.getByRole("link", { name: "Tiến hành đặt hàng" }).click()

  // Checkout: the signed-in buyer's email and name are filled in.
  await expect(page.getByRole("heading", { level: 1, name: "Đặt hàng" })).toBeVisible()
  await expect(page.getByLabel("Email")).toHaveValue(email)
  await expect(page.getByLabel("Họ và tên người nhận")).toHaveValue("Nguyễn Thị Hoa")
  await page.getByLabel("Tỉnh/thành phố").selectOption({ label: "Tuyên Quang" })
  await page.getByLabel("Số nhà, đường hoặc thôn/xóm").fill("Thôn Khuổi Phầy")

  // An incomplete address (no commune) is refused in Vietnamese, and nothing typed is lost.
  await page.getByRole("button", { name: "Lưu địa chỉ và xem phí giao hàng" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "Địa chỉ chưa đủ hoặc chưa đúng" })).toBeVisible()
  const commune = page.getByLabel("Xã/phường")
  await expect(commune).toHaveAttribute("aria-invalid", "true")
  await expect(commune).toHaveAccessibleDescription(/Vui lòng chọn xã\/phường\./)
  await expect(page.getByLabel("Số nhà, đường hoặc thôn/xóm")).toHaveValue("Thôn Khuổi Phầy")
  await expect(page.getByLabel("Tỉnh/thành phố")).toHaveValue("08")
  await expect(page.getByLabel("Họ và tên người nhận")).toHaveValue("Nguyễn Thị Hoa")
  await expect(page.getByLabel("Email")).toHaveValue(email)
  if (phone) await expectNoHorizontalOverflow(page)

  // The commune from Tuyên Quang's list.
  await commune.selectOption({ label: "Hồng Thái (xã)" })
  await page.getByRole("button", { name: "Lưu địa chỉ và xem phí giao hàng" }).click()
  await expect(page.getByText("Thôn Khuổi Phầy, Xã Hồng Thái, Tỉnh Tuyên Quang")).toBeVisible()

  // Only the Tuyên Quang rate is offered: 20.000 ₫ per parcel, one parcel per producer.
  const shipping = page.getByRole("group", { name: "Cách giao hàng" })
  await expect(shipping.getByRole("radio")).toHaveCount(1)
  await expect(shipping).toContainText("20.000 ₫ mỗi kiện × 2 kiện = 40.000 ₫")
  await expect(shipping.getByRole("radio")).toBeChecked()

  // Cash on delivery is offered and chosen by default.
  const cod = page.getByRole("group", { name: "Cách thanh toán" }).getByRole("radio", { name: "Thanh toán khi nhận hàng (COD)" })
  await expect(cod).toBeChecked()
  await page.getByRole("button", { name: /^Đặt hàng \(/ }).click()

  // Confirmation: two orders, one per producer.
  await expect(page.getByRole("heading", { level: 1, name: "Cảm ơn bạn đã đặt hàng!" })).toBeVisible({ timeout: 30_000 })
  const orders = page.getByRole("article")
  await expect(orders).toHaveCount(2)
  await expect(page.getByRole("article").filter({ hasText: FIRST_PRODUCER })).toContainText("Chè Shan tuyết Hồng Thái búp xanh")
  await expect(page.getByRole("article").filter({ hasText: SECOND_PRODUCER })).toContainText("Vỏ gối thổ cẩm")
  for (const order of await orders.all()) {
    await expect(order).toContainText("Đã nhận đơn")
    await expect(order).toContainText("20.000 ₫")
  }
  await expect(page.getByText("Thanh toán khi nhận hàng (COD)")).toBeVisible()
  await expect(page.getByText("Thôn Khuổi Phầy, Xã Hồng Thái, Tỉnh Tuyên Quang").first()).toBeVisible()
  // The cart was placed: the header has none.
  await expect(page.getByRole("link", { name: "Giỏ hàng, chưa có sản phẩm" })).toBeVisible()
  const purchaseUrl = page.url()
  if (phone) await expectNoHorizontalOverflow(page)

  // The account lists the purchase with both producers' parts.
  await page.getByRole("link", { name: "Tài khoản" }).first().click()
  const purchase = page.getByRole("article").first()
  await expect(purchase).toContainText(FIRST_PRODUCER)
  await expect(purchase).toContainText(SECOND_PRODUCER)
  await expect(purchase.getByText("Đã nhận đơn")).toHaveCount(2)
  await purchase.getByRole("link", { name: /Xem chi tiết đơn/ }).click()
  await expect(page).toHaveURL(new URL(purchaseUrl).pathname)
  await expect(page.getByRole("article")).toHaveCount(2)

  return { purchaseUrl: new URL(purchaseUrl).pathname }
}

test.describe("trên điện thoại 390×844", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test("người mua đăng ký, mua của hai người bán, trả tiền khi nhận hàng", async ({ page, browser }) => {
    const { purchaseUrl } = await journey(page, { phone: true })
    // Someone else's browser cannot open the purchase, even with its address.
    const stranger = await browser.newContext({ locale: "vi-VN" })
    const response = await (await stranger.newPage()).goto(purchaseUrl)
    expect(response?.status()).toBe(404)
    await stranger.close()
  })
})

test.describe("trên máy tính", () => {
  test.use({ viewport: { width: 1280, height: 900 } })

  test("người mua đăng ký, mua của hai người bán, trả tiền khi nhận hàng", async ({ page }) => {
    await journey(page, { phone: false })
  })
})

test("không có JavaScript: thêm vào giỏ và chọn tỉnh rồi xã theo hai bước", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "vi-VN", viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto(SECOND_PRODUCT)
  // Anonymous browsing carries no cart cookie.
  expect((await context.cookies()).map((c) => c.name)).not.toContain("cln_cart")
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await expect(page.getByText("Đã thêm vào giỏ")).toBeVisible()
  expect((await context.cookies()).map((c) => c.name)).toContain("cln_cart")
  await page.goto("/vi/checkout")
  await page.getByLabel("Email").fill(uniqueEmail())
  await page.getByLabel("Họ và tên người nhận").fill("Trần Văn Nam")
  await page.getByLabel("Số điện thoại").fill("0987654321")
  await page.getByLabel("Tỉnh/thành phố").selectOption({ label: "Tuyên Quang" })
  await page.getByLabel("Số nhà, đường hoặc thôn/xóm").fill("Tổ 5")
  await page.getByRole("button", { name: "Tải danh sách xã/phường" }).click()
  // The page comes back with Tuyên Quang's communes and what was typed.
  await expect(page.getByLabel("Họ và tên người nhận")).toHaveValue("Trần Văn Nam")
  await page.getByLabel("Xã/phường").selectOption({ label: "Minh Xuân (phường)" })
  await page.getByRole("button", { name: "Lưu địa chỉ và xem phí giao hàng" }).click()
  await expect(page.getByText("Tổ 5, Phường Minh Xuân, Tỉnh Tuyên Quang")).toBeVisible()
  await expect(page.getByRole("group", { name: "Cách giao hàng" })).toContainText("20.000 ₫ mỗi kiện × 1 kiện = 20.000 ₫")

  // A guest places the order and can come back to its page in this browser.
  await page.getByRole("button", { name: /^Đặt hàng \(/ }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Cảm ơn bạn đã đặt hàng!" })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole("article")).toHaveCount(1)
  await expect(page.getByRole("article")).toContainText(SECOND_PRODUCER)
  await expect(page.getByRole("article")).toContainText("Trả tiền khi nhận hàng")
  const orderPath = new URL(page.url()).pathname
  await page.goto(orderPath)
  await expect(page.getByRole("heading", { level: 1, name: "Đơn hàng" })).toBeVisible()
  await expect(page.getByText("Tổ 5, Phường Minh Xuân, Tỉnh Tuyên Quang")).toBeVisible()
  await context.close()
})

test("đăng nhập thì giỏ hàng của khách thành giỏ của tài khoản; đăng xuất thì giỏ không ở lại máy", async ({ page }) => {
  const email = uniqueEmail()
  await page.goto("/vi/account/register")
  await page.getByLabel("Họ và tên").fill("Lê Văn Bình")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill("matkhau-an-toan-2")
  await page.getByRole("button", { name: "Tạo tài khoản" }).click()
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page.getByText("Bạn đã đăng xuất.")).toBeVisible()

  // A wrong password is refused with a message; the email stays.
  await page.goto(SECOND_PRODUCT)
  await addToCart(page)
  await page.goto("/vi/account/login?next=/vi/checkout")
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau")
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "Email hoặc mật khẩu chưa đúng." })).toBeVisible()
  await expect(page.getByLabel("Email")).toHaveValue(email)
  await page.getByLabel("Mật khẩu").fill("matkhau-an-toan-2")
  await page.getByRole("button", { name: "Đăng nhập" }).click()

  // Back at the checkout with the same cart, now under the account's email.
  await expect(page.getByRole("heading", { level: 1, name: "Đặt hàng" })).toBeVisible()
  await expect(page.getByLabel("Email")).toHaveValue(email)
  await expect(page.getByRole("complementary", { name: "Đơn hàng của bạn" })).toContainText("Vỏ gối thổ cẩm")

  await page.goto("/vi/account")
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await expect(page.getByRole("link", { name: "Giỏ hàng, chưa có sản phẩm" })).toBeVisible()
})
