import { expect, test, type APIRequestContext } from "@playwright/test"
import { expectNoHorizontalOverflow } from "./support/layout"

/**
 * A shopper scans the QR label of one item with a phone: the resolver sends them to the
 * trace page, which says whether the item is genuine and whether its code was scanned before.
 */

const BACKEND = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const PRODUCER = {
  email: process.env.DEMO_PRODUCER_EMAIL ?? "sontra.hongthai@example.vn",
  password: process.env.DEMO_PRODUCER_PASSWORD ?? "cholangnghe-producer",
}
// The demo tea lot with a GTIN and 24 unit serials (backend/src/scripts/demo/trace-data.ts).
const DEMO_LOT = "HT2610-01"
const PRODUCT_TITLE = "Chè Shan tuyết Hồng Thái búp xanh"

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

type Serial = { code: string; url: string; scan_count: number }

/** The label path (/01/{gtin}/10/{lot}/21/{serial}) of a serial nobody has scanned yet. */
async function unscannedSerial(request: APIRequestContext, skip = 0): Promise<{ code: string; path: string }> {
  const auth = await request.post(`${BACKEND}/auth/producer/emailpass`, { data: PRODUCER })
  expect(auth.status(), "demo producer sign-in").toBe(200)
  const { token } = (await auth.json()) as { token: string }
  const headers = { authorization: `Bearer ${token}` }
  const lots = await request.get(`${BACKEND}/producer/trace/lots?limit=100`, { headers })
  const lot = ((await lots.json()) as { lots: Array<{ id: string; lot_number: string }> }).lots.find((l) => l.lot_number === DEMO_LOT)
  expect(lot, `demo lot ${DEMO_LOT}`).toBeTruthy()
  const list = await request.get(`${BACKEND}/producer/trace/lots/${lot!.id}/serials?limit=100`, { headers })
  // Unscanned serials from the start of the list (the resolver tests take theirs from the end);
  // `skip` keeps tests apart, as scans are written in batches and counts may lag a moment.
  const serial = ((await list.json()) as { serials: Serial[] }).serials.filter((s) => s.scan_count === 0)[skip]
  expect(serial, "an unscanned serial in the demo lot").toBeTruthy()
  const path = new URL(serial!.url).pathname
  expect(path).toMatch(new RegExp(`^/01/0893\\d{10}/10/${DEMO_LOT}/21/${serial!.code}$`))
  return { code: serial!.code, path }
}


test("scanning a unit's label opens its trace page: first scan, then scanned 2 times", async ({ page, browser, request }) => {
  const serial = await unscannedSerial(request)

  // First scan: the phone follows the resolver's redirect to the Vietnamese trace page.
  await page.goto(serial.path)
  await expect(page).toHaveURL(new RegExp(`/vi/trace/${serial.code}$`))
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PRODUCT_TITLE)
  const verdict = page.getByRole("region", { name: /Kết quả kiểm tra mã/ })
  await expect(verdict).toContainText("Hàng chính hãng")
  await expect(verdict).toContainText("Đây là lần quét đầu tiên của mã này.")
  await expect(page.getByText(serial.code, { exact: true }).first()).toBeVisible()

  // What, who, where and when: producer and village links, the lot, its raw-material zone.
  const maker = page.getByRole("region", { name: "Người làm ra sản phẩm" })
  await expect(maker.getByRole("link").first()).toHaveAttribute("href", /^\/vi\/producers\/[a-z0-9-]+$/)
  await expect(maker.getByRole("link", { name: /Làng nghề/ })).toHaveAttribute("href", /^\/vi\/villages\/[a-z0-9-]+$/)
  const lot = page.getByRole("region", { name: "Lô sản xuất" })
  await expect(lot).toContainText(DEMO_LOT)
  await expect(lot).toContainText("VietGAP")
  await expect(page.getByRole("region", { name: "Chứng nhận" })).toBeVisible()

  // The event timeline, oldest first, in Vietnam time, and the verified chain.
  const timeline = page.getByRole("region", { name: "Hành trình sản phẩm" })
  const steps = timeline.getByRole("listitem")
  expect(await steps.count()).toBeGreaterThanOrEqual(5)
  await expect(steps.first().getByRole("heading", { level: 3 })).toHaveText("Thu hoạch")
  await expect(steps.first()).toContainText(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/)
  await expect(timeline).toContainText("Đóng gói")
  await expect(page.getByRole("region", { name: "Tính toàn vẹn dữ liệu" })).toContainText("Chuỗi sự kiện toàn vẹn")
  await expect(page.getByRole("link", { name: "Xem sản phẩm trong cửa hàng" })).toHaveAttribute("href", /^\/vi\/products\//)
  await expectNoHorizontalOverflow(page)

  // Second scan of the same label, on a phone without JavaScript: the page reads the same.
  const noScript = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    javaScriptEnabled: false,
  })
  try {
    const again = await noScript.newPage()
    await again.goto(serial.path)
    await expect(again).toHaveURL(new RegExp(`/vi/trace/${serial.code}$`))
    const second = again.getByRole("region", { name: /Kết quả kiểm tra mã/ })
    await expect(second).toContainText("Hàng chính hãng")
    await expect(second).toContainText(/Mã này đã được quét 2 lần, lần đầu vào \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/)
    expect(await again.getByRole("region", { name: "Hành trình sản phẩm" }).getByRole("listitem").count()).toBeGreaterThanOrEqual(5)
  } finally {
    await noScript.close()
  }
  // The page counts scans the storefront has not sent yet; both must reach the database.
  await expect.poll(() => storedScans(serial.code), { timeout: 10_000 }).toBe(2)
})

