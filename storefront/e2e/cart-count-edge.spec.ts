import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test"

// Issue #6: a visitor with a cart gets the catalogue pages the storefront's edge keeps
// (src/edge/page-cache.ts), with their own cart count written into the header, in the
// HTML and in the React payload the page hydrates from. Demo data from
// backend/src/scripts/seed.ts.

const PRODUCT = "/vi/products/vo-goi-tho-cam"
const OTHER_PRODUCT = "/vi/products/che-shan-tuyet-hong-thai-bup-xanh"
const cartLink = (page: Page, name: string) => page.getByRole("banner").getByRole("link", { name, exact: true })
const uniqueEmail = () => `demdem.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}@example.vn`

/**
 * Console errors and uncaught errors of a page (a hydration mismatch shows as one of
 * them), but for images the browser did not load (the demo data's pictures are on the
 * port the backend was seeded with, which the test stack may not use).
 */
function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on("console", (message) => {
    const text = message.text()
    if (message.type() === "error" && !/^Loading the image .* violates the following Content Security Policy|^Failed to load resource/.test(text)) errors.push(text)
  })
  page.on("pageerror", (error) => errors.push(error.message))
  return errors
}

/** Product pages are kept without Next.js's scripts (src/edge/scriptless.ts): nothing to hydrate. */
const isProductPage = (path: string) => /^\/(vi|en)\/products\/[^/?]+/.test(path)

/** The page has none of Next.js's scripts, and its one inline script is the buy form's. */
async function scriptless(page: Page) {
  expect(await page.locator("script[src]").count(), "no script files").toBe(0)
  const inline = await page.locator("script:not([type='application/ld+json'])").allTextContents()
  expect(inline).toHaveLength(1)
  expect(inline[0]).toContain("add-to-cart")
  expect(await page.evaluate(() => "__next_f" in self)).toBe(false)
}

/** Waits until React has hydrated the header's cart link (it then carries React's fiber). */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const link = document.querySelector('header a[href$="/cart"]')
    return !!link && Object.keys(link).some((key) => key.startsWith("__reactFiber") || key.startsWith("__reactProps"))
  })
  // Recoverable hydration errors are reported just after.
  await page.waitForTimeout(300)
}

async function addToCart(page: Page, quantity: number) {
  await page.getByLabel("Số lượng").fill(String(quantity))
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await expect(page.getByText("Đã thêm vào giỏ")).toBeVisible()
}

async function cookieValue(context: BrowserContext, name: string): Promise<string | undefined> {
  return (await context.cookies()).find((cookie) => cookie.name === name)?.value
}

/** Opens a catalogue page and answers how the edge served it ("hit", "miss" or null: Next.js). */
async function openKept(page: Page, path: string): Promise<string | null> {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(200)
  return (await response?.headerValue("x-edge-cache")) ?? null
}

async function visitorWithCart(browser: Browser, quantity: number, { javaScriptEnabled = true, product = PRODUCT } = {}) {
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh", javaScriptEnabled })
  const page = await context.newPage()
  const errors = watchErrors(page)
  await page.goto(product)
  await addToCart(page, quantity)
  return { context, page, errors }
}

test("a visitor with a cart gets kept product and listing pages with their count; listings hydrate, product pages come without scripts, all without errors", async ({ browser }) => {
  const { context, page, errors } = await visitorWithCart(browser, 3)
  // The answer to the add already shows the new count (the buy form's script writes it).
  await expect(cartLink(page, "Giỏ hàng, 3 sản phẩm")).toBeVisible()
  expect(await cookieValue(context, "cln_cart")).toMatch(/^cart_/)
  expect(await cookieValue(context, "cln_cart_count")).toBe("3")

  for (const path of [PRODUCT, "/vi/products", OTHER_PRODUCT, "/vi/villages"]) {
    for (const round of [1, 2]) {
      const cache = await openKept(page, path)
      expect(cache, `${path}, visit ${round}: served by the edge's page cache`).toMatch(/^(hit|miss)$/)
      await expect(cartLink(page, "Giỏ hàng, 3 sản phẩm")).toBeVisible()
      await expect(page.getByRole("banner").locator('a[href$="/cart"]')).toHaveAttribute("data-count", "3")
      await expect(page.getByRole("banner").locator('a[href$="/cart"] [aria-hidden="true"]').last()).toHaveText("3")
      // No marker is left anywhere in what the browser got.
      expect(await page.content()).not.toMatch(/clnCartCount/)
      if (isProductPage(path)) await scriptless(page)
      else await hydrated(page)
    }
  }
  expect(errors, "no console errors (hydration mismatches among them)").toEqual([])

  // After hydration the header is React's: a client-side navigation keeps the count.
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Sản phẩm" }).click()
  await expect(page).toHaveURL(/\/vi\/products$/)
  await expect(cartLink(page, "Giỏ hàng, 3 sản phẩm")).toBeVisible()
  expect(errors).toEqual([])
  await context.close()
})

