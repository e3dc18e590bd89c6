import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { Redis } from "ioredis"
import { createRateLimiter, rateLimitRules, type RateLimitRules } from "../../../src/api/rate-limit"
import { attempt, bearer, officerHeaders, registerIdentity } from "../../helpers/auth"
import { approvedProducer, productBody, setUpMarketplace } from "../producer/fixtures"
import { eventually } from "../../helpers/eventually"

// Behind a proxy on this machine, X-Forwarded-For names the client: each test speaks as its
// own addresses (TEST-NET ones), so the counts of one test never reach another.
process.env.TRUST_PROXY = "loopback"
process.env.TRACE_EDGE_KEY = "edge-key-for-rate-limit-tests"
// The sign-in limits keep their defaults (10 per account, 100 per address, per 15 min).
// These are lowered so a test reaches them in a few requests.
process.env.RATE_LIMIT_REGISTER = "3/1m"
process.env.RATE_LIMIT_APPLICATION = "1/1m"
process.env.RATE_LIMIT_DISPLAY_POINT_SCAN = "2/1m"
process.env.RATE_LIMIT_TRACE_SCAN = "5/1m"

const REDIS_URL = process.env.RATE_LIMIT_TEST_REDIS_URL || "redis://127.0.0.1:6379"
const PASSWORD = "mat-khau-an-toan-123"
const MESSAGE = /^Quá nhiều yêu cầu, vui lòng thử lại sau (\d+) giây \/ Too many requests, try again in \1 s$/

const from = (address: string, headers: Record<string, string> = {}) => ({ headers: { "x-forwarded-for": address, ...headers } })

