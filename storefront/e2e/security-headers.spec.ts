import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test"

/**
 * Issue #8: every page carries the security headers, loads under its Content-Security-Policy
 * without a single violation (Next's inline scripts and styles, the backend's images, the
 * map, the checkout's scripts), and refuses to be shown inside another site's frame.
 * Demo data from backend/src/scripts/seed.ts.
 */

const PRODUCT = "/vi/products/che-shan-tuyet-hong-thai-bup-xanh"
const uniqueEmail = () => `csp.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}@example.vn`

/** Collects CSP violations: the DOM event in the page and the console's report of them. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation
      report(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`)
    })
  })
  page.on("console", (message) => {
    if (message.type() === "error" && /Content.Security.Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

function expectSecurityHeaders(response: Response | APIResponse | null, path: string) {
  expect(response, path).toBeTruthy()
  const headers = response!.headers()
  const csp = headers["content-security-policy"] ?? ""
  expect(csp, path).toContain("frame-ancestors 'none'")
  expect(csp, path).toContain("object-src 'none'")
  expect(csp, path).toMatch(/script-src 'self' 'unsafe-inline'(;| https:\/\/js\.stripe\.com)/)
  expect(headers["x-frame-options"], path).toBe("DENY")
  expect(headers["x-content-type-options"], path).toBe("nosniff")
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin")
  expect(headers["permissions-policy"], path).toContain("camera=(self)")
  // Served over plain HTTP here, and nobody trusted said otherwise.
  expect(headers["strict-transport-security"], path).toBeUndefined()
}

/** Opens `path`, checks its headers, and lets scripts, images and styles load. */
async function open(page: Page, path: string) {
  const response = await page.goto(path)
  expectSecurityHeaders(response, path)
  await page.waitForLoadState("networkidle")
  return response
}

test("home, a product, its trace page, the village map, the checkout and the producer sign-in load under the policy with no violation", async ({ page }) => {
  const violations = await watchViolations(page)

  await open(page, "/vi")
  // The kept copy the catalogue edge serves to the next visitor carries them too.
  expectSecurityHeaders(await page.request.get("/vi"), "/vi (again)")

  await open(page, PRODUCT)
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
  // The product's photos come from the backend: img-src must let them through.
  await expect(page.locator("main img").first()).toBeVisible()

  const traceLink = page.locator('a[href*="/trace/"]').first()
  const tracePath = await traceLink.getAttribute("href")
  expect(tracePath).toMatch(/\/trace\/[A-Z0-9]+$/)
  await open(page, tracePath!)
  await expect(page.getByRole("region", { name: /Kết quả kiểm tra mã/ })).toBeVisible()

  // Leaflet sets inline styles and loads the tiles (the tiles themselves may not reach the
  // internet from a test machine; a refused tile would be a violation, a network error is not).
  await open(page, "/vi/villages")
  await expect(page.locator(".leaflet-container").first()).toBeVisible()

  // A buyer with something in the cart, at the checkout (the address step loads communes).
  await open(page, "/vi/account/register")
  await page.getByLabel("Họ và tên").fill("Người Thử CSP")
  await page.getByLabel("Email").fill(uniqueEmail())
  await page.getByLabel("Số điện thoại").fill("0912345678")
  await page.getByLabel("Mật khẩu", { exact: true }).fill("mat-khau-an-toan-123")
  await page.getByRole("button", { name: "Tạo tài khoản" }).click()
  await expect(page).not.toHaveURL(/\/account\/register/)
  await open(page, PRODUCT)
  await page.getByLabel("Số lượng").fill("1")
  await page.getByRole("button", { name: "Thêm vào giỏ" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Đã thêm vào giỏ" })).toBeVisible()
  await open(page, "/vi/checkout")
  await expect(page).toHaveURL(/\/vi\/checkout/)

  await open(page, "/vi/seller/login")
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible()

  expect(violations).toEqual([])
})

test("no other site can show a page in a frame", async ({ page, baseURL }) => {
  // A page of another origin that frames the storefront's home page.
  await page.route("http://framing-site.test/", (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><title>framer</title><iframe src="${baseURL}/vi" width="800" height="600"></iframe>` })
  )
  await page.goto("http://framing-site.test/")
  // The browser puts its error page in the frame instead of the storefront's.
  const child = () => page.frames().find((frame) => frame !== page.mainFrame())
  await expect.poll(() => child()?.url() ?? "", { message: "the framed page is replaced by the browser's error page" }).toMatch(/^chrome-error:/)
  await expect(page.frameLocator("iframe").locator("html[lang=vi]")).toHaveCount(0)
})

test("a client cannot claim HTTPS to get HSTS: only TLS or a trusted proxy can", async ({ request }) => {
  const response = await request.get("/vi", { headers: { "x-forwarded-proto": "https" } })
  expect(response.status()).toBe(200)
  expect(response.headers()["strict-transport-security"]).toBeUndefined()
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'")
})