/** Scans of a code as the database holds them (the trace edge sends them in batches). */
async function storedScans(code: string): Promise<number> {
  const url = process.env.DATABASE_URL
  expect(url, "DATABASE_URL for the e2e database").toBeTruthy()
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query("select count(*)::int as n from scan s join trace_code tc on tc.id = s.trace_code_id where tc.code = $1", [code])
    return rows[0].n as number
  } finally {
    await client.end()
  }
}

test("the trace page also speaks English", async ({ page, request }) => {
  const serial = await unscannedSerial(request, 1)
  await page.goto(`/en/trace/${serial.code}`)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  const verdict = page.getByRole("region", { name: /Code check/ })
  await expect(verdict).toContainText("Registered product")
  await expect(verdict).toContainText("This code has not been scanned yet.")
  await expect(page.getByRole("region", { name: "The product’s journey" }).getByRole("heading", { level: 3 }).first()).toHaveText("Harvesting")
  await expect(page.getByRole("region", { name: "Record integrity" })).toContainText("Chain verified")
})

test("an unknown code ends in a readable 404 that warns about counterfeits, even without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "vi-VN", javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    const response = await page.goto("/vi/trace/ZZZZZZZZZZZZ")
    expect(response?.status()).toBe(404)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy mã này")
    await expect(page.getByText(/đây có thể là hàng giả/)).toBeVisible()
    // A code that cannot exist at all (look-alike characters) is an invalid link: 400.
    const malformed = await page.goto("/vi/trace/not-a-code")
    expect(malformed?.status()).toBe(400)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Đường dẫn truy xuất không hợp lệ")
  } finally {
    await context.close()
  }
})

test("a trace page weighs under 50 KB of HTML and CSS", async ({ request }) => {
  const serial = await unscannedSerial(request, 1)
  const response = await request.get(`/vi/trace/${serial.code}`)
  expect(response.status()).toBe(200)
  const html = await response.body()
  const stylesheets = [...new Set([...html.toString("utf8").matchAll(/<link[^>]+href="([^"]+\.css)"/g)].map((m) => m[1]!))]
  expect(stylesheets.length).toBeGreaterThan(0)
  let css = 0
  for (const href of stylesheets) css += (await (await request.get(href)).body()).length
  const total = html.length + css
  console.log(`trace page: HTML ${html.length} B + CSS ${css} B (${stylesheets.length} files) = ${total} B`)
  expect(total).toBeLessThan(50 * 1024)
  // No client-side rendering is needed: the content is in the HTML itself.
  expect(html.toString("utf8")).toContain("Hành trình sản phẩm")
})
