import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { CRAFT_VILLAGE_STATUS_LABELS, CRAFT_VILLAGE_STATUSES } from "./kpi"
import {
  columnIndex,
  columnLetter,
  diffVillageFigures,
  parseCount,
  parseCraftVillageStatus,
  VILLAGE_IMPORT_COLUMNS,
  villageImportFieldOf,
  villageImportTemplateHeader,
  validateVillageImport,
  type SpreadsheetCell,
  type VillageFigures,
  type VillageImportResult,
} from "./village-import"

const known = ["hong-thai-tea", "thuong-lam-brocade", "lung-tam-linen"]
const viHeader = ["STT", "Mã làng", "Tên làng", "Số hộ", "Số lao động", "Số lao động được đào tạo", "Số hộ đạt quy định môi trường", "Tình trạng hoạt động"]

function errorsOf(result: VillageImportResult) {
  if (result.ok) throw new Error("expected errors")
  return result.errors
}

describe("validateVillageImport", () => {
  it("reads a Vietnamese sheet into typed updates", () => {
    const result = validateVillageImport(
      {
        header: viHeader,
        rows: [
          [1, "hong-thai-tea", "Làng chè Hồng Thái", 120, "1.250", 1100, 95, "Hoạt động hiệu quả"],
          [2, " Thuong-Lam-Brocade ", "Làng dệt thổ cẩm Thượng Lâm", "40", 85, "85", 40, "Có nguy cơ mai một"],
          [null, null, null, null, null, null, null, null],
        ],
      },
      { knownHandles: known }
    )
    expect(result).toEqual({
      ok: true,
      rows: [
        { handle: "hong-thai-tea", row: 2, households: 120, workers: 1250, workers_trained: 1100, households_env_compliant: 95, status: "effective" },
        { handle: "thuong-lam-brocade", row: 3, households: 40, workers: 85, workers_trained: 85, households_env_compliant: 40, status: "at_risk" },
      ],
    })
  })

  it("reads English headers and status words", () => {
    const result = validateVillageImport(
      {
        header: ["Village code", "Households", "Workers", "Workers trained", "households_env_compliant", "Status"],
        rows: [["lung-tam-linen", 30, 60, 10, 0, "dormant"]],
      },
      { knownHandles: known }
    )
    expect(result.ok && result.rows[0]).toMatchObject({ handle: "lung-tam-linen", status: "dormant", workers_trained: 10 })
  })

  it("lists every error at once, with the spreadsheet's row number and column letter", () => {
    const rows: SpreadsheetCell[][] = [
      [1, "hong-thai-tea", "A", 10, 20, 25, 10, "Hoạt động hiệu quả"], // row 2: trained > workers
      [2, "unknown-village", "B", -3, 20, 5, 2, "Hoạt động hiệu quả"], // row 3: unknown village, negative
      [3, "hong-thai-tea", "C", 10, 20.5, 5, 11, "tốt"], // row 4: duplicate, not whole, env > households, bad status
      [4, null, "D", "mười", null, 1, 1, null], // row 5: no handle, not a number, empty workers, empty status
    ]
    const errors = errorsOf(validateVillageImport({ header: viHeader, rows }, { knownHandles: known }))
    expect(errors.map((e) => [e.row, e.column?.letter, e.code])).toEqual([
      [2, "F", "workers_trained_exceeds_workers"],
      [3, "B", "unknown_village"],
      [3, "D", "negative_number"],
      [4, "B", "duplicate_village"],
      [4, "E", "not_whole_number"],
      [4, "G", "households_env_compliant_exceeds_households"],
      [4, "H", "invalid_status"],
      [5, "B", "required"],
      [5, "D", "not_a_number"],
      [5, "E", "required"],
      [5, "H", "required"],
    ])
    const duplicate = errors.find((e) => e.code === "duplicate_village")!
    expect(duplicate.column).toEqual({ letter: "B", header: "Mã làng" })
    expect(duplicate.field).toBe("handle")
    expect(duplicate.message_vi).toBe('Ô B4 (Mã làng): làng "hong-thai-tea" đã có ở dòng 2')
    expect(duplicate.message_en).toBe('Cell B4 (Mã làng): village "hong-thai-tea" already appears in row 2')
    const status = errors.find((e) => e.code === "invalid_status")!
    expect(status.message_vi).toContain('"Hoạt động hiệu quả"')
    expect(status.message_en).toContain('"Operating effectively"')
  })

  it("reports missing, unknown, repeated and unnamed columns against the header row", () => {
    const errors = errorsOf(
      validateVillageImport(
        {
          header: ["Mã làng", "Số hộ", "Số hộ", "Lao động", "Số lao dong duoc dao tao", "Diện tích", null],
          rows: [["hong-thai-tea", 1, 1, 2, 2, 5, "x"]],
        },
        { knownHandles: known }
      )
    )
    expect(errors.map((e) => [e.row, e.column?.letter ?? null, e.field, e.code])).toEqual([
      [1, null, "households_env_compliant", "missing_column"],
      [1, null, "status", "missing_column"],
      [1, "C", "households", "duplicate_column"],
      [1, "F", null, "unknown_column"],
      [1, "G", null, "unnamed_column"],
    ])
    expect(errors[0]?.message_vi).toBe('Dòng 1: thiếu cột "Số hộ đạt quy định môi trường"')
    expect(errors[0]?.message_en).toBe('Row 1: the "Households meeting environmental rules" column is missing')
  })

  it("counts rows from the header's own row when the sheet has a title above it", () => {
    const errors = errorsOf(
      validateVillageImport(
        { header: viHeader, rows: [[1, "hong-thai-tea", "", 5, 5, 5, 6, "Hoạt động hiệu quả"]] },
        { knownHandles: known, headerRowNumber: 3 }
      )
    )
    expect(errors.map((e) => [e.row, e.column?.letter])).toEqual([[4, "G"]])
  })

  it("refuses a sheet with no data rows", () => {
    const errors = errorsOf(validateVillageImport({ header: viHeader, rows: [[null, "  "]] }, { knownHandles: known }))
    expect(errors.map((e) => [e.row, e.code])).toEqual([[null, "no_rows"]])
  })

  it("never returns rows alongside errors: one bad cell anywhere fails the whole sheet", () => {
    const goodRow = fc.record({
      households: fc.nat(1000),
      workers: fc.nat(1000),
      status: fc.constantFrom(...CRAFT_VILLAGE_STATUSES),
    })
    fc.assert(
      fc.property(fc.array(goodRow, { minLength: 1, maxLength: 3 }), fc.nat(), fc.boolean(), (rows, pick, spoil) => {
        const cells: SpreadsheetCell[][] = rows.map((r, i) => [
          i + 1,
          known[i]!,
          "",
          r.households,
          r.workers,
          r.workers,
          r.households,
          CRAFT_VILLAGE_STATUS_LABELS[r.status].vi,
        ])
        const bad = pick % cells.length
        if (spoil) cells[bad]![4] = -1
        const result = validateVillageImport({ header: viHeader, rows: cells }, { knownHandles: known })
        expect(result.ok).toBe(!spoil)
        if (result.ok) expect(result.rows.map((r) => r.status)).toEqual(rows.map((r) => r.status))
        else expect(result.errors.some((e) => e.row === bad + 2 && e.column?.letter === "E")).toBe(true)
      })
    )
  })
})