function expectTooMany(res: any) {
  expect(res.status, JSON.stringify(res.data)).toBe(429)
  const seconds = Number(res.headers["retry-after"])
  expect(seconds).toBeGreaterThanOrEqual(1)
  expect(res.data.message).toMatch(MESSAGE)
  expect(Number(MESSAGE.exec(res.data.message)![1])).toBe(seconds)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    it("refuses the 11th failed sign-in to one account from one address with 429, Retry-After and a bilingual message, without trying it", async () => {
      const email = "nguoi-mua@example.vn"
      await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD }, from("203.0.113.1"))
      // Signing in successfully uses up nothing.
      for (let i = 0; i < 12; i++) expect((await api.post("/auth/customer/emailpass", { email, password: PASSWORD }, from("203.0.113.2"))).data.token).toBeTruthy()
      for (let i = 0; i < 10; i++) {
        const wrong = await attempt(api.post("/auth/customer/emailpass", { email, password: `sai-${i}` }, from("203.0.113.2")))
        expect(wrong.status).toBe(401)
      }
      // The right password now: had it been tried, the answer would be a token.
      const refused = await attempt(api.post("/auth/customer/emailpass", { email: ` ${email.toUpperCase()} `, password: PASSWORD }, from("203.0.113.2")))
      expectTooMany(refused)
      expect(refused.data.token).toBeUndefined()

      // The same account from another address, another account from this one, and other
      // routes from this one are not held back.
      expect((await api.post("/auth/customer/emailpass", { email, password: PASSWORD }, from("203.0.113.3"))).data.token).toBeTruthy()
      await api.post("/auth/customer/emailpass/register", { email: "khac@example.vn", password: PASSWORD }, from("203.0.113.1"))
      expect((await api.post("/auth/customer/emailpass", { email: "khac@example.vn", password: PASSWORD }, from("203.0.113.2"))).data.token).toBeTruthy()
      expect((await api.get("/health", from("203.0.113.2"))).status).toBe(200)
    })

    it("limits officer and producer sign-in too, however the provider is spelled in the path", async () => {
      for (const actor of ["user", "producer"]) {
        for (let i = 0; i < 10; i++) {
          const res = await attempt(api.post(`/auth/${actor}/emailpass`, { email: "can-bo@tuyenquang.gov.vn", password: "sai" }, from("203.0.113.20")))
          expect(res.status).toBe(401)
        }
        // Express decodes parameters: the same handler answers, so the same limit holds.
        expectTooMany(await attempt(api.post(`/auth/${actor}/email%70ass`, { email: "can-bo@tuyenquang.gov.vn", password: "sai" }, from("203.0.113.20"))))
      }
    })

    it("refuses a sign-up over the limit before anything is written", async () => {
      for (let i = 0; i < 3; i++) await registerIdentityFrom("203.0.113.30", `khach-${i}@example.vn`)
      const refused = await attempt(api.post("/auth/customer/emailpass/register", { email: "khach-3@example.vn", password: PASSWORD }, from("203.0.113.30")))
      expectTooMany(refused)
      const auth = getContainer().resolve(Modules.AUTH)
      expect(await auth.listProviderIdentities({ entity_id: "khach-3@example.vn" })).toEqual([])
      // Another address may still sign up.
      await registerIdentityFrom("203.0.113.31", "khach-3@example.vn")
      expect(await auth.listProviderIdentities({ entity_id: "khach-3@example.vn" })).toHaveLength(1)
    })

    async function registerIdentityFrom(address: string, email: string, actor = "customer") {
      const res = await api.post(`/auth/${actor}/emailpass/register`, { email, password: PASSWORD }, from(address))
      return res.data.token as string
    }

    it("refuses a producer application over the limit and creates no producer", async () => {
      const first = await registerIdentityFrom("203.0.113.40", "ho-a@example.vn", "producer")
      const second = await registerIdentityFrom("203.0.113.40", "ho-b@example.vn", "producer")
      const body = (handle: string, email: string) => ({
        handle,
        name: `Hộ ${handle}`,
        legal_kind: "household",
        phone: "0912345678",
        email,
        address: "xã Hồng Thái, tỉnh Tuyên Quang",
        member_name: "Hoàng Thị Lan",
      })
      const created = await api.post("/producer-applications", body("ho-a", "ho-a@example.vn"), { headers: { ...from("203.0.113.40").headers, ...bearer(first).headers } })
      expect(created.status).toBe(201)
      const refused = await attempt(api.post("/producer-applications", body("ho-b", "ho-b@example.vn"), { headers: { ...from("203.0.113.40").headers, ...bearer(second).headers } }))
      expectTooMany(refused)
      expect((await pg()("producer").whereNull("deleted_at").select("handle")).map((p: any) => p.handle)).toEqual(["ho-a"])
    })

    it("counts display-point scans per address and point", async () => {
      const market = await setUpMarketplace(getContainer())
      const store = (address: string) => from(address, { "x-publishable-api-key": market.publishableKey })
      for (let i = 0; i < 2; i++) expect((await attempt(api.post("/store/display-points/cho-phien/scans", { locale: "vi" }, store("203.0.113.50")))).status).toBe(404)
      expectTooMany(await attempt(api.post("/store/display-points/cho-phien/scans", { locale: "vi" }, store("203.0.113.50"))))
      expect((await attempt(api.post("/store/display-points/tram-dung-chan/scans", { locale: "vi" }, store("203.0.113.50")))).status).toBe(404)
      expect((await attempt(api.post("/store/display-points/cho-phien/scans", { locale: "vi" }, store("203.0.113.51")))).status).toBe(404)
    })

    it("records a visitor's label scans up to the limit and still resolves the label; edge batches are counted per visitor", async () => {
      const container = getContainer()
      const market = await setUpMarketplace(container)
      const producer = await approvedProducer(api, await officerHeaders(container), "htx-che-hong-thai", "a@example.vn")
      const product = (await api.post("/producer/products", productBody({ status: "published" }), producer.auth)).data.product
      const variant = product.variants.find((v: any) => v.sku === "CHE-200")
      const lot = (await api.post("/producer/trace/lots", { variant_id: variant.id, quantity: 50, uom: "hộp", produced_at: "2026-10-12" }, producer.auth)).data.lot
      const scanCount = async () => (await pg()("trace_code").where({ code: lot.code }).first("scan_count")).scan_count as number
      const storeFrom = (address: string) => from(address, { "x-publishable-api-key": market.publishableKey })

      // GET /trace/resolve?record=1 (a storefront without batching): seven scans from one
      // visitor all resolve, five are recorded.
      for (let i = 0; i < 7; i++) {
        const res = await api.get(`/trace/resolve?code=${lot.code}&record=1`, storeFrom("198.51.100.1"))
        expect(res.data.resolution).toBeTruthy()
      }
      expect(await eventually(scanCount, 5)).toBe(5)
      await new Promise((r) => setTimeout(r, 300))
      expect(await scanCount()).toBe(5)

      // Batches from the edge: counted per visitor named in each scan, never per batch.
      const at = new Date().toISOString()
      const scan = (headers: Record<string, string>) => ({ identifier: { code: lot.code }, at, headers })
      const edge = { headers: { "x-trace-edge-key": process.env.TRACE_EDGE_KEY! } }
      // A batch without the edge's key is refused by the route and uses up nobody's allowance.
      const forged = await attempt(api.post("/trace/scans", { scans: Array.from({ length: 20 }, () => scan({ "x-real-ip": "198.51.100.2" })) }, { headers: { "x-trace-edge-key": "wrong" } }))
      expect(forged.status).toBe(401)
      const batch = [
        ...Array.from({ length: 4 }, () => scan({ "x-real-ip": "198.51.100.2", "x-forwarded-for": "10.9.9.9, 198.51.100.2" })),
        // Already used up by the resolves above.
        ...Array.from({ length: 3 }, () => scan({ "x-real-ip": "198.51.100.1" })),
        // x-forwarded-for's last hop when there is no x-real-ip (the address the edge saw).
        ...Array.from({ length: 7 }, () => scan({ "x-forwarded-for": "203.0.113.250, 198.51.100.3" })),
        // No address: no visitor to count against.
        ...Array.from({ length: 2 }, () => scan({ "user-agent": "test" })),
      ]
      expect((await api.post("/trace/scans", { scans: batch }, edge)).data).toEqual({ recorded: 4 + 0 + 5 + 2, unknown: 0 })
      expect((await api.post("/trace/scans", { scans: [scan({ "x-real-ip": "198.51.100.2" }), scan({ "x-real-ip": "198.51.100.2" })] }, edge)).data).toEqual({
        recorded: 1,
        unknown: 0,
      })
      expect(await eventually(scanCount, 5 + 11 + 1)).toBe(17)
    })

    it("shares the counts between two limiters through Redis", async () => {
      const prefix = `cln-test:rate-limit:${randomUUID()}:`
      const rules = Object.fromEntries(Object.keys(rateLimitRules()).map((name) => [name, null])) as RateLimitRules
      rules.login = { limit: 3, windowMs: 60_000 }
      rules.trace_scan = { limit: 5, windowMs: 60_000 }
      const [a, b] = [createRateLimiter({ rules, redisUrl: REDIS_URL, prefix }), createRateLimiter({ rules, redisUrl: REDIS_URL, prefix })]
      const redis = new Redis(REDIS_URL)
      try {
        await Promise.all([a.ready(), b.ready()]).catch((error) => {
          throw new Error(`This test needs Redis at ${REDIS_URL} (set RATE_LIMIT_TEST_REDIS_URL to use another): ${error.message}`)
        })
        const take = { name: "login", key: "customer:203.0.113.60:account" } as const
        expect(await a.takeAll([take])).toMatchObject({ allowed: true })
        expect(await b.takeAll([take])).toMatchObject({ allowed: true })
        expect(await a.takeAll([take])).toMatchObject({ allowed: true })
        const refused = await b.takeAll([take])
        expect(refused.allowed).toBe(false)
        expect(await a.takeAll([take])).toMatchObject({ allowed: false })
        // Refusals are not counted: exactly the three granted are stored.
        const keys = await redis.keys(`${prefix}*`)
        expect(keys).toHaveLength(1)
        expect(Number(await redis.get(keys[0]!))).toBe(3)
        // Another key of the same limit is free.
        expect(await b.takeAll([{ name: "login", key: "customer:203.0.113.61:account" }])).toMatchObject({ allowed: true })
        // Batches: what one limiter granted, the other does not grant again.
        expect(await a.takeEach("trace_scan", new Map([["198.51.100.9", 4]]))).toEqual(new Map([["198.51.100.9", 4]]))
        expect(await b.takeEach("trace_scan", new Map([["198.51.100.9", 3], ["198.51.100.10", 2]]))).toEqual(
          new Map([
            ["198.51.100.9", 1],
            ["198.51.100.10", 2],
          ])
        )
      } finally {
        await Promise.all([a.close(), b.close()])
        const keys = await redis.keys(`${prefix}*`)
        if (keys.length) await redis.del(...keys)
        await redis.quit()
      }
    })
  },
})