test("two visitors with different counts on the same kept page each see their own; a visitor without a cart sees none", async ({ browser }) => {
  const one = await visitorWithCart(browser, 1)
  const twelve = await visitorWithCart(browser, 12, { product: OTHER_PRODUCT })
  const anonymous = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" })
  const nobody = await anonymous.newPage()
  const nobodyErrors = watchErrors(nobody)

  const path = "/vi/products?page=1"
  const served = [await openKept(one.page, path), await openKept(twelve.page, path), await openKept(nobody, path)]
  expect(served.every((cache) => cache === "hit" || cache === "miss"), served.join(", ")).toBe(true)
  // Within the keeping time the later visitors got the page the first one's request made.
  expect(served.slice(1)).toContain("hit")

  await expect(cartLink(one.page, "Giỏ hàng, 1 sản phẩm")).toBeVisible()
  await expect(cartLink(twelve.page, "Giỏ hàng, 12 sản phẩm")).toBeVisible()
  await expect(cartLink(nobody, "Giỏ hàng, chưa có sản phẩm")).toBeVisible()
  // The badge shows 1 and 12; at 0 it is there but not shown.
  await expect(one.page.getByRole("banner").locator('a[href$="/cart"] > span').last()).toHaveText("1")
  await expect(twelve.page.getByRole("banner").locator('a[href$="/cart"] > span').last()).toHaveText("12")
  await expect(nobody.getByRole("banner").locator('a[href$="/cart"] > span').last()).toBeHidden()
  for (const page of [one.page, twelve.page, nobody]) await hydrated(page)
  expect([...one.errors, ...twelve.errors, ...nobodyErrors]).toEqual([])
  for (const context of [one.context, twelve.context, anonymous]) await context.close()
})