describe("headers and cells", () => {
  it("matches each alias to one field only, and reads its own template back", () => {
    const seen = new Map<string, string>()
    for (const [field, spec] of Object.entries(VILLAGE_IMPORT_COLUMNS)) {
      for (const alias of spec.aliases) {
        expect(villageImportFieldOf(alias), alias).toBe(field)
        expect(seen.get(alias), alias).toBeUndefined()
        seen.set(alias, field)
      }
    }
    for (const locale of ["vi", "en"] as const) {
      expect(villageImportTemplateHeader(locale).map(villageImportFieldOf)).toEqual([
        "handle",
        "households",
        "workers",
        "workers_trained",
        "households_env_compliant",
        "status",
      ])
    }
    expect(villageImportFieldOf("  SỐ HỘ (hộ) ")).toBe("households")
    expect(villageImportFieldOf("So lao dong")).toBe("workers")
    expect(villageImportFieldOf("Ghi chú")).toBe("reference")
    expect(villageImportFieldOf("Diện tích")).toBeNull()
  })

  it("accepts each status as key, Vietnamese or English label and without diacritics", () => {
    for (const status of CRAFT_VILLAGE_STATUSES) {
      expect(parseCraftVillageStatus(status)).toBe(status)
      expect(parseCraftVillageStatus(CRAFT_VILLAGE_STATUS_LABELS[status].vi)).toBe(status)
      expect(parseCraftVillageStatus(CRAFT_VILLAGE_STATUS_LABELS[status].en.toUpperCase())).toBe(status)
    }
    expect(parseCraftVillageStatus("hoat dong hieu qua")).toBe("effective")
    expect(parseCraftVillageStatus("Khó khăn")).toBe("struggling")
    expect(parseCraftVillageStatus("Ngừng hoạt động")).toBe("dormant")
    expect(parseCraftVillageStatus("tốt")).toBeNull()
  })

  it.each([
    [12, 12],
    ["12", 12],
    ["1.200", 1200],
    ["1,200", 1200],
    ["1 200", 1200],
    ["12.0", 12],
    [0, 0],
  ] as const)("reads %j as %d", (cell, value) => {
    expect(parseCount(cell)).toEqual({ ok: true, value })
  })

  it.each([
    [null, "required"],
    ["  ", "required"],
    ["1.5", "not_whole_number"],
    [2.5, "not_whole_number"],
    [-1, "negative_number"],
    ["-4", "negative_number"],
    ["mười", "not_a_number"],
    ["1.2.3", "not_a_number"],
    [Number.NaN, "not_a_number"],
    [1e20, "not_a_number"],
  ] as const)("refuses %s as %s", (cell, code) => {
    expect(parseCount(cell)).toEqual({ ok: false, code })
  })

  it("reads any whole number written plain or with thousands separators", () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.constantFrom(".", ",", " ", ""), (n, sep) => {
        const text = n.toLocaleString("en-US").replace(/,/g, sep)
        expect(parseCount(text)).toEqual({ ok: true, value: n })
      })
    )
  })

  it("turns column indexes into letters and back", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"])
    fc.assert(
      fc.property(fc.nat(100_000), (i) => {
        expect(columnIndex(columnLetter(i))).toBe(i)
      })
    )
  })
})

describe("diffVillageFigures", () => {
  const current: VillageFigures = { households: 10, workers: 20, workers_trained: 15, households_env_compliant: 8, status: "struggling" }

  it("records only the fields that change", () => {
    expect(diffVillageFigures(current, { ...current, workers_trained: 20, status: "effective" })).toEqual([
      { field: "workers_trained", from: 15, to: 20 },
      { field: "status", from: "struggling", to: "effective" },
    ])
    expect(diffVillageFigures(current, current)).toEqual([])
  })

  it("gives back the update when its changes are applied to the current figures", () => {
    const figures = fc.record({
      households: fc.nat(50),
      workers: fc.nat(50),
      workers_trained: fc.nat(50),
      households_env_compliant: fc.nat(50),
      status: fc.constantFrom(...CRAFT_VILLAGE_STATUSES),
    })
    fc.assert(
      fc.property(figures, figures, (from, to) => {
        const changes = diffVillageFigures(from, to)
        const applied: Record<string, unknown> = { ...from }
        for (const c of changes) {
          expect(c.from).not.toBe(c.to)
          applied[c.field] = c.to
        }
        expect(applied).toEqual(to)
        expect(diffVillageFigures(to, to)).toEqual([])
      })
    )
  })
})
