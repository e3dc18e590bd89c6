import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Ajv2020 from "ajv/dist/2020"
import Ajv from "ajv"
import addFormats from "ajv-formats"
import { attempt, officerHeaders } from "../../helpers/auth"
import { ocopBody, uploadEvidence } from "../certificates/fixtures"
import { approvedProducer, productBody, setUpMarketplace } from "../producer/fixtures"
import { eventually } from "../../helpers/eventually"

// The official schema, kept unedited in the repository (standards/README.md says where from).
const SCHEMA_PATH = resolve(__dirname, "../../../../standards/epcis/EPCIS-JSON-Schema.json")

/** An ajv validator for the official EPCIS 2.0 JSON schema, read from the standards folder. */
function epcisValidator() {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8"))
  const draft2020 = String(schema.$schema ?? "").includes("2020")
  const ajv = draft2020 ? new Ajv2020({ strict: false, allErrors: true }) : new Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  return ajv.compile(schema)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let producer: Awaited<ReturnType<typeof approvedProducer>>
    let storeHeaders: { headers: Record<string, string> }
    let variantId: string
    let gtinVariantId: string
    const GTIN = "8938532019998"

    beforeEach(async () => {
      const container = getContainer()
      const market = await setUpMarketplace(container)
      storeHeaders = { headers: { "x-publishable-api-key": market.publishableKey } }
      const officer = await officerHeaders(container)
      producer = await approvedProducer(api, officer, "htx-che-hong-thai", "a@example.vn")
      const product = (
        await api.post(
          "/producer/products",
          productBody({
            status: "published",
            variants: [
              { title_vi: "Hộp 100 g", sku: "TRACE-100", price_vnd: 150000, stock: 8 },
              { title_vi: "Hộp 200 g", sku: "TRACE-200", price_vnd: 280000, stock: 8, gtin: GTIN },
            ],
          }),
          producer.auth
        )
      ).data.product
      variantId = product.variants.find((v: any) => v.sku === "TRACE-100").id
      gtinVariantId = product.variants.find((v: any) => v.sku === "TRACE-200").id
    })

    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    async function lotWithJourney(variant = variantId, steps = ["harvesting", "withering", "rolling", "drying", "packing"]) {
      const lot = (await api.post("/producer/trace/lots", { variant_id: variant, quantity: 50, uom: "hộp", produced_at: "2026-10-12" }, producer.auth)).data.lot
      for (const [i, step] of steps.entries()) {
        await api.post(
          `/producer/trace/lots/${lot.id}/events`,
          { step, event_time: `2026-10-1${i}T08:00:00+07:00`, place_name: "Xã Hồng Thái", note: `Bước ${i + 1}`, outputs: [{ label: "Chè", quantity: 10 - i, uom: "kg" }] },
          producer.auth
        )
      }
      return lot
    }

    it("previews on the product page the product's trace code and its latest lot with recorded steps", async () => {
      const productId = (await pg()("product_variant").where({ id: variantId }).first("product_id")).product_id
      const before = (await api.get(`/store/product-traces/${productId}`, storeHeaders)).data.trace_preview
      expect(before).toMatchObject({ product_code: expect.stringMatching(/^[2-9A-HJ-NP-Z]{12}$/), lot_count: 0, latest_lot: null })
      const older = await lotWithJourney(variantId, ["harvesting"])
      await pg()("lot").where({ id: older.id }).update({ produced_at: new Date("2026-09-01T00:00:00Z") })
      const latest = await lotWithJourney(gtinVariantId, ["harvesting", "drying"])
      // A lot with no step yet has nothing to show.
      await api.post("/producer/trace/lots", { variant_id: variantId, quantity: 5, uom: "hộp", produced_at: "2026-11-20" }, producer.auth)
      const after = (await api.get(`/store/product-traces/${productId}`, storeHeaders)).data.trace_preview
      expect(after.lot_count).toBe(2)
      expect(after.latest_lot).toMatchObject({ code: latest.code, lot_number: latest.lot_number, event_count: 2 })
      const missing = await api.get(`/store/product-traces/prod_none`, storeHeaders).catch((e: any) => e.response)
      expect(missing.status).toBe(404)
    })

    it("gives every variant a product-level trace code when it is created, and none is left without one", async () => {
      const rows = await pg()("product_variant as v")
        .leftJoin("product_product_variant_traceability_trace_code as vc", "vc.product_variant_id", "v.id")
        .leftJoin("trace_code as tc", "tc.id", "vc.trace_code_id")
        .whereNull("v.deleted_at")
        .select("v.id", "tc.code", "tc.kind")
      expect(rows.length).toBeGreaterThanOrEqual(2)
      for (const row of rows) {
        expect(row.code, `variant ${row.id} has no trace code`).toMatch(/^[2-9A-HJ-NP-Z]{12}$/)
        expect(row.kind).toBe("product")
      }
      expect(new Set(rows.map((r: any) => r.code)).size).toBe(rows.length)
      // A variant added later through the admin API gets one too.
      const officer = await officerHeaders(getContainer())
      const productId = (await pg()("product_variant").where({ id: variantId }).first("product_id")).product_id
      const added = await api.post(
        `/admin/products/${productId}/variants`,
        { title: "Hộp 500 g", sku: "TRACE-500", options: { "Quy cách": "Hộp 500 g" }, prices: [{ amount: 600000, currency_code: "vnd" }] },
        officer
      ).catch((e: any) => e.response)
      if (added.status === 200) {
        const newVariant = added.data.product.variants.find((v: any) => v.sku === "TRACE-500")
        const code = await pg()("product_product_variant_traceability_trace_code").where({ product_variant_id: newVariant.id }).first()
        expect(code).toBeTruthy()
      } else {
        // The product's option set may not accept the value; the creation hook is still proven above.
        console.log(`admin variant creation answered ${added.status}: ${JSON.stringify(added.data)}`)
      }
    })

    it("resolves a GTIN, lot and serial to the most specific known level and walks up from unknown ones", async () => {
      const lot = await lotWithJourney(gtinVariantId, ["harvesting", "packing"])
      await api.post(`/producer/trace/lots/${lot.id}/serials`, { count: 3 }, producer.auth)
      const serials = (await api.get(`/producer/trace/lots/${lot.id}/serials`, producer.auth)).data.serials
      expect(serials).toHaveLength(3)
      expect(serials[0].url).toMatch(new RegExp(`/01/0${GTIN}/10/${lot.lot_number}/21/${serials[0].code}$`))

      const unit = (await api.get(`/trace/resolve?gtin=0${GTIN}&lot=${lot.lot_number}&serial=${serials[0].code}`, storeHeaders)).data.resolution
      expect(unit).toMatchObject({ level: "unit", code: serials[0].code, lot_number: lot.lot_number, unknown_lot: null, unknown_serial: null })
      expect(unit.levels.map((l: any) => l.level)).toEqual(["product", "lot", "unit"])

      const unknownSerial = (await api.get(`/trace/resolve?gtin=0${GTIN}&lot=${lot.lot_number}&serial=NOSUCHSERIAL2`, storeHeaders)).data.resolution
      expect(unknownSerial).toMatchObject({ level: "lot", code: lot.code, unknown_serial: "NOSUCHSERIAL2" })
      const unknownLot = (await api.get(`/trace/resolve?gtin=0${GTIN}&lot=NOLOT&serial=${serials[0].code}`, storeHeaders)).data.resolution
      expect(unknownLot).toMatchObject({ level: "product", unknown_lot: "NOLOT" })

      expect((await attempt(api.get(`/trace/resolve?gtin=08938532019981`, storeHeaders))).status).toBe(404)
      expect((await attempt(api.get(`/trace/resolve?code=ZZZZZZZZZZZZ`, storeHeaders))).status).toBe(404)
      for (const bad of ["gtin=123", "gtin=0893853201999&code=ABCDEFGHJKLM", "code=abc", "lot=X", "gtin=08938532019981&extra=1"]) {
        const res = await attempt(api.get(`/trace/resolve?${bad}`, storeHeaders))
        expect(res.status, bad).toBe(400)
      }
    })

    it("records every scan of a burst (batched writes lose none) and shows first scan, then scanned N times", async () => {
      const lot = await lotWithJourney()
      await api.post(`/producer/trace/lots/${lot.id}/serials`, { count: 1 }, producer.auth)
      const [serial] = (await api.get(`/producer/trace/lots/${lot.id}/serials`, producer.auth)).data.serials
      const view = async () => (await api.get(`/trace/codes/${serial.code}`, storeHeaders)).data.trace
      expect((await view()).verdict.kind).toBe("not_scanned")

      await api.get(`/trace/resolve?code=${serial.code}&record=1`, { headers: { ...storeHeaders.headers, "cf-ipcountry": "VN" } })
      const first = await view()
      expect(first.verdict).toMatchObject({ kind: "first_scan", count: 1 })

      const burst = 300
      await Promise.all(Array.from({ length: burst }, () => api.get(`/trace/resolve?code=${lot.code}&record=1`, storeHeaders)))
      const stored = async () =>
        Number((await pg()("scan as s").join("trace_code as tc", "tc.id", "s.trace_code_id").where("tc.code", lot.code).count({ n: "s.id" }))[0]!.n)
      expect(await eventually(stored, burst)).toBe(burst)
      const aggregate = await pg()("trace_code").where({ code: lot.code }).first("scan_count", "first_scanned_at")
      expect(aggregate.scan_count).toBe(burst)
      expect(aggregate.first_scanned_at).toBeTruthy()

      for (let i = 0; i < 6; i++) await api.get(`/trace/resolve?code=${serial.code}&record=1`, { headers: { ...storeHeaders.headers, "cf-ipcountry": i % 2 ? "VN" : "FR" } })
      const serialScans = async () => (await pg()("trace_code").where({ code: serial.code }).first("scan_count")).scan_count
      expect(await eventually(serialScans, 7)).toBe(7)
      const repeated = await view()
      expect(repeated.verdict.kind).toBe("scanned_before")
      expect(repeated.verdict.count).toBe(7)
      expect(repeated.verdict.warnings).toEqual(expect.arrayContaining(["many_scans", "far_apart"]))
      // The producer sees the scans per lot and per product.
      const totals = (await api.get("/producer/trace/scans", producer.auth)).data
      expect(totals.lots.find((l: any) => l.lot_id === lot.id).scan_count).toBe(burst + 7)
    })

    it("takes scan batches only from the trace edge (its key), records each one and serves the live parts of a page", async () => {
      const lot = await lotWithJourney(gtinVariantId, ["harvesting", "packing"])
      await api.post(`/producer/trace/lots/${lot.id}/serials`, { count: 1 }, producer.auth)
      const [serial] = (await api.get(`/producer/trace/lots/${lot.id}/serials`, producer.auth)).data.serials
      const at = new Date().toISOString()
      const scans = [
        ...Array.from({ length: 40 }, () => ({ identifier: { code: lot.code }, at, headers: { "cf-ipcountry": "VN" } })),
        { identifier: { gtin: `0${GTIN}`, lot: lot.lot_number, serial: serial.code }, at, headers: { "user-agent": "test" } },
        { identifier: { code: "ZZZZZZZZZZZZ" }, at, headers: {} },
      ]
      const previous = process.env.TRACE_EDGE_KEY
      try {
        delete process.env.TRACE_EDGE_KEY
        const off = await attempt(api.post("/trace/scans", { scans }, { headers: { "x-trace-edge-key": "anything" } }))
        expect(off.status, JSON.stringify(off.data)).toBe(403)
        process.env.TRACE_EDGE_KEY = "edge-key-for-tests"
        for (const headers of [{}, { "x-trace-edge-key": "wrong-key-for-tests" }]) {
          const refused = await attempt(api.post("/trace/scans", { scans }, { headers }))
          expect(refused.status).toBe(401)
          expect(refused.data.message).toMatch(/x-trace-edge-key/)
        }
        const edge = { headers: { "x-trace-edge-key": "edge-key-for-tests" } }
        for (const bad of [{ scans: [] }, { scans: [{ identifier: { code: "abc" }, at, headers: {} }] }, { scans: [{ identifier: { code: lot.code }, at: "yesterday" }] }, { scans, extra: 1 }]) {
          const res = await attempt(api.post("/trace/scans", bad, edge))
          expect(res.status, JSON.stringify(bad).slice(0, 80)).toBe(400)
        }
        const taken = (await api.post("/trace/scans", { scans }, edge)).data
        expect(taken).toEqual({ recorded: 41, unknown: 1 })
        // A batch the edge sends again (it gave up waiting on an answer, the backend had
        // taken the first sending) carries the same scan ids, and is written once.
        const stamp = Date.now().toString(36).toUpperCase()
        const again = Array.from({ length: 5 }, (_, i) => ({ identifier: { code: serial.code }, at, headers: {}, id: `scan_EDGE${stamp}${String(i).padStart(8, "0")}` }))
        for (let sending = 0; sending < 3; sending++) expect((await api.post("/trace/scans", { scans: again }, edge)).data.recorded).toBe(5)
        const rows = () => pg()("scan").whereIn("id", again.map((scan) => scan.id)).count("id as n").first().then((r: any) => Number(r.n))
        expect(await eventually(rows, 5)).toBe(5)
        const serialCount = async () => (await pg()("trace_code").where({ code: serial.code }).first("scan_count")).scan_count
        expect(await eventually(serialCount, 6)).toBe(6)
        // Later sendings had time to land too: still once each.
        await new Promise((r) => setTimeout(r, 1_500))
        expect(await rows()).toBe(5)
        expect(await serialCount()).toBe(6)
      } finally {
        if (previous === undefined) delete process.env.TRACE_EDGE_KEY
        else process.env.TRACE_EDGE_KEY = previous
      }
      const count = async (code: string) => (await pg()("trace_code").where({ code }).first("scan_count")).scan_count
      expect(await eventually(() => count(lot.code), 40)).toBe(40)
      expect(await eventually(() => count(serial.code), 6)).toBe(6)
      const places = await pg()("scan as s").join("trace_code as tc", "tc.id", "s.trace_code_id").where("tc.code", lot.code).distinct("s.country")
      expect(places.map((p: any) => p.country)).toEqual(["VN"])

      // The live parts agree with the full view.
      const live = (await api.get(`/trace/codes/${serial.code}/live`)).data.live
      const full = (await api.get(`/trace/codes/${serial.code}`)).data.trace
      expect(live).toEqual({ code: serial.code, kind: "unit", chain: full.chain, scans: full.scans, verdict: full.verdict })
      expect(live.verdict).toMatchObject({ count: 6 })
      expect(live.chain).toMatchObject({ valid: true, length: 2 })
      expect((await attempt(api.get("/trace/codes/ZZZZZZZZZZZZ/live"))).status).toBe(404)
      expect((await attempt(api.get("/trace/codes/not-a-code/live"))).status).toBe(404)

      // With a locale, the stamp of everything else that language's page shows: the same
      // while nothing changes, another for the other language, a new one with a new event.
      const stamp = async (locale: string) => (await api.get(`/trace/codes/${serial.code}/live?locale=${locale}`)).data.live.page_stamp
      const vi = await stamp("vi")
      expect(vi).toMatch(/^[\w-]{22}$/)
      expect(await stamp("vi")).toBe(vi)
      expect(await stamp("en")).not.toBe(vi)
      await api.post(`/producer/trace/lots/${lot.id}/events`, { step: "packing", event_time: "2026-10-20T08:00:00+07:00", place_name: "Xã Hồng Thái" }, producer.auth)
      const now = await stamp("vi")
      expect(now).not.toBe(vi)
      // The full view carries the stamp of what it shows (the page renders it; the edge checks it).
      expect((await api.get(`/trace/codes/${serial.code}?locale=vi`)).data.trace.page_stamp).toBe(now)
      for (const bad of ["locale=fr", "locale=vi&x=1"]) expect((await attempt(api.get(`/trace/codes/${serial.code}/live?${bad}`))).status, bad).toBe(400)

      // The edge's batched read: for each code what the single read answers, in the order asked.
      const reads = [{ code: serial.code, locale: "vi" }, { code: lot.code }, { code: "ZZZZZZZZZZZZ", locale: "en" }, { code: serial.code, locale: "en" }, { code: lot.code, locale: "vi" }]
      const asked = (list: Array<{ code: string; locale?: string }>) => list.map((read) => (read.locale ? `${read.code}:${read.locale}` : read.code)).join(",")
      const lives = (await api.get(`/trace/live?reads=${asked(reads)}`)).data.lives
      expect(lives).toHaveLength(reads.length)
      for (const [i, read] of reads.entries()) {
        const single = await attempt(api.get(`/trace/codes/${read.code}/live${read.locale ? `?locale=${read.locale}` : ""}`))
        expect(lives[i], JSON.stringify(read)).toEqual(single.status === 200 ? single.data.live : null)
      }
      expect(lives[0].page_stamp).toBe(now)
      expect(lives[2]).toBeNull()
      const tooMany = asked(Array.from({ length: 101 }, () => ({ code: lot.code })))
      for (const bad of ["", "reads=", `reads=${tooMany}`, "reads=not-a-code", `reads=${lot.code}:fr`, `reads=${lot.code}:vi:en`, `reads=${lot.code},,${lot.code}`, `reads=${lot.code}&x=1`]) {
        const refused = await attempt(api.get(`/trace/live?${bad}`))
        expect(refused.status, bad.slice(0, 60)).toBe(400)
      }
      expect((await attempt(api.get(`/trace/live?reads=${tooMany}`))).data.message).toMatch(/100/)
    })

    it("shows a verified OCOP rating on the trace view and labels, and offers it as the resolver's certificationInfo link", async () => {
      const lot = await lotWithJourney(variantId, ["harvesting", "packing"])
      const productId = (await pg()("product_variant").where({ id: variantId }).first("product_id")).product_id
      const productCode = (await pg()("trace_code as tc").join("product_product_variant_traceability_trace_code as vc", "vc.trace_code_id", "tc.id").where("vc.product_variant_id", variantId).first("tc.code")).code
      // Resolutions and product facts (5 min each) are kept per key: "before" reads use keys the "after" reads do not.
      expect((await api.get(`/trace/resolve?code=${productCode}`)).data.resolution.has_certificates).toBe(false)
      expect((await api.get(`/trace/codes/${productCode}?locale=en`)).data.trace.certificates).toEqual([])

      const evidence = await uploadEvidence(api, producer.auth)
      const certificate = (await api.post("/producer/certificates", ocopBody(productId, evidence), producer.auth)).data.certificate
      await api.post(`/admin/ocop/certificates/${certificate.id}/verify`, {}, await officerHeaders(getContainer()))

      expect((await api.get(`/trace/resolve?code=${lot.code}`)).data.resolution.has_certificates).toBe(true)
      const [ocop] = (await api.get(`/trace/codes/${lot.code}?locale=vi`)).data.trace.certificates
      expect(ocop).toMatchObject({ kind: "ocop", stars: certificate.stars, issuer: "UBND tỉnh Tuyên Quang", number: certificate.certificate_number ?? "512/QĐ-UBND" })
      expect(ocop.url).toMatch(/^\/vi\/products\/.+#certificates$/)
      const svg = String((await api.get(`/producer/trace/lots/${lot.id}/labels?format=svg&size=30x40`, producer.auth)).data)
      expect(svg).toContain(`OCOP ${"★".repeat(certificate.stars)}`)
    })

    it("reports a broken chain when a stored event is changed or the last one deleted behind the application's back", async () => {
      const lot = await lotWithJourney()
      const view = async () => (await api.get(`/trace/codes/${lot.code}?locale=vi`, storeHeaders)).data.trace
      const intact = await view()
      expect(intact.chain).toMatchObject({ valid: true, length: 5 })
      expect(intact.events.map((e: any) => e.step)).toEqual(["harvesting", "withering", "rolling", "drying", "packing"])
      expect(intact.verdict.kind).not.toBe("chain_broken")

      await pg()("trace_event").where({ lot_id: lot.id, sequence: 3 }).update({ place_name: "Một nơi khác" })
      const edited = await view()
      expect(edited.chain).toMatchObject({ valid: false, broken_at: 3 })
      expect(edited.verdict.kind).toBe("chain_broken")
      expect((await api.get(`/producer/trace/lots/${lot.id}`, producer.auth)).data.lot.chain.valid).toBe(false)
      expect((await api.get("/producer/trace/lots", producer.auth)).data.lots.find((l: any) => l.id === lot.id).chain.valid).toBe(false)

      const other = await lotWithJourney()
      await pg()("trace_event").where({ lot_id: other.id, sequence: 5 }).delete()
      const truncated = (await api.get(`/trace/codes/${other.code}`, storeHeaders)).data.trace
      expect(truncated.chain.valid).toBe(false)
      expect(truncated.verdict.kind).toBe("chain_broken")
    })

    it("exports a lot as an EPCIS 2.0 document that the official JSON schema accepts", async () => {
      const validate = epcisValidator()
      for (const lot of [await lotWithJourney(), await lotWithJourney(gtinVariantId, ["harvesting", "dyeing", "weaving", "inspecting", "packing", "shipping"])]) {
        const res = await api.get(`/trace/lots/${lot.code}/epcis`, storeHeaders)
        expect(res.headers["content-type"]).toMatch(/application\/ld\+json/)
        const document = typeof res.data === "string" ? JSON.parse(res.data) : res.data
        expect(document.type).toBe("EPCISDocument")
        expect(JSON.stringify(document["@context"])).toContain("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld")
        expect(document.epcisBody.eventList.length).toBeGreaterThanOrEqual(2)
        const valid = validate(document)
        expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([])
        expect(valid).toBe(true)
      }
      // The producer's download is the same document.
      const lot = await lotWithJourney()
      const own = await api.get(`/producer/trace/lots/${lot.id}/epcis`, producer.auth)
      expect(validate(typeof own.data === "string" ? JSON.parse(own.data) : own.data)).toBe(true)
    })

    it("renders labels as SVG, PNG and PDF, and runs big sheets as a background job with progress", async () => {
      const lot = await lotWithJourney(variantId, ["harvesting"])
      const svg = await api.get(`/producer/trace/lots/${lot.id}/labels?format=svg&size=50x30`, producer.auth)
      expect(svg.headers["content-type"]).toMatch(/image\/svg\+xml/)
      expect(String(svg.data)).toContain("<svg")
      const png = await api.get(`/producer/trace/lots/${lot.id}/labels?format=png`, { ...producer.auth, responseType: "arraybuffer" })
      expect(Buffer.from(png.data).subarray(1, 4).toString()).toBe("PNG")
      const pdf = await api.get(`/producer/trace/lots/${lot.id}/labels?format=pdf&count=30`, { ...producer.auth, responseType: "arraybuffer" })
      expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")

      const tooMany = await attempt(api.get(`/producer/trace/lots/${lot.id}/labels?format=pdf&count=5000`, producer.auth))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/background label job/)

      await api.post(`/producer/trace/lots/${lot.id}/serials`, { count: 1200 }, producer.auth)
      const job = (await api.post("/producer/trace/label-jobs", { lot_id: lot.id, include_serials: true, size: "30x40" }, producer.auth)).data.job
      expect(job).toMatchObject({ status: "queued", total: 1200, done: 0 })
      const seen: number[] = []
      let last = job
      for (let i = 0; i < 300 && last.status !== "done" && last.status !== "failed"; i++) {
        await new Promise((r) => setTimeout(r, 100))
        last = (await api.get(`/producer/trace/label-jobs/${job.id}`, producer.auth)).data.job
        seen.push(last.progress)
      }
      expect(last.status, last.error).toBe("done")
      expect(last.progress).toBe(1)
      expect(last.file_url).toMatch(/\.pdf$/)
      expect(seen.every((p, i) => i === 0 || p >= seen[i - 1]!)).toBe(true)
    })

    it("stops resolving a kept label the moment its product is deleted", async () => {
      const lot = await lotWithJourney(variantId, ["harvesting"])
      const productId = (await pg()("product_variant").where({ id: variantId }).first("product_id")).product_id
      // Read twice, so the second answer comes from the kept resolution.
      for (let i = 0; i < 2; i++) expect((await api.get(`/trace/resolve?code=${lot.code}`)).data.resolution.code).toBe(lot.code)
      expect((await api.get(`/trace/live?reads=${lot.code}:vi`)).data.lives[0]).toMatchObject({ code: lot.code })
      await api.delete(`/producer/products/${productId}`, producer.auth)
      expect((await attempt(api.get(`/trace/resolve?code=${lot.code}`))).status).toBe(404)
      expect((await attempt(api.get(`/trace/codes/${lot.code}/live`))).status).toBe(404)
      expect((await api.get(`/trace/live?reads=${lot.code}:vi`)).data.lives).toEqual([null])
    })

    it("answers bad producer input with a 400 that says what to fix, and writes nothing", async () => {
      const lot = await lotWithJourney(variantId, ["harvesting"])
      const before = await pg()("trace_event").where({ lot_id: lot.id }).count({ n: "id" })
      const cases: [string, unknown, RegExp][] = [
        [`/producer/trace/lots/${lot.id}/events`, { step: "flying" }, /step/],
        [`/producer/trace/lots/${lot.id}/events`, { step: "drying", event_time: "2099-01-01T00:00:00Z" }, /future/],
        [`/producer/trace/lots/${lot.id}/events`, { step: "drying", photo_url: "not a url" }, /photo_url/],
        [`/producer/trace/lots/${lot.id}/serials`, { count: 0 }, /count|least/i],
        [`/producer/trace/lots/${lot.id}/serials`, { count: 10001 }, /10[,.]?000/],
        ["/producer/trace/lots", { variant_id: variantId, quantity: -1 }, /quantity/],
        ["/producer/trace/lots", { variant_id: variantId, quantity: 5, lot_number: "lô số 1/2" }, /Lot number/],
        ["/producer/trace/lots", { variant_id: variantId, quantity: 5, produced_at: "2026-10-10", expires_at: "2026-10-01" }, /expiry/],
        ["/producer/trace/lots", { variant_id: variantId, quantity: 5, lot_number: lot.lot_number }, /already used/],
        ["/producer/trace/zones", { name: "" }, /name/],
      ]
      for (const [url, body, message] of cases) {
        const res = await attempt(api.post(url, body, producer.auth))
        expect(res.status, `${url} ${JSON.stringify(body)}`).toBe(url.endsWith("/lots") && (body as any).lot_number === lot.lot_number ? 422 : 400)
        expect(String(res.data.message), url).toMatch(message)
      }
      expect(await pg()("trace_event").where({ lot_id: lot.id }).count({ n: "id" })).toEqual(before)
      expect(Number((await pg()("lot").count({ n: "id" }))[0]!.n)).toBe(1)
    })
  },
})
