import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { addCalendarDays, certificateValidUntil } from "@cln/domain"
import { expireCertificatesWorkflow } from "../../../src/workflows/certificates/workflows/expire-certificates"
import { attempt, bearer, officerHeaders, registerIdentity } from "../../helpers/auth"
import { approvedProducer, setUpMarketplace } from "../producer/fixtures"
import { monthsAgo, ocopBody, publishedProduct, storeHeaders, storeProduct, today, uploadEvidence } from "./fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let market: Awaited<ReturnType<typeof setUpMarketplace>>
    let officer: { headers: Record<string, string> }
    let producer: Awaited<ReturnType<typeof approvedProducer>>
    let productId: string
    let evidence: string

    beforeEach(async () => {
      const container = getContainer()
      market = await setUpMarketplace(container)
      officer = await officerHeaders(container)
      producer = await approvedProducer(api, officer, "htx-che-hong-thai", "hongthai@example.vn")
      productId = await publishedProduct(api, producer.auth, "CHE-OCOP-1")
      evidence = await uploadEvidence(api, producer.auth)
    })

    const submit = async (over: Record<string, unknown> = {}) =>
      (await api.post("/producer/certificates", ocopBody(productId, evidence, over), producer.auth)).data.certificate
    const certificateCount = async () =>
      Number(((await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)("ocop_certificate").count("* as n")) as any)[0].n)
    const notifications = async (filters: Record<string, unknown>) =>
      getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters, { take: 100 })

    it("shows the badge in /store/products only after an officer verifies the certificate", async () => {
      const submitted = await api.post("/producer/certificates", ocopBody(productId, evidence), producer.auth)
      expect(submitted.status).toBe(201)
      const certificate = submitted.data.certificate
      expect(certificate).toMatchObject({ status: "submitted", stars: 4, score: 75.5, issuing_level: "province", product: { id: productId } })
      expect(certificate.valid_until.slice(0, 10)).toBe(certificateValidUntil(monthsAgo(6)))
      expect((await storeProduct(api, market.publishableKey, productId)).ocop_badge ?? null).toBeNull()

      const queue = await api.get("/admin/ocop/certificates?status=submitted", officer)
      expect(queue.data.count).toBe(1)
      expect(queue.data.certificates[0]).toMatchObject({ id: certificate.id, product: { id: productId }, producer: { id: producer.id, handle: "htx-che-hong-thai" } })

      const verified = await api.post(`/admin/ocop/certificates/${certificate.id}/verify`, {}, officer)
      expect(verified.data.certificate).toMatchObject({ status: "verified", reviewed_by: expect.any(String) })

      const product = await storeProduct(api, market.publishableKey, productId)
      expect(product.ocop_badge).toMatchObject({ stars: 4, score: 75.5, certificate_id: certificate.id, issuing_level: "province", decision_number: "512/QĐ-UBND" })
      const four = await api.get("/store/certified-products?min_stars=4", storeHeaders(market.publishableKey))
      expect(four.data.product_ids).toEqual([productId])
      const five = await api.get("/store/certified-products?min_stars=5", storeHeaders(market.publishableKey))
      expect(five.data.product_ids).toEqual([])

      const mine = await api.get("/producer/certificates", producer.auth)
      expect(mine.data.certificates).toHaveLength(1)
      expect(mine.data.certificates[0]).toMatchObject({ id: certificate.id, status: "verified", product: { id: productId, title: expect.any(String), handle: expect.any(String) } })
      expect((await api.get(`/producer/certificates/${certificate.id}`, producer.auth)).data.certificate.status).toBe("verified")
      const again = await attempt(api.post(`/admin/ocop/certificates/${certificate.id}/verify`, {}, officer))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/Cannot verify a certificate whose status is "verified"/)
      const [decision] = await notifications({ template: "ocop-certificate-verify" })
      expect(decision!).toMatchObject({ to: "hongthai@example.vn", resource_id: certificate.id })
    })

    it("shows no badge for a rejected certificate and tells the producer why", async () => {
      const certificate = await submit()
      const noReason = await attempt(api.post(`/admin/ocop/certificates/${certificate.id}/reject`, {}, officer))
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/reason/i)
      const rejected = await api.post(`/admin/ocop/certificates/${certificate.id}/reject`, { reason: "Ảnh quyết định bị mờ, không đọc được số" }, officer)
      expect(rejected.data.certificate).toMatchObject({ status: "rejected", status_reason: "Ảnh quyết định bị mờ, không đọc được số" })
      expect((await storeProduct(api, market.publishableKey, productId)).ocop_badge ?? null).toBeNull()
      expect((await api.get(`/producer/certificates/${certificate.id}`, producer.auth)).data.certificate.status_reason).toMatch(/mờ/)
      expect((await api.get("/store/certified-products?min_stars=3", storeHeaders(market.publishableKey))).data.product_ids).toEqual([])
    })

    it("replaces the badge with a newer verified rating and removes it on revocation", async () => {
      const older = await submit({ score: 62, decision_number: "100/QĐ-UBND", decision_date: monthsAgo(20) })
      await api.post(`/admin/ocop/certificates/${older.id}/verify`, {}, officer)
      expect((await storeProduct(api, market.publishableKey, productId)).ocop_badge.stars).toBe(3)
      const newer = await submit({ score: 94.9, issuing_level: "central", issuing_body: "Bộ Nông nghiệp và Môi trường", decision_number: "2861/QĐ-BNNMT", decision_date: monthsAgo(2) })
      expect(newer.stars).toBe(5)
      await api.post(`/admin/ocop/certificates/${newer.id}/verify`, {}, officer)
      expect((await storeProduct(api, market.publishableKey, productId)).ocop_badge).toMatchObject({ stars: 5, certificate_id: newer.id, issuing_level: "central" })

      const noReason = await attempt(api.post(`/admin/ocop/certificates/${newer.id}/revoke`, { reason: "" }, officer))
      expect(noReason.status).toBe(400)
      await api.post(`/admin/ocop/certificates/${newer.id}/revoke`, { reason: "Sản phẩm không còn đạt tiêu chí" }, officer)
      // The older rating is still verified and current: the badge falls back to it.
      expect((await storeProduct(api, market.publishableKey, productId)).ocop_badge).toMatchObject({ stars: 3, certificate_id: older.id })
      await api.post(`/admin/ocop/certificates/${older.id}/revoke`, { reason: "Thu hồi theo quyết định của tỉnh" }, officer)
      expect((await storeProduct(api, market.publishableKey, productId)).ocop_badge ?? null).toBeNull()
    })

    it("expires a certificate with a moved clock, removes the badge and notifies the producer, 60/30/7-day reminders once each", async () => {
      // Decided 35 months ago: valid for about one more month.
      const certificate = await submit({ decision_date: monthsAgo(35) })
      await api.post(`/admin/ocop/certificates/${certificate.id}/verify`, {}, officer)
      const validUntil = certificateValidUntil(monthsAgo(35))
      const expiring = await api.get("/admin/ocop/certificates?expiring_within_days=90", officer)
      expect(expiring.data.certificates.map((c: any) => c.id)).toEqual([certificate.id])

      const run = (day: string) => expireCertificatesWorkflow(getContainer()).run({ input: { today: day } })
      const reminders = async () => (await notifications({ template: "ocop-certificate-expiring", resource_id: certificate.id })).map((n: any) => n.data.days_before)

      await run(addCalendarDays(validUntil, -61))
      expect(await reminders()).toEqual([])
      await run(addCalendarDays(validUntil, -60))
      await run(addCalendarDays(validUntil, -60))
      await run(addCalendarDays(validUntil, -45))
      expect(await reminders()).toEqual([60])
      await run(addCalendarDays(validUntil, -20))
      await run(addCalendarDays(validUntil, -20))
      expect((await reminders()).sort()).toEqual([30, 60])
      await run(addCalendarDays(validUntil, -3))
      await run(validUntil)
      expect((await reminders()).sort((a: number, b: number) => a - b)).toEqual([7, 30, 60])
      // Still valid on its last day.
      expect((await storeProduct(api, market.publishableKey, productId)).ocop_badge.stars).toBe(4)

      const { result } = await run(addCalendarDays(validUntil, 1))
      expect(result.expired_certificates).toBe(1)
      expect((await storeProduct(api, market.publishableKey, productId)).ocop_badge ?? null).toBeNull()
      expect((await api.get(`/producer/certificates/${certificate.id}`, producer.auth)).data.certificate.status).toBe("expired")
      const expired = await notifications({ template: "ocop-certificate-expired" })
      expect(expired).toHaveLength(1)
      expect(expired[0]!).toMatchObject({ to: "hongthai@example.vn", resource_id: certificate.id, channel: "email" })
      expect(expired[0]!.data).toMatchObject({ producer_id: producer.id, decision_number: "512/QĐ-UBND" })

      const rerun = await run(addCalendarDays(validUntil, 1))
      expect(rerun.result).toMatchObject({ expired_certificates: 0, notifications: 0 })
      expect(await notifications({ template: "ocop-certificate-expired" })).toHaveLength(1)
      expect((await reminders()).length).toBe(3)
    })

    it("refuses bad submissions with a clear 400 and writes nothing", async () => {
      await submit({ certificate_number: "TQ-OCOP-2026-001" })
      const before = await certificateCount()
      const future = addCalendarDays(today(), 3)
      const cases: [string, Record<string, unknown>, RegExp][] = [
        ["score above 100", { score: 101 }, /between 0 and 100/],
        ["score below 0", { score: -1 }, /between 0 and 100/],
        ["score not a number", { score: "chín mươi" }, /score/],
        ["stars contradicting the score", { score: 75, stars: 5 }, /contradict the score 75, which earns 4 stars/],
        ["score under 3 stars", { score: 45 }, /earns no certificate: OCOP certificates are issued from 3 stars/],
        ["5 stars by a province", { score: 92 }, /5-star certificate is issued by the central council/],
        ["4 stars by the central council", { issuing_level: "central" }, /central council certifies 5 stars only/],
        ["decision date in the future", { decision_date: future }, /is in the future/],
        ["impossible date", { decision_date: "2025-02-30" }, /real date written YYYY-MM-DD/],
        ["date in another format", { decision_date: "15/06/2025" }, /YYYY-MM-DD/],
        ["decision older than 36 months", { decision_date: monthsAgo(37) }, /ran out on/],
        ["unknown product group", { product_group: "jewellery" }, /product_group.*jewellery/],
        ["unknown level", { issuing_level: "district" }, /province, central.*issuing_level/],
        ["missing decision number", { decision_number: "" }, /decision number/],
        ["unknown field", { note: "x" }, /Unrecognized fields: 'note'/],
        ["evidence elsewhere", { evidence_url: "https://example.com/quyet-dinh.png" }, /uploaded through \/producer\/uploads/],
        ["evidence not a URL", { evidence_url: "quyet-dinh.png" }, /evidence_url/],
        ["duplicate certificate number of the same issuer", { certificate_number: "TQ-OCOP-2026-001", decision_number: "600/QĐ-UBND" }, /already has a certificate numbered/],
        ["same decision for the same product", { decision_number: "512/qđ-ubnd" }, /already submitted for this product/],
      ]
      for (const [i, [label, over, message]] of cases.entries()) {
        // Each case has its own decision, so only the fault under test can refuse it.
        const body = ocopBody(productId, evidence, { decision_number: `${i + 1}/QĐ-KT`, ...over })
        const res = await attempt(api.post("/producer/certificates", body, producer.auth))
        expect(res.status, `${label}: ${JSON.stringify(res.data)}`).toBe(400)
        expect(res.data.message, label).toMatch(message)
      }
      const notJson = await attempt(api.post("/producer/certificates", "score=90", { headers: { ...producer.auth.headers, "content-type": "text/plain" } }))
      expect(notJson.status).toBeGreaterThanOrEqual(400)
      expect(notJson.status).toBeLessThan(500)
      expect(await certificateCount()).toBe(before)
    })

    it("lets only officers verify: producer, customer and anonymous requests get 401", async () => {
      const certificate = await submit()
      const customer = bearer(await registerIdentity(api, "customer", "buyer@example.vn"))
      for (const auth of [producer.auth, customer, {}]) {
        for (const action of ["verify", "reject", "revoke"]) {
          const res = await attempt(api.post(`/admin/ocop/certificates/${certificate.id}/${action}`, { reason: "Tự duyệt" }, auth))
          expect(res.status, `${action} ${JSON.stringify(auth)}`).toBe(401)
        }
        expect((await attempt(api.get("/admin/ocop/certificates", auth))).status).toBe(401)
        expect((await attempt(api.post("/admin/geo-marks", {}, auth))).status).toBe(401)
      }
      // A store request with the publishable key is no officer either.
      expect((await attempt(api.post(`/admin/ocop/certificates/${certificate.id}/verify`, {}, storeHeaders(market.publishableKey)))).status).toBe(401)
      expect((await attempt(api.post(`/store/ocop/certificates/${certificate.id}/verify`, {}, storeHeaders(market.publishableKey)))).status).toBe(404)
      expect((await api.get(`/producer/certificates/${certificate.id}`, producer.auth)).data.certificate.status).toBe("submitted")
    })

    it("keeps producers to their own products and certificates", async () => {
      const certificate = await submit()
      const other = await approvedProducer(api, officer, "ho-mat-ong-meo-vac", "meovac@example.vn")
      const seen = await attempt(api.get(`/producer/certificates/${certificate.id}`, other.auth))
      const missing = await attempt(api.get("/producer/certificates/ocop_01JNOTACERTIFICATE0000000000", other.auth))
      expect(seen.status).toBe(404)
      expect(missing.status).toBe(404)
      expect(String(seen.data.message).replaceAll(certificate.id, "<id>")).toBe(String(missing.data.message).replaceAll("ocop_01JNOTACERTIFICATE0000000000", "<id>"))
      expect((await api.get("/producer/certificates", other.auth)).data.certificates).toEqual([])
      const otherEvidence = await uploadEvidence(api, other.auth)
      const before = await certificateCount()
      const foreign = await attempt(api.post("/producer/certificates", ocopBody(productId, otherEvidence, { decision_number: "9/QĐ" }), other.auth))
      expect(foreign.status).toBe(404)
      expect(foreign.data.message).toMatch(/was not found/)
      expect(await certificateCount()).toBe(before)
    })
  },
})
