import { describe, expect, it } from "vitest"
import fc from "fast-check"
import type { ProgramVillage } from "./kpi"
import {
  buildProgramYearReport,
  expiringWindow,
  vietnamYearOf,
  vietnamYearRange,
  type ProgramReportTableKey,
  type ProgramYearReport,
  type ProgramYearReportInput,
  type ReportCertificateRow,
  type ReportSalesRow,
} from "./report"

function village(handle: string, overrides: Partial<ProgramVillage> = {}): ProgramVillage {
  return {
    handle,
    name: `Làng ${handle}`,
    commune: "xã Hồng Thái",
    crafts: ["tea"],
    status: "effective",
    households: 10,
    workers: 20,
    workers_trained: 20,
    households_env_compliant: 10,
    tourism: false,
    decision_date: "2019-05-10",
    has_current_ocop_product: true,
    has_protected_mark_product: true,
    ...overrides,
  }
}

function certificate(number: string, overrides: Partial<ReportCertificateRow> = {}): ReportCertificateRow {
  return {
    kind: "ocop",
    number,
    product_title: "Chè Shan tuyết",
    producer_name: "HTX Sơn Trà",
    village_handle: "v1",
    stars: 4,
    mark_name: null,
    issued_on: "2026-06-01",
    valid_until: "2029-06-01",
    status: "verified",
    ...overrides,
  }
}

const eightVillages = Array.from({ length: 8 }, (_, i) =>
  village(`v${i + 1}`, { name: `Làng ${String.fromCharCode(65 + i)}`, status: i < 6 ? "effective" : "struggling" })
)

function input(overrides: Partial<ProgramYearReportInput> = {}): ProgramYearReportInput {
  return {
    year: 2026,
    as_of: "2026-11-14",
    province: "Tuyên Quang",
    villages: eightVillages,
    certificates: [],
    sales: [],
    scans: [],
    ...overrides,
  }
}

const table = (report: ProgramYearReport, key: ProgramReportTableKey) => report.tables.find((t) => t.key === key)!

describe("Vietnam's calendar year", () => {
  it("starts and ends at midnight UTC+7", () => {
    expect(vietnamYearRange(2026)).toEqual({ from: new Date("2025-12-31T17:00:00Z"), to: new Date("2026-12-31T17:00:00Z") })
    expect(vietnamYearOf(new Date("2025-12-31T17:00:00Z"))).toBe(2026)
    expect(vietnamYearOf(new Date("2025-12-31T16:59:59.999Z"))).toBe(2025)
    expect(vietnamYearRange(50).from.toISOString()).toBe("0049-12-31T17:00:00.000Z")
  })

  it("puts every instant in the year whose range holds it", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1980-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }), (instant) => {
        const year = vietnamYearOf(instant)
        const { from, to } = vietnamYearRange(year)
        expect(instant.getTime()).toBeGreaterThanOrEqual(from.getTime())
        expect(instant.getTime()).toBeLessThan(to.getTime())
      })
    )
  })

  it("refuses a year that is not a whole number", () => {
    expect(() => vietnamYearRange(2026.5)).toThrow(RangeError)
    expect(() => buildProgramYearReport(input({ as_of: "2026-02-30" }))).toThrow(RangeError)
  })
})

describe("expiringWindow", () => {
  it("covers the next calendar year once the reporting year is over", () => {
    expect(expiringWindow(2025, "2026-11-14")).toEqual({ from: "2026-01-01", to: "2026-12-31" })
  })

  it("starts on the report's day while the year is still running", () => {
    expect(expiringWindow(2026, "2026-11-14")).toEqual({ from: "2026-11-14", to: "2027-11-13" })
  })

  it("never starts before the reporting year", () => {
    expect(expiringWindow(2027, "2026-11-14")).toEqual({ from: "2027-01-01", to: "2027-12-31" })
  })
})

