import { expect, test } from "@playwright/test"

test("an unknown product answers 404 with the Vietnamese not-found page", async ({ page }) => {
  const response = await page.goto("/vi/products/khong-ton-tai-xyz")
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Về trang chủ" })).toHaveAttribute("href", "/vi")
  await expect(page.getByText("Dữ liệu minh hoạ (demo)")).toBeVisible()
})

test("an unknown page in English answers 404 in English", async ({ page }) => {
  const response = await page.goto("/en/khong-co-trang-nay")
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Back to the home page" })).toHaveAttribute("href", "/en")
})
