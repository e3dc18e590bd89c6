import { expect, test, type APIRequestContext } from "@playwright/test"

/**
 * A trade officer works the OCOP queue in Medusa Admin: a producer's submission appears,
 * one is rejected with a reason the producer reads, another is verified and the product's
 * badge appears in the store data.
 */
const BACKEND = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const ADMIN = { email: process.env.DEMO_ADMIN_EMAIL ?? "admin@cholangnghe.vn", password: process.env.DEMO_ADMIN_PASSWORD ?? "cholangnghe-admin" }
const PRODUCER = { email: process.env.DEMO_PRODUCER_EMAIL ?? "sontra.hongthai@example.vn", password: process.env.DEMO_PRODUCER_PASSWORD ?? "cholangnghe-producer" }
// A 1×1 PNG: the photo of the paper decision.
const PNG_1PX = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")

async function producerHeaders(request: APIRequestContext) {
  const auth = await request.post(`${BACKEND}/auth/producer/emailpass`, { data: PRODUCER })
  expect(auth.status(), "demo producer sign-in").toBe(200)
  return { authorization: `Bearer ${((await auth.json()) as { token: string }).token}` }
}

/** A product of the demo producer without a current OCOP rating. */
async function unratedProduct(request: APIRequestContext, headers: Record<string, string>) {
  const products = (await (await request.get(`${BACKEND}/producer/products?limit=100`, { headers })).json()) as { products: Array<{ id: string; handle: string; title: string; status: string }> }
  const keyHeader = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }
  for (const product of products.products.filter((p) => p.status === "published")) {
    const store = await request.get(`${BACKEND}/store/products?handle=${product.handle}&fields=%2Bocop_badge.*`, { headers: keyHeader })
    const [listed] = ((await store.json()) as { products: Array<{ ocop_badge: unknown }> }).products
    if (listed && !listed.ocop_badge) return product
  }
  throw new Error("the demo producer has no published product without an OCOP rating")
}

async function submit(request: APIRequestContext, headers: Record<string, string>, productId: string, decision: string) {
  const upload = await request.post(`${BACKEND}/producer/uploads`, {
    headers,
    multipart: { files: { name: "quyet-dinh.png", mimeType: "image/png", buffer: PNG_1PX } },
  })
  expect(upload.status(), await upload.text()).toBe(200)
  const evidence = ((await upload.json()) as { files: Array<{ url: string }> }).files[0]!.url
  const decisionDate = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 10)
  const res = await request.post(`${BACKEND}/producer/certificates`, {
    headers,
    data: { product_id: productId, product_group: "drinks", score: 72.5, decision_number: decision, decision_date: decisionDate, issuing_level: "province", issuing_body: "UBND tỉnh Tuyên Quang", evidence_url: evidence },
  })
  expect(res.status(), await res.text()).toBe(201)
  return ((await res.json()) as { certificate: { id: string } }).certificate
}

test("an officer rejects one OCOP submission with a reason and verifies another in Admin; the badge reaches the store", async ({ page, request }) => {
  const headers = await producerHeaders(request)
  const product = await unratedProduct(request, headers)
  const stamp = Date.now().toString(36).toUpperCase()
  const rejected = await submit(request, headers, product.id, `R${stamp}/QĐ-UBND`)
  const verified = await submit(request, headers, product.id, `V${stamp}/QĐ-UBND`)

  await page.goto(`${BACKEND}/app/login`)
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.locator('input[name="password"]').press("Enter")
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 })

  // Through the menu (the officer's way in; the admin keeps its session in the page).
  await page.getByRole("link", { name: "Chứng nhận OCOP" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Chứng nhận OCOP" })).toBeVisible({ timeout: 30_000 })
  const rejectRow = page.getByRole("row").filter({ hasText: `R${stamp}/QĐ-UBND` })
  await expect(rejectRow).toBeVisible()
  await rejectRow.getByLabel("Lý do").fill("Ảnh quyết định không đọc được")
  await rejectRow.getByRole("button", { name: "Từ chối" }).click()
  await expect(page.getByText("Đã lưu quyết định").first()).toBeVisible()
  await expect(rejectRow).toHaveCount(0)

  const verifyRow = page.getByRole("row").filter({ hasText: `V${stamp}/QĐ-UBND` })
  await verifyRow.getByRole("button", { name: "Xác minh" }).click()
  await expect(verifyRow).toHaveCount(0)

  // The producer reads the decision and its reason; the store shows the badge.
  const mine = (await (await request.get(`${BACKEND}/producer/certificates`, { headers })).json()) as { certificates: Array<{ id: string; status: string; status_reason: string | null; stars: number }> }
  expect(mine.certificates.find((c) => c.id === rejected.id)).toMatchObject({ status: "rejected", status_reason: "Ảnh quyết định không đọc được" })
  const done = mine.certificates.find((c) => c.id === verified.id)
  expect(done).toMatchObject({ status: "verified" })
  const store = await request.get(`${BACKEND}/store/products?handle=${product.handle}&fields=%2Bocop_badge.*`, {
    headers: { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" },
  })
  const [listed] = ((await store.json()) as { products: Array<{ ocop_badge: { stars: number; decision_number: string } | null }> }).products
  expect(listed?.ocop_badge).toMatchObject({ stars: done!.stars, decision_number: `V${stamp}/QĐ-UBND` })
})

test("an officer sees the geographical indications with the producers holding rights", async ({ page, request }) => {
  const keyHeader = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }
  const { marks } = (await (await request.get(`${BACKEND}/store/marks`, { headers: keyHeader })).json()) as { marks: Array<{ name: string; producer_count: number }> }
  expect(marks.length).toBeGreaterThan(0)
  await page.goto(`${BACKEND}/app/login`)
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.locator('input[name="password"]').press("Enter")
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 })
  await page.getByRole("link", { name: "Chỉ dẫn địa lý" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Chỉ dẫn địa lý" })).toBeVisible({ timeout: 30_000 })
  for (const mark of marks) await expect(page.getByText(mark.name, { exact: true }).first()).toBeVisible()
})
