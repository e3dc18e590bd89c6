import { expect, test, type Page } from "@playwright/test"

/**
 * A trade officer keeps the list of fairs in Medusa Admin (issue #7): records one with two
 * producers found by name, sees it listed with its days and participants, edits it,
 * is stopped from saving a fair that ends before it starts or takes a used address, and
 * deletes it. The API is read after each step to check what was really saved.
 */
const BACKEND = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const ADMIN = { email: process.env.DEMO_ADMIN_EMAIL ?? "admin@cholangnghe.vn", password: process.env.DEMO_ADMIN_PASSWORD ?? "cholangnghe-admin" }

test.use({ viewport: { width: 1280, height: 900 } })

type Fair = { id: string; handle: string; name: string; name_en: string | null; place: string; first_day: string; last_day: string; status: string; producers: { id: string; name: string }[] }

async function signInToAdmin(page: Page) {
  await page.goto(`${BACKEND}/app/login`)
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.locator('input[name="password"]').press("Enter")
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 })
}

/** A day some days from today on Vietnam's calendar, as YYYY-MM-DD (what a date input takes). */
const dayFromToday = (days: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + days * 86_400_000))
const vnDate = (day: string) => day.split("-").reverse().join("/")

async function savedFair(page: Page, handle: string): Promise<Fair | undefined> {
  const res = await page.request.get(`${BACKEND}/admin/fairs`)
  expect(res.status()).toBe(200)
  return ((await res.json()) as { fairs: Fair[] }).fairs.find((f) => f.handle === handle)
}

async function addProducer(page: Page, name: string) {
  const drawer = page.getByRole("dialog")
  await drawer.getByLabel("Tìm người bán đã duyệt theo tên để thêm").fill(name)
  const result = drawer.getByRole("list", { name: "Kết quả tìm người bán" }).getByRole("listitem").filter({ hasText: name }).first()
  await result.getByRole("button", { name: "Thêm" }).click()
  await expect(drawer.getByRole("list", { name: "Người bán tham gia" })).toContainText(name)
}