describe("buildProgramYearReport", () => {
  it("opens with the targets table, showing the issue's 6 of 8 as 75%, short by 1", () => {
    const report = buildProgramYearReport(input())
    expect(report.title.vi).toBe("Báo cáo kết quả thực hiện Kế hoạch bảo tồn và phát triển làng nghề năm 2026 – tỉnh Tuyên Quang")
    expect(report.period).toEqual({ from: "2026-01-01", to: "2026-12-31", time_zone: "Asia/Ho_Chi_Minh" })
    const targets = table(report, "targets")
    expect(report.tables[0]).toBe(targets)
    expect(targets.columns.map((c) => c.label.vi)).toEqual([
      "Chỉ tiêu",
      "Mục tiêu",
      "Kết quả",
      "Trên tổng số",
      "Tỷ lệ (%)",
      "Đánh giá",
      "Còn thiếu",
      "Nguồn số liệu",
    ])
    expect(targets.rows[0]).toMatchObject({
      indicator: { vi: "Làng nghề được công nhận hoạt động hiệu quả" },
      target: { vi: "Trên 80% (6/8 làng)" },
      numerator: 6,
      denominator: 8,
      percent: 75,
      status: { vi: "Chưa đạt", en: "Short" },
      gap: { vi: "Cần thêm 1 làng hoạt động hiệu quả", en: "1 more effective village needed" },
    })
    expect(targets.rows).toHaveLength(8)
  })

  it("lists certificates issued in the year by decision day, leaving out applications never issued", () => {
    const report = buildProgramYearReport(
      input({
        certificates: [
          certificate("B-2", { issued_on: "2026-12-31" }),
          certificate("A-1", { issued_on: "2026-01-01", status: "expired" }),
          certificate("C-3", { issued_on: "2025-12-31" }),
          certificate("D-4", { issued_on: "2026-05-05", status: "submitted" }),
          certificate("E-5", { issued_on: "2026-05-05", status: "rejected" }),
          certificate("F-6", {
            kind: "geographic_indication",
            mark_name: "Chè Shan tuyết Na Hang",
            stars: null,
            issued_on: "2026-03-03",
            valid_until: null,
            status: "current",
            village_handle: null,
          }),
        ],
      })
    )
    const issued = table(report, "certificates_issued")
    expect(issued.rows.map((r) => r.number)).toEqual(["A-1", "F-6", "B-2"])
    expect(issued.rows[1]).toMatchObject({
      kind: { vi: "Quyền sử dụng chỉ dẫn địa lý", en: "Right to use a geographical indication" },
      mark: "Chè Shan tuyết Na Hang",
      village: { vi: "Không gắn với làng nghề" },
      status: { vi: "Còn hiệu lực" },
    })
    expect(issued.rows[0]).toMatchObject({ village: "Làng A", stars: 4, issued_on: "2026-01-01", status: { en: "Expired" } })
  })

  it("lists certificates running out in the window, but not revoked ones or rights with no end date", () => {
    const report = buildProgramYearReport(
      input({
        certificates: [
          certificate("in-1", { valid_until: "2026-12-20" }),
          certificate("in-2", { valid_until: "2027-11-13" }),
          certificate("edge", { valid_until: "2026-11-14" }),
          certificate("late", { valid_until: "2027-11-14" }),
          certificate("past", { valid_until: "2026-11-13" }),
          certificate("revoked", { valid_until: "2027-01-01", status: "revoked" }),
          certificate("forever", { valid_until: null, kind: "collective_mark", status: "current" }),
        ],
      })
    )
    expect(report.expiring_window).toEqual({ from: "2026-11-14", to: "2027-11-13" })
    const expiring = table(report, "certificates_expiring")
    expect(expiring.rows.map((r) => r.number)).toEqual(["edge", "in-1", "in-2"])
    expect(expiring.title.vi).toBe("Giấy chứng nhận hết hiệu lực từ 14/11/2026 đến 13/11/2027")
  })

  it("sums sales by village, craft and OCOP stars, each currency on its own", () => {
    const sales: ReportSalesRow[] = [
      { village_handle: "v2", craft: "tea", ocop_stars: 4, currency_code: "vnd", quantity: 10, revenue: 1_500_000 },
      { village_handle: "v1", craft: "tea", ocop_stars: 5, currency_code: "vnd", quantity: 2, revenue: 400_000 },
      { village_handle: "v1", craft: "brocade", ocop_stars: null, currency_code: "VND", quantity: 1, revenue: 850_000 },
      { village_handle: "v1", craft: "tea", ocop_stars: 5, currency_code: "usd", quantity: 3, revenue: 10.1 },
      { village_handle: "v1", craft: "tea", ocop_stars: 5, currency_code: "usd", quantity: 1, revenue: 0.2 },
      { village_handle: null, craft: null, ocop_stars: null, currency_code: "vnd", quantity: 1, revenue: 50_000 },
    ]
    const report = buildProgramYearReport(input({ sales, craft_labels: { tea: { vi: "Chè", en: "Tea" }, brocade: { vi: "Thổ cẩm", en: "Brocade" } } }))

    const byVillage = table(report, "sales_by_village")
    expect(byVillage.rows).toEqual([
      { village: "Làng A", currency_code: "USD", quantity: 4, revenue: 10.3 },
      { village: "Làng A", currency_code: "VND", quantity: 3, revenue: 1_250_000 },
      { village: "Làng B", currency_code: "VND", quantity: 10, revenue: 1_500_000 },
      { village: { vi: "Không gắn với làng nghề", en: "Not linked to a village" }, currency_code: "VND", quantity: 1, revenue: 50_000 },
    ])
    expect(byVillage.totals).toEqual([
      { village: { vi: "Tổng cộng", en: "Total" }, currency_code: "USD", quantity: 4, revenue: 10.3 },
      { village: { vi: "Tổng cộng", en: "Total" }, currency_code: "VND", quantity: 14, revenue: 2_800_000 },
    ])
    expect(byVillage.note?.en).toBe("Revenue is totalled separately per currency.")

    expect(table(report, "sales_by_craft").rows.map((r) => [r.craft, r.currency_code, r.revenue])).toEqual([
      [{ vi: "Chè", en: "Tea" }, "USD", 10.3],
      [{ vi: "Chè", en: "Tea" }, "VND", 1_900_000],
      [{ vi: "Thổ cẩm", en: "Brocade" }, "VND", 850_000],
      [{ vi: "Không xác định nghề", en: "No craft" }, "VND", 50_000],
    ])
    expect(table(report, "sales_by_ocop_stars").rows.map((r) => [r.ocop_stars, r.currency_code, r.quantity])).toEqual([
      [{ vi: "5 sao", en: "5★" }, "USD", 4],
      [{ vi: "5 sao", en: "5★" }, "VND", 2],
      [{ vi: "4 sao", en: "4★" }, "VND", 10],
      [{ vi: "Chưa có sao OCOP", en: "No OCOP rating" }, "VND", 2],
    ])
  })

  it("totals scans per village, with scans of unknown codes last", () => {
    const report = buildProgramYearReport(
      input({
        scans: [
          { village_handle: null, scans: 7, first_scans: 0, suspicious: 7 },
          { village_handle: "v2", scans: 30, first_scans: 12, suspicious: 1 },
          { village_handle: "v1", scans: 100, first_scans: 60, suspicious: 2 },
          { village_handle: "v1", scans: 5, first_scans: 5, suspicious: 0 },
        ],
      })
    )
    const scans = table(report, "scans_by_village")
    expect(scans.rows.map((r) => [r.village, r.scans, r.first_scans, r.suspicious])).toEqual([
      ["Làng A", 105, 65, 2],
      ["Làng B", 30, 12, 1],
      [{ vi: "Không gắn với làng nghề", en: "Not linked to a village" }, 7, 0, 7],
    ])
    expect(scans.totals).toEqual([{ village: { vi: "Tổng cộng", en: "Total" }, scans: 142, first_scans: 77, suspicious: 10 }])
  })

  it("shows each village's figures, blanking a share its own figures contradict and saying why", () => {
    const report = buildProgramYearReport(
      input({
        villages: [
          village("good", { name: "Làng Hồng Thái", workers: 40, workers_trained: 30, crafts: ["tea", "food"] }),
          village("typo", { name: "Làng Thượng Lâm", commune: "xã Thượng Lâm", workers: 10, workers_trained: 100, status: "at_risk" }),
        ],
        craft_labels: { tea: { vi: "Chè", en: "Tea" } },
      })
    )
    const rows = table(report, "villages").rows
    expect(rows[0]).toMatchObject({
      handle: "good",
      crafts: { vi: "Chè, food", en: "Tea, food" },
      status: { vi: "Hoạt động hiệu quả" },
      workers_trained_percent: 75,
      households_env_compliant_percent: 100,
      notes: null,
    })
    expect(rows[1]).toMatchObject({ handle: "typo", workers_trained: 100, workers_trained_percent: null, households_env_compliant_percent: 100 })
    expect((rows[1]?.notes as { vi: string }).vi).toContain("100 lao động được đào tạo nhưng chỉ có 10 lao động")
    expect(report.data_errors).toHaveLength(1)
    expect(table(report, "targets").note?.vi).toContain("1 lỗi số liệu")
    expect(table(report, "crafts_at_risk").rows).toEqual([{ craft: { vi: "Chè", en: "Tea" }, villages: 2, at_risk: "Làng Thượng Lâm", dormant: "" }])
  })

  it("is plain data: every row cell has a column, every column both languages, and JSON round-trips it", () => {
    const report = buildProgramYearReport(
      input({
        certificates: [certificate("A-1"), certificate("A-2", { valid_until: "2027-01-01" })],
        sales: [{ village_handle: "v1", craft: "tea", ocop_stars: 4, currency_code: "vnd", quantity: 1, revenue: 100_000 }],
        scans: [{ village_handle: "v1", scans: 1, first_scans: 1, suspicious: 0 }],
      })
    )
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
    for (const t of report.tables) {
      const keys = new Set(t.columns.map((c) => c.key))
      expect(keys.size, t.key).toBe(t.columns.length)
      for (const c of t.columns) expect(c.label.vi && c.label.en, `${t.key}.${c.key}`).toBeTruthy()
      for (const row of [...t.rows, ...t.totals]) expect(Object.keys(row).every((k) => keys.has(k)), t.key).toBe(true)
    }
  })

  it("keeps every đồng: VND totals equal the sum of the rows given", () => {
    const row = fc.record({
      village_handle: fc.constantFrom("v1", "v2", null),
      craft: fc.constantFrom("tea", "brocade", null),
      ocop_stars: fc.constantFrom(3, 4, 5, null),
      currency_code: fc.constant("vnd"),
      quantity: fc.nat(100),
      revenue: fc.nat(50_000_000),
    })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (sales) => {
        const report = buildProgramYearReport(input({ sales }))
        const expected = sales.reduce((s, r) => s + r.revenue, 0)
        for (const key of ["sales_by_village", "sales_by_craft", "sales_by_ocop_stars"] as const) {
          const t = table(report, key)
          expect(t.rows.reduce((s, r) => s + (r.revenue as number), 0)).toBe(expected)
          expect(t.totals[0]?.revenue ?? 0).toBe(expected)
        }
      })
    )
  })
})
