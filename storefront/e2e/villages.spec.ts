import { expect, test } from "@playwright/test"
import { expectNoHorizontalOverflow } from "./support/layout"

/** "120.000 ₫": dot-grouped đồng, the sign after a (no-break) space. */
const VND_PRICE = /\d{1,3}(\.\d{3})+\s₫/
const ARTISAN_TITLES = /Thợ giỏi|Nghệ nhân ưu tú|Nghệ nhân nhân dân|Nghệ nhân/

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

// Map tiles come from openstreetmap.org; the pages must work without them, so the tests never fetch them.
test.beforeEach(async ({ page }) => {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort())
})


test("a buyer goes from the village index to a village, its producer and a product with a price", async ({ page }) => {
  await page.goto("/vi/villages")
  await expect(page.getByRole("heading", { level: 1, name: "Làng nghề Tuyên Quang" })).toBeVisible()
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Làng nghề" })).toHaveAttribute(
    "aria-current",
    "page"
  )
  await expectNoHorizontalOverflow(page)

  // The list is the main content: a village with a seller shows its crafts and counts.
  const card = page
    .getByRole("region", { name: "Danh sách làng nghề" })
    .locator("article")
    .filter({ hasText: /\d+ cơ sở bán hàng/ })
    .first()
  await expect(card).toBeVisible()
  const villageName = (await card.getByRole("heading").innerText()).trim()
  await card.getByRole("link", { name: villageName }).click()

  await expect(page).toHaveURL(/\/vi\/villages\/[a-z0-9-]+$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(villageName)
  await expect(page.getByRole("heading", { name: "Câu chuyện của làng" })).toBeVisible()
  await expect(page.getByRole("region", { name: "Thông tin làng nghề" })).toContainText("Hộ làm nghề")
  await expect(page.getByRole("region", { name: "Sản phẩm của làng" }).locator("article").first()).toBeVisible()
  await expectNoHorizontalOverflow(page)

  const producers = page.getByRole("region", { name: "Cơ sở sản xuất của làng" })
  const producerLink = producers.getByRole("link").first()
  const producerName = (await producerLink.innerText()).trim()
  await producerLink.click()

  await expect(page).toHaveURL(/\/vi\/producers\/[a-z0-9-]+$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(producerName)
  await expect(page.getByRole("link", { name: villageName }).first()).toBeVisible()
  await expectNoHorizontalOverflow(page)

  const product = page.getByRole("region", { name: "Sản phẩm đang bán" }).locator("article").first()
  await expect(product).toContainText(VND_PRICE)
  const productTitle = (await product.getByRole("link").first().innerText()).trim()
  await product.getByRole("link").first().click()

  await expect(page).toHaveURL(/\/vi\/products\/[a-z0-9-]+/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(productTitle)
  await expect(page.getByText(VND_PRICE).first()).toBeVisible()
  // The maker card leads back to the producer and the village.
  const maker = page.getByRole("region", { name: "Người làm ra sản phẩm" })
  await expect(maker.getByRole("link", { name: producerName })).toHaveAttribute("href", /\/vi\/producers\//)
  await expect(maker.getByRole("link", { name: villageName })).toHaveAttribute("href", /\/vi\/villages\//)
  await expectNoHorizontalOverflow(page)
})

test("the craft filter narrows the villages, and a map marker links to its village", async ({ page }) => {
  await page.goto("/vi/villages")
  const all = await page.getByRole("region", { name: "Danh sách làng nghề" }).locator("article").count()

  await page.getByRole("navigation", { name: "Lọc làng theo nghề" }).getByRole("link", { name: "Dệt thổ cẩm" }).click()
  await expect(page).toHaveURL(/\/vi\/villages\?craft=brocade$/)
  const cards = page.getByRole("region", { name: "Danh sách làng nghề" }).locator("article")
  await expect(cards.first()).toBeVisible()
  const filtered = await cards.count()
  expect(filtered).toBeLessThan(all)
  for (let i = 0; i < filtered; i++) await expect(cards.nth(i)).toContainText("Dệt thổ cẩm")
  await expectNoHorizontalOverflow(page)

  // The map is an enhancement loaded in the browser: one marker per village, each opening a link to its page.
  const map = page.getByRole("region", { name: "Bản đồ các làng nghề" })
  await expect(map.locator(".leaflet-marker-icon")).toHaveCount(filtered)
  await map.locator(".leaflet-marker-icon").first().click()
  await expect(map.getByRole("link", { name: /Xem làng nghề/ })).toHaveAttribute("href", /^\/vi\/villages\/[a-z0-9-]+$/)
})

test("an artisan's page shows the title in words, ethnic group and works", async ({ page }) => {
  await page.goto("/vi/villages?craft=hemp-linen")
  await page.getByRole("region", { name: "Danh sách làng nghề" }).locator("article").first().getByRole("link").click()
  const artisans = page.getByRole("region", { name: "Nghệ nhân, thợ giỏi" })
  await expect(artisans).toContainText(ARTISAN_TITLES)
  const artisanLink = artisans.getByRole("link").first()
  const name = (await artisanLink.innerText()).trim()
  await artisanLink.click()

  await expect(page).toHaveURL(/\/vi\/artisans\/[a-z0-9-]+$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name)
  await expect(page.getByText(ARTISAN_TITLES).first()).toBeVisible()
  await expect(page.getByText("Dân tộc", { exact: true })).toBeVisible()
  const works = page.getByRole("region", { name: "Tác phẩm tiêu biểu" })
  await expect(works.getByRole("img").first()).toBeVisible()
  await expectNoHorizontalOverflow(page)
})

test("unknown village, producer and artisan handles answer 404", async ({ page }) => {
  for (const path of ["/vi/villages/lang-khong-ton-tai", "/vi/producers/khong-ton-tai", "/vi/artisans/khong-ton-tai", "/vi/villages/Không-Hợp-Lệ"]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible()
  }
  const response = await page.goto("/vi/villages?craft=khong-co-nghe-nay")
  expect(response?.status()).toBe(404)
  await expectNoHorizontalOverflow(page)
})
