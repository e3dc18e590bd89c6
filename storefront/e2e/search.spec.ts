import { expect, test, type Page } from "@playwright/test"
import { expectNoHorizontalOverflow } from "./support/layout"

// Search on the demo catalogue (backend/src/scripts/seed.ts): Vietnamese typed without
// diacritics, facet links with counts, on a phone.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })


const results = (page: Page) => page.getByTestId("search-results").locator(":scope > li")

test("typing “che shan tuyet” in the header finds the Chè Shan tuyết products", async ({ page }) => {
  await page.goto("/vi")
  const box = page.getByRole("searchbox", { name: "Tìm trên Chợ Làng Nghề" })
  await box.fill("che shan tuyet")
  await box.press("Enter")
  await expect(page).toHaveURL(/\/vi\/search\?q=che\+shan\+tuyet/)
  await expect(page.getByRole("heading", { level: 1, name: "Tìm sản phẩm" })).toBeVisible()
  await expect(page.getByTestId("search-count")).toContainText("cho “che shan tuyet”")
  // The best match, with its diacritics, first.
  await expect(results(page).first().getByRole("heading")).toContainText("Shan tuyết")
  await expect(page.getByTestId("search-results").getByRole("link", { name: "Chè Shan tuyết Hồng Thái búp xanh" })).toBeVisible()
  await expectNoHorizontalOverflow(page)
})

test("a facet link narrows the results to as many as it counted", async ({ page }) => {
  await page.goto("/vi/search?q=tra")
  const total = Number(await page.getByTestId("search-count").getAttribute("data-count"))
  expect(total).toBeGreaterThan(0)
  const facet = page.getByRole("region", { name: "Làng nghề" })
  const link = facet.getByRole("link").first()
  const count = Number(await link.getAttribute("data-facet-count"))
  expect(count).toBeGreaterThan(0)
  const label = (await link.locator("span").first().innerText()).trim()
  await link.click()
  await expect(page).toHaveURL(/village=/)
  await expect(page.getByTestId("search-count")).toHaveAttribute("data-count", String(count))
  // All of them on the page (fewer than a page of results) and each from that village.
  if (count <= 12) await expect(results(page)).toHaveCount(count)
  await expect(page.getByRole("link", { name: `Bỏ lọc ${label}` })).toBeVisible()
  await expectNoHorizontalOverflow(page)

  // The price facet works the same way.
  await page.goto("/vi/search")
  const price = page.getByRole("region", { name: "Giá" }).getByRole("link").first()
  const priceCount = Number(await price.getAttribute("data-facet-count"))
  await price.click()
  await expect(page.getByTestId("search-count")).toHaveAttribute("data-count", String(priceCount))
})

test("works without JavaScript and shows an empty state", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "vi-VN", viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto("/vi/search")
  await page.getByRole("searchbox", { name: "Tìm sản phẩm", exact: true }).fill("tho cam")
  await page.getByRole("button", { name: "Tìm", exact: true }).last().click()
  await expect(page).toHaveURL(/q=tho\+cam/)
  await expect(results(page).first()).toContainText(/thổ cẩm|Thổ cẩm/)
  await page.goto("/vi/search?q=zzzzqqqxxxwww")
  await expect(page.getByRole("heading", { name: "Không tìm thấy sản phẩm phù hợp" })).toBeVisible()
  await context.close()
})