test("changing the cart's lines changes the count on kept pages; placing the order takes it away", async ({ browser }) => {
  const { context, page, errors } = await visitorWithCart(browser, 2)
  await page.goto("/vi/cart")
  await page.getByRole("button", { name: "Tăng số lượng Vỏ gối thổ cẩm" }).click()
  await expect(page.getByText("Đã cập nhật số lượng.")).toBeVisible()
  expect(await cookieValue(context, "cln_cart_count")).toBe("3")
  expect(await openKept(page, "/vi/products")).toMatch(/^(hit|miss)$/)
  await expect(cartLink(page, "Giỏ hàng, 3 sản phẩm")).toBeVisible()

  // A guest checkout: the order placed, the cart and its count are gone.
  await page.goto("/vi/checkout")
  await page.getByLabel("Email").fill(uniqueEmail())
  await page.getByLabel("Họ và tên người nhận").fill("Đỗ Thị Mai")
  await page.getByLabel("Số điện thoại").fill("0912345678")
  await page.getByLabel("Tỉnh/thành phố").selectOption({ label: "Tuyên Quang" })
  await page.getByLabel("Số nhà, đường hoặc thôn/xóm").fill("Tổ 7")
  await page.getByLabel("Xã/phường").selectOption({ label: "Minh Xuân (phường)" })
  await page.getByRole("button", { name: "Lưu địa chỉ và xem phí giao hàng" }).click()
  await expect(page.getByText("Tổ 7, Phường Minh Xuân, Tỉnh Tuyên Quang")).toBeVisible({ timeout: 30_000 })
  await page.getByRole("button", { name: /^Đặt hàng \(/ }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Cảm ơn bạn đã đặt hàng!" })).toBeVisible({ timeout: 30_000 })
  expect(await cookieValue(context, "cln_cart")).toBeUndefined()
  expect(await cookieValue(context, "cln_cart_count")).toBeUndefined()
  expect(await openKept(page, PRODUCT)).toMatch(/^(hit|miss)$/)
  await expect(cartLink(page, "Giỏ hàng, chưa có sản phẩm")).toBeVisible()
  await scriptless(page)
  expect(errors).toEqual([])
  await context.close()
})

test("without JavaScript: adding to the cart writes the count, and kept pages show it", async ({ browser }) => {
  const { context, page } = await visitorWithCart(browser, 2, { javaScriptEnabled: false })
  expect(await cookieValue(context, "cln_cart_count")).toBe("2")
  expect(await openKept(page, "/vi/products")).toMatch(/^(hit|miss)$/)
  await expect(cartLink(page, "Giỏ hàng, 2 sản phẩm")).toBeVisible()
  await page.goto(OTHER_PRODUCT)
  await addToCart(page, 1)
  expect(await cookieValue(context, "cln_cart_count")).toBe("3")
  expect(await openKept(page, OTHER_PRODUCT)).toMatch(/^(hit|miss)$/)
  await expect(cartLink(page, "Giỏ hàng, 3 sản phẩm")).toBeVisible()
  await context.close()
})

test("a cart cookie without a count (set before the count existed) is answered by Next.js, which asks the backend", async ({ browser }) => {
  const { context, page } = await visitorWithCart(browser, 2)
  await context.clearCookies({ name: "cln_cart_count" })
  expect(await openKept(page, "/vi/products")).toBeNull()
  await expect(cartLink(page, "Giỏ hàng, 2 sản phẩm")).toBeVisible()
  await context.close()
})

test("a scriptless product page's buy form says it is sending, answers in place and updates the header, in both languages", async ({ browser }) => {
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" })
  const page = await context.newPage()
  const errors = watchErrors(page)
  expect(await openKept(page, PRODUCT)).toMatch(/^(hit|miss)$/)
  await scriptless(page)
  await expect(cartLink(page, "Giỏ hàng, chưa có sản phẩm")).toBeVisible()

  // Hold the answer to see the button while it is sending.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route("**/api/cart/line-items", async (route) => {
    await held
    await route.continue()
  })
  await page.getByLabel("Số lượng").fill("2")
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
  const sending = page.getByRole("button", { name: "Đang thêm…" })
  await expect(sending).toBeDisabled()
  release()
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ (2 sản phẩm)." })).toBeVisible()
  await expect(page.getByRole("button", { name: "Thêm vào giỏ" })).toBeEnabled()
  await expect(cartLink(page, "Giỏ hàng, 2 sản phẩm")).toBeVisible()
  expect(await cookieValue(context, "cln_cart_count")).toBe("2")
  // The page was not left: the answer came in place.
  expect(page.url()).toMatch(/\/vi\/products\/vo-goi-tho-cam$/)
  await page.unroute("**/api/cart/line-items")

  // Again: the count adds up; the answer's link goes to the cart.
  await addToCart(page, 1)
  await expect(cartLink(page, "Giỏ hàng, 3 sản phẩm")).toBeVisible()
  await page.getByRole("status").getByRole("link", { name: "Xem giỏ hàng" }).click()
  await expect(page).toHaveURL(/\/vi\/cart$/)
  await expect(cartLink(page, "Giỏ hàng, 3 sản phẩm")).toBeVisible()

  // In English the answer is in English.
  expect(await openKept(page, PRODUCT.replace("/vi/", "/en/"))).toMatch(/^(hit|miss)$/)
  await page.getByLabel("Quantity").fill("1")
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Added to the cart (1 item)." })).toBeVisible()
  expect(await cookieValue(context, "cln_cart_count")).toBe("4")
  expect(errors).toEqual([])
  await context.close()
})

test("the buy form's endpoint refuses a bad form with a message in the visitor's language, and another site's post", async ({ request }) => {
  const post = (form: Record<string, string>, headers: Record<string, string> = {}) => request.post("/api/cart/line-items", { multipart: form, headers })
  const noVariant = await post({ variant_id: "not-a-variant", quantity: "1", locale: "vi" })
  expect(noVariant.status()).toBe(400)
  expect(await noVariant.json()).toMatchObject({ status: "error", message: "Vui lòng chọn phân loại sản phẩm." })
  const noQuantity = await post({ variant_id: "variant_01ABCDEFGHJKMNPQRSTVWXYZ", quantity: "0", locale: "en" })
  expect(noQuantity.status()).toBe(400)
  expect(await noQuantity.json()).toMatchObject({ status: "error", message: "Please enter a quantity of 1 or more." })
  const unknown = await post({ variant_id: "variant_01ABCDEFGHJKMNPQRSTVWXYZ", quantity: "1", locale: "vi" })
  // A variant the shop does not sell: refused by the backend, the form's fault (4xx, not 5xx).
  expect(unknown.status()).toBe(400)
  expect(await unknown.json()).toMatchObject({ status: "error", message: "Chưa thêm được vào giỏ. Vui lòng thử lại." })
  expect(unknown.headers()["set-cookie"] ?? "").not.toMatch(/cln_cart=/)
  const elsewhere = await post({ variant_id: "variant_01ABCDEFGHJKMNPQRSTVWXYZ", quantity: "1" }, { origin: "https://example.com" })
  expect(elsewhere.status()).toBe(403)
})