test("an officer records a fair with two producers, edits it, is refused bad days and a used address, and deletes it", async ({ page }) => {
  test.setTimeout(180_000)
  await signInToAdmin(page)

  // Two approved demo producers with different names, as the officer would search them.
  const approved = (await (await page.request.get(`${BACKEND}/admin/producers?status=approved&limit=50&fields=id,name`)).json()) as {
    producers: { id: string; name: string }[]
  }
  const [first, second] = approved.producers.filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i && !all.some((q) => q !== p && q.name.includes(p.name)))
  expect(second, "the demo data has two approved producers").toBeDefined()

  const stamp = Date.now().toString(36)
  const name = `Hội chợ làng nghề Tuyên Quang ${stamp}`
  const handle = `hoi-cho-lang-nghe-tuyen-quang-${stamp}`
  const [startDay, endDay] = [dayFromToday(20), dayFromToday(22)]

  await page.getByRole("link", { name: "Hội chợ & sự kiện" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Hội chợ & sự kiện" })).toBeVisible({ timeout: 30_000 })

  // Create.
  await page.getByRole("button", { name: "Thêm hội chợ" }).click()
  const drawer = page.getByRole("dialog")
  await expect(drawer.getByRole("heading", { name: "Thêm hội chợ hoặc sự kiện" })).toBeVisible()
  await drawer.getByLabel("Tên hội chợ (tiếng Việt)").fill(name)
  await expect(drawer.getByLabel("Đường dẫn (chữ thường, gạch nối)")).toHaveValue(handle)
  await drawer.getByLabel("Tên tiếng Anh (không bắt buộc)").fill(`Tuyên Quang craft village fair ${stamp}`)
  await drawer.getByLabel("Ngày bắt đầu").fill(startDay)
  await drawer.getByLabel("Ngày kết thúc").fill(endDay)
  await drawer.getByLabel("Địa điểm").fill("Quảng trường Nguyễn Tất Thành")
  await addProducer(page, first!.name)
  await addProducer(page, second!.name)
  await expect(drawer.getByText("Người bán tham gia (2)")).toBeVisible()
  await drawer.getByRole("button", { name: "Thêm hội chợ" }).click()
  await expect(page.getByText(`Đã thêm hội chợ "${name}"`).first()).toBeVisible()
  await expect(drawer).toHaveCount(0)

  const row = page.getByRole("row").filter({ hasText: name })
  await expect(row.getByRole("cell").nth(1)).toHaveText(`${vnDate(startDay)} – ${vnDate(endDay)}`)
  await expect(row.getByRole("cell").nth(2)).toContainText("Quảng trường Nguyễn Tất Thành")
  await expect(row.getByRole("cell").nth(3)).toHaveText("2")
  await expect(row.getByRole("cell").nth(4)).toHaveText("Sắp diễn ra")

  const created = await savedFair(page, handle)
  expect(created).toMatchObject({
    name,
    name_en: `Tuyên Quang craft village fair ${stamp}`,
    place: "Quảng trường Nguyễn Tất Thành",
    first_day: startDay,
    last_day: endDay,
    status: "upcoming",
  })
  expect(created!.producers.map((p) => p.id).sort()).toEqual([first!.id, second!.id].sort())

  // Edit: another place, one more day, one producer fewer.
  const longerEnd = dayFromToday(23)
  await row.getByRole("button", { name: `Sửa "${name}"` }).click()
  await expect(drawer.getByRole("heading", { name: `Sửa hội chợ "${name}"` })).toBeVisible()
  await expect(drawer.getByLabel("Ngày bắt đầu")).toHaveValue(startDay)
  await drawer.getByLabel("Địa điểm").fill("Nhà văn hoá tỉnh Tuyên Quang")
  await drawer.getByLabel("Ngày kết thúc").fill(longerEnd)
  await drawer.getByRole("button", { name: `Bỏ "${second!.name}" khỏi hội chợ` }).click()
  await drawer.getByRole("button", { name: "Lưu thay đổi" }).click()
  await expect(page.getByText(`Đã lưu hội chợ "${name}"`).first()).toBeVisible()
  await expect(row.getByRole("cell").nth(1)).toHaveText(`${vnDate(startDay)} – ${vnDate(longerEnd)}`)
  await expect(row.getByRole("cell").nth(2)).toContainText("Nhà văn hoá tỉnh Tuyên Quang")
  await expect(row.getByRole("cell").nth(3)).toHaveText("1")

  const edited = await savedFair(page, handle)
  expect(edited).toMatchObject({ id: created!.id, place: "Nhà văn hoá tỉnh Tuyên Quang", first_day: startDay, last_day: longerEnd })
  expect(edited!.producers.map((p) => p.id)).toEqual([first!.id])

  // A fair that ends before it starts is refused, with the reason by the end date.
  const badName = `Hội chợ ngược ngày ${stamp}`
  await page.getByRole("button", { name: "Thêm hội chợ" }).click()
  await drawer.getByLabel("Tên hội chợ (tiếng Việt)").fill(badName)
  await drawer.getByLabel("Địa điểm").fill("Chợ Tam Cờ")
  await drawer.getByLabel("Ngày bắt đầu").fill(dayFromToday(5))
  await drawer.getByLabel("Ngày kết thúc").fill(dayFromToday(3))
  await drawer.getByRole("button", { name: "Thêm hội chợ" }).click()
  await expect(drawer.getByRole("alert").filter({ hasText: "Ngày kết thúc phải từ ngày bắt đầu trở đi." })).toBeVisible()
  await expect(drawer.getByLabel("Ngày kết thúc")).toHaveAttribute("aria-invalid", "true")
  expect(await savedFair(page, `hoi-cho-nguoc-ngay-${stamp}`)).toBeUndefined()

  // The backend's refusal (an address already used) reaches the officer in Vietnamese.
  await drawer.getByLabel("Ngày kết thúc").fill(dayFromToday(6))
  await expect(drawer.getByRole("alert")).toHaveCount(0)
  await drawer.getByLabel("Đường dẫn (chữ thường, gạch nối)").fill(handle)
  await drawer.getByRole("button", { name: "Thêm hội chợ" }).click()
  await expect(drawer.getByRole("alert")).toHaveText(`Đường dẫn "${handle}" đã được dùng.`)
  await drawer.getByRole("button", { name: "Huỷ" }).click()
  await expect(page.getByRole("row").filter({ hasText: badName })).toHaveCount(0)
  const fairs = (await (await page.request.get(`${BACKEND}/admin/fairs`)).json()) as { fairs: Fair[] }
  expect(fairs.fairs.filter((f) => f.name === badName)).toEqual([])

  // Delete, after confirming.
  await row.getByRole("button", { name: `Xoá "${name}"` }).click()
  const confirm = page.getByRole("alertdialog")
  await expect(confirm).toContainText(`Xoá hội chợ "${name}"?`)
  await confirm.getByRole("button", { name: "Giữ lại" }).click()
  await expect(row).toHaveCount(1)
  await row.getByRole("button", { name: `Xoá "${name}"` }).click()
  await page.getByRole("alertdialog").getByRole("button", { name: "Xoá", exact: true }).click()
  await expect(page.getByText(`Đã xoá hội chợ "${name}"`).first()).toBeVisible()
  await expect(row).toHaveCount(0)
  expect(await savedFair(page, handle)).toBeUndefined()
  expect((await page.request.get(`${BACKEND}/admin/fairs/${created!.id}`)).status()).toBe(404)
})
