import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import ExcelJS from "exceljs"
import { attempt, bearer, officerHeaders, producerLogin } from "../../helpers/auth"
import { CERTIFICATES, CRAFT_NAMES, inYear, monthOf, ORDERS, PRODUCTS, RIGHTS, SCANS, seedProgram, today, VILLAGES, YEAR, type ProgramSeed } from "./fixtures"

/*
 * Every expected figure below is worked out here from the seeded rows, with the plan's
 * rules written out plainly, never copied from the code under test.
 */
const villageOfProduct = (key: string): string => PRODUCTS.find((p) => p.key === key)!.village
const craftOfProduct = (key: string): string => PRODUCTS.find((p) => p.key === key)!.craft

/** Villages with a product whose certificate is verified and valid through today. */
const ocopVillages = new Set<string>(CERTIFICATES.filter((c) => c.status === "verified" && c.valid_until >= today()).map((c) => villageOfProduct(c.product)))
/** Villages with a product claiming a mark its producer has a current right to. */
const markVillages = new Set<string>(
  RIGHTS.filter((r) => r.claims && r.status === "current" && (!r.expires_at || r.expires_at >= today())).map((r) => villageOfProduct(r.product))
)
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0)
const percent = (n: number, d: number) => Math.round((n * 1000) / d) / 10
const expected = {
  effective: VILLAGES.filter((v) => v.status === "effective").length,
  ocop: VILLAGES.filter((v) => ocopVillages.has(v.handle)).length,
  mark: VILLAGES.filter((v) => markVillages.has(v.handle)).length,
  trained: sum(VILLAGES.map((v) => v.workers_trained)),
  workers: sum(VILLAGES.map((v) => v.workers)),
  compliant: sum(VILLAGES.map((v) => v.households_env_compliant)),
  households: sum(VILLAGES.map((v) => v.households)),
  recognised: VILLAGES.filter((v) => v.decision_date?.startsWith(String(YEAR))).length,
  tourism: VILLAGES.filter((v) => v.tourism).length,
  atRiskVillages: VILLAGES.filter((v) => v.status === "at_risk" || v.status === "dormant").map((v) => v.handle).sort(),
  crafts: new Set(VILLAGES.flatMap((v) => v.crafts)),
  atRiskCrafts: [...new Set(VILLAGES.filter((v) => v.status === "at_risk" || v.status === "dormant").flatMap((v) => v.crafts))].sort(),
}
const liveOrders = ORDERS.filter((o) => !o.canceled && inYear(o.at))
const yearScans = SCANS.filter((s) => inYear(s.at))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let officer: { headers: Record<string, string> }
    let seed: ProgramSeed

    beforeEach(async () => {
      officer = await officerHeaders(getContainer())
      seed = await seedProgram(getContainer())
    })

    it("computes every target of the plan from the data, for the province, per commune and per craft", async () => {
      const res = await api.get(`/admin/program/dashboard?year=${YEAR}`, officer)
      expect(res.status).toBe(200)
      const kpi = (id: string) => res.data.kpis.find((k: any) => k.id === id)
      expect(res.data.village_count).toBe(VILLAGES.length)

      // 6 of 8 effective is 75%: short of "over 80%".
      expect(kpi("villages_effective").value).toEqual({ numerator: expected.effective, denominator: 8, percent: percent(expected.effective, 8) })
      expect(kpi("villages_effective").value.percent).toBe(75)
      expect(kpi("villages_effective").status).toBe(expected.effective * 100 > 80 * 8 ? "met" : "short")
      expect(kpi("villages_effective").status).toBe("short")
      expect(kpi("villages_effective").gap.count).toBe(Math.floor((80 * 8) / 100) + 1 - expected.effective)

      expect(kpi("villages_with_ocop_product").value).toEqual({ numerator: expected.ocop, denominator: 8, percent: percent(expected.ocop, 8) })
      expect(kpi("villages_with_ocop_product").status).toBe(expected.ocop === 8 ? "met" : "short")
      expect(kpi("villages_with_ocop_product").lagging_villages.sort()).toEqual(VILLAGES.filter((v) => !ocopVillages.has(v.handle)).map((v) => v.handle).sort())
      expect(kpi("villages_with_protected_mark").value).toEqual({ numerator: expected.mark, denominator: 8, percent: percent(expected.mark, 8) })
      expect(kpi("villages_with_protected_mark").status).toBe(expected.mark * 100 >= 80 * 8 ? "met" : "short")

      expect(kpi("workers_trained").value.numerator).toBe(expected.trained)
      expect(kpi("workers_trained").value.denominator).toBe(expected.workers)
      expect(kpi("workers_trained").status).toBe(expected.trained >= expected.workers ? "met" : "short")
      expect(kpi("households_env_compliant").value).toMatchObject({ numerator: expected.compliant, denominator: expected.households })
      expect(kpi("crafts_at_risk").value).toMatchObject({ numerator: expected.atRiskCrafts.length, denominator: expected.crafts.size })
      expect(kpi("crafts_at_risk").status).toBe("tracked")
      expect(kpi("villages_recognised").value.numerator).toBe(expected.recognised)
      expect(kpi("villages_with_tourism").value.numerator).toBe(expected.tourism)

      // Per commune and per craft: each group's effective villages, counted here.
      for (const group of res.data.by_commune) {
        const members = VILLAGES.filter((v) => v.commune === group.key)
        expect(members.length, group.key).toBeGreaterThan(0)
        expect(group.kpis.find((k: any) => k.id === "villages_effective").value).toMatchObject({
          numerator: members.filter((v) => v.status === "effective").length,
          denominator: members.length,
        })
      }
      expect(res.data.by_commune.map((g: any) => g.key).sort()).toEqual([...new Set(VILLAGES.map((v) => v.commune))].sort())
      for (const group of res.data.by_craft) {
        const members = VILLAGES.filter((v) => v.crafts.includes(group.key))
        expect(group.kpis.find((k: any) => k.id === "villages_with_ocop_product").value.numerator).toBe(members.filter((v) => ocopVillages.has(v.handle)).length)
      }

      expect(res.data.at_risk.villages.map((v: any) => v.handle).sort()).toEqual(expected.atRiskVillages)
      expect(res.data.at_risk.crafts.map((c: any) => c.craft).sort()).toEqual(expected.atRiskCrafts)
      expect(res.data.data_errors).toEqual([])
    })

    it("sums this year's sales by month per village, craft and OCOP stars, leaving out canceled orders, and counts scans per month", async () => {
      const { data } = await api.get(`/admin/program/dashboard?year=${YEAR}`, officer)
      const key = (...parts: unknown[]) => parts.join("|")
      const expectSeries = (rows: any[], groupOf: (o: (typeof ORDERS)[number]) => unknown, field: string) => {
        const want = new Map<string, { quantity: number; revenue: number }>()
        for (const o of liveOrders) {
          const k = key(monthOf(o.at), o.currency, groupOf(o))
          const w = want.get(k) ?? { quantity: 0, revenue: 0 }
          w.quantity += o.quantity
          w.revenue += o.quantity * o.unit_price
          want.set(k, w)
        }
        const got = new Map(rows.map((r) => [key(r.month, r.currency_code, r[field]), { quantity: r.quantity, revenue: r.revenue }]))
        expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want))
      }
      expectSeries(data.sales.by_village, (o) => villageOfProduct(o.product), "village_handle")
      expectSeries(data.sales.by_craft, (o) => craftOfProduct(o.product), "craft")
      const starsOf = (product: string) =>
        CERTIFICATES.find((c) => c.product === product && c.status === "verified" && c.valid_until >= today())?.stars ?? null
      expectSeries(data.sales.by_ocop_stars, (o) => starsOf(o.product), "ocop_stars")
      // The chart's labels: each village's own name, each craft's category name.
      expect(data.labels.villages).toEqual(Object.fromEntries(VILLAGES.map((v) => [v.handle, v.name])))
      for (const point of data.sales.by_craft.filter((p: any) => p.craft)) {
        expect(data.labels.crafts[point.craft]?.vi, point.craft).toBe(CRAFT_NAMES[point.craft])
      }

      const months = new Map<string, number>()
      for (const s of yearScans) months.set(monthOf(s.at), (months.get(monthOf(s.at)) ?? 0) + 1)
      expect(data.scans.total).toBe(yearScans.length)
      expect(data.scans.by_month).toEqual([...months].sort().map(([month, scans]) => ({ month, scans })))
    })

    it("writes the yearly report as XLSX with the targets, villages, certificates, sales and scans", async () => {
      const res = await api.get(`/admin/program/report?year=${YEAR}&format=xlsx`, { ...officer, responseType: "arraybuffer" })
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toContain("spreadsheetml")
      expect(res.headers["content-disposition"]).toContain(`bao-cao-lang-nghe-${YEAR}.xlsx`)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(res.data)
      const rowsOf = (name: string) => {
        const sheet = workbook.getWorksheet(name)!
        expect(sheet, name).toBeTruthy()
        const header = (sheet.getRow(2).values as any[]).slice(1)
        const rows: Record<string, any>[] = []
        sheet.eachRow((row, n) => {
          if (n <= 2) return
          const values = (row.values as any[]).slice(1)
          rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])))
        })
        return rows
      }

      const targets = rowsOf("Chỉ tiêu")
      const effective = targets.find((r) => r["Chỉ tiêu"] === "Làng nghề được công nhận hoạt động hiệu quả")!
      expect(effective).toMatchObject({ "Kết quả": expected.effective, "Trên tổng số": 8, "Tỷ lệ (%)": expected.effective / 8, "Đánh giá": "Chưa đạt" })
      expect(workbook.getWorksheet("Chỉ tiêu")!.getRow(2).getCell(1).font?.bold).toBe(true)
      expect(workbook.getWorksheet("Chỉ tiêu")!.getCell("E3").numFmt).toBe("0.0%")
      const trained = targets.find((r) => String(r["Chỉ tiêu"]).startsWith("Lao động làng nghề được đào tạo"))!
      expect(trained).toMatchObject({ "Kết quả": expected.trained, "Trên tổng số": expected.workers })

      const villages = rowsOf("Làng nghề")
      expect(villages.map((v) => v["Mã làng"]).sort()).toEqual(VILLAGES.map((v) => v.handle).sort())
      const lungTam = villages.find((v) => v["Mã làng"] === "lang-det-lanh-lung-tam")!
      expect(lungTam).toMatchObject({ "Số lao động": 45, "Số lao động được đào tạo": 10, "Tình trạng hoạt động": "Có nguy cơ mai một" })

      const issued = rowsOf("Chứng nhận cấp trong năm")
      expect(issued.map((c) => c["Số giấy chứng nhận"]).filter((n) => String(n).startsWith("OCOP")).sort()).toEqual(
        CERTIFICATES.filter((c) => c.status === "verified" && c.decision_date.startsWith(String(YEAR))).map((c) => c.number).sort()
      )

      const salesByVillage = rowsOf("Doanh số theo làng")
      const vndTotal = salesByVillage.find((r) => r["Làng nghề"] === "Tổng cộng" && r["Tiền tệ"] === "VND")!
      const vndOrders = liveOrders.filter((o) => o.currency === "vnd")
      expect(vndTotal).toMatchObject({ "Số lượng bán": sum(vndOrders.map((o) => o.quantity)), "Doanh thu": sum(vndOrders.map((o) => o.quantity * o.unit_price)) })

      const scans = rowsOf("Lượt quét mã")
      const scanTotal = scans.find((r) => r["Làng nghề"] === "Tổng cộng")!
      expect(scanTotal).toMatchObject({
        "Lượt quét": yearScans.length,
        "Lượt quét lần đầu": yearScans.filter((s) => s.verdict === "first_scan").length,
        "Lượt quét đáng ngờ": yearScans.filter((s) => s.verdict === "chain_broken").length,
      })
    })

    it("writes the yearly report as a PDF whose first table is the plan's targets, in Vietnamese", async () => {
      const res = await api.get(`/admin/program/report?year=${YEAR}&format=pdf`, { ...officer, responseType: "arraybuffer" })
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toBe("application/pdf")
      expect(res.headers["content-disposition"]).toContain(`bao-cao-lang-nghe-${YEAR}.pdf`)
      // No pdftotext on these machines: mupdf (WebAssembly, from npm) renders and reads the text.
      const mupdf = await import("mupdf")
      const doc = mupdf.Document.openDocument(Buffer.from(res.data), "application/pdf")
      const pages = doc.countPages()
      expect(pages).toBeGreaterThan(0)
      const first = doc.loadPage(0)
      const pixmap = first.toPixmap(mupdf.Matrix.scale(1, 1), mupdf.ColorSpace.DeviceRGB, false)
      expect(pixmap.getWidth()).toBeGreaterThan(pixmap.getHeight()) // A4 landscape
      const text = Array.from({ length: pages }, (_, i) => doc.loadPage(i).toStructuredText("preserve-whitespace").asText())
        .join("\n")
        .replace(/\s+/g, " ")
      const firstPage = first.toStructuredText("preserve-whitespace").asText().replace(/\s+/g, " ")
      expect(firstPage).toContain(`Báo cáo kết quả thực hiện Kế hoạch bảo tồn và phát triển làng nghề năm ${YEAR}`)
      expect(firstPage).toContain("Kết quả thực hiện các chỉ tiêu của Kế hoạch")
      expect(firstPage).toContain("Làng nghề được công nhận hoạt động hiệu quả")
      expect(firstPage).toContain("Trên 80% (6/8 làng)")
      // The targets row reads across: indicator, target, result, out of, share, assessment, gap.
      const gap = Math.floor((80 * 8) / 100) + 1 - expected.effective
      expect(firstPage).toContain(
        `Làng nghề được công nhận hoạt động hiệu quả Trên 80% (6/8 làng) ${expected.effective} 8 ${percent(expected.effective, 8)}% Chưa đạt Cần thêm ${gap} làng hoạt động hiệu quả`
      )
      expect(firstPage).toContain(
        `Làng nghề được công nhận có ít nhất một sản phẩm OCOP 100% ${expected.ocop} 8 ${String(percent(expected.ocop, 8)).replace(".", ",")}% Chưa đạt`
      )
      expect(firstPage.indexOf("Kết quả thực hiện các chỉ tiêu")).toBeLessThan(Math.max(0, firstPage.indexOf("Số liệu từng làng nghề")) || Infinity)
      expect(text).toContain("Làng dệt lanh Lùng Tám")
      expect(text).toContain(`Trang 1/${pages}`)
    })

    it("refuses a year outside the plan, a bad format, and anyone who is not an officer", async () => {
      for (const [path, message] of [
        ["/admin/program/dashboard?year=2019", /2021 đến 2030|2021 to 2030/],
        ["/admin/program/dashboard?year=abc", /2021 to 2030/],
        ["/admin/program/report?year=2031&format=xlsx", /2021 to 2030/],
        ["/admin/program/report?year=2026&format=docx", /format must be "xlsx" or "pdf"/],
        ["/admin/program/report?year=2026", /format/],
        ["/admin/program/dashboard?year=2026&extra=1", /extra|Unrecognized/i],
      ] as const) {
        const res = await attempt(api.get(path, officer))
        expect(res.status, path).toBe(400)
        expect(res.data.message, path).toMatch(message)
      }
      const token = await producerLogin(api, getContainer(), seed.producerIds["hong-thai"]!, "member@example.vn")
      for (const path of ["/admin/program/dashboard", "/admin/program/report?format=pdf", "/admin/program/village-import/template"]) {
        expect((await attempt(api.get(path))).status, path).toBe(401)
        expect((await attempt(api.get(path, bearer(token)))).status, path).toBe(401)
      }
    })
  },
})
