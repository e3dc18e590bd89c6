import path from "node:path"
import { expect, test, type Page } from "@playwright/test"
import { expectNoHorizontalOverflow } from "./support/layout"

/** "120.000 ₫": dot-grouped đồng, the sign after a (no-break) space. */
const VND_PRICE = /\d{1,3}(\.\d{3})+\s₫/
/** "$12.50" in English, "12,50 US$" in Vietnamese. */
const USD_PRICE = /\$\d+(\.\d{2})?|\d+(,\d{2})?\sUS\$/

/** Opens the first listed product that names its maker and village; returns what its card showed. */
async function openProductFromList(page: Page) {
  await page.goto("/vi/products")
  const card = page.locator("main article").filter({ hasText: "Làng nghề:" }).first()
  await expect(card, "the list shows at least one product with a maker and a village").toBeVisible()
  const title = (await card.getByRole("link").first().innerText()).trim()
  const producer = (await card.getByText(/^Người làm:/).innerText()).replace(/^Người làm:\s*/, "").trim()
  const village = (await card.getByText(/^Làng nghề:/).innerText()).replace(/^Làng nghề:\s*/, "").trim()
  await card.getByRole("link").first().click()
  await expect(page).toHaveURL(/\/vi\/products\/[a-z0-9-]+/)
  return { title, producer, village }
}

test("a visitor lands in Vietnamese, switches to English and opens a product", async ({ page }) => {
  await page.goto("/")
  await expect(page).toHaveURL(/\/vi$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  await expect(page.getByRole("heading", { name: "Sản phẩm nổi bật" })).toBeVisible()
  await expect(page.getByText("Dữ liệu minh hoạ (demo)")).toBeVisible()
  await expect(page.getByText(VND_PRICE).first()).toBeVisible()

  await page.getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL(/\/en$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("heading", { name: "Featured products" })).toBeVisible()
  await expect(page.getByText("Demo data")).toBeVisible()

  // The switch keeps the page: back to Vietnamese from the English product list.
  await page.getByRole("link", { name: "Products", exact: true }).first().click()
  await expect(page).toHaveURL(/\/en\/products$/)
  await page.getByRole("link", { name: "Tiếng Việt" }).click()
  await expect(page).toHaveURL(/\/vi\/products$/)

  const card = await openProductFromList(page)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(card.title)
  await expect(page.getByText(VND_PRICE).first()).toBeVisible()
  const maker = page.getByRole("region", { name: "Người làm ra sản phẩm" })
  await expect(maker).toContainText(card.producer)
  await expect(maker).toContainText(card.village)
  await expect(page.getByText(/Mã SKU:/)).toBeVisible()

  await page.screenshot({
    path: path.join(test.info().project.testDir, "screenshots", "product.png"),
    fullPage: true,
  })
})

test("the currency switch shows US dollar prices and back", async ({ page }) => {
  await page.goto("/vi/products")
  await page.getByRole("button", { name: "$ USD" }).click()
  await expect(page.getByRole("button", { name: "$ USD" })).toHaveAttribute("aria-pressed", "true")
  await expect(page.getByText(USD_PRICE).first()).toBeVisible()

  await page.getByRole("button", { name: "₫ VND" }).click()
  await expect(page.getByRole("button", { name: "₫ VND" })).toHaveAttribute("aria-pressed", "true")
  await expect(page.getByText(VND_PRICE).first()).toBeVisible()
})

test.describe("on a phone (390×844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })


  test("home, list and product pages fit the screen width", async ({ page }) => {
    await page.goto("/vi")
    await expectNoHorizontalOverflow(page)

    await page.goto("/vi/products")
    await expectNoHorizontalOverflow(page)

    await openProductFromList(page)
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    await expectNoHorizontalOverflow(page)
  })
})
