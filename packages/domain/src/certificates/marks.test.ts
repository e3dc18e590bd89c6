import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { communeFromAddress, communeInArea, isRightCurrent, MARK_KINDS, type MarkAreaEntry } from "./marks"

const AREA: MarkAreaEntry[] = [
  { commune: "xã Hồng Thái", province: "Tuyên Quang", former_names: ["xã Đà Vị"] },
  { commune: "xã Mèo Vạc", province: "Tuyên Quang", former_names: ["xã Pả Vi", "thị trấn Mèo Vạc"] },
  { commune: "phường Mỹ Lâm", province: "Tuyên Quang", former_names: [] },
]

describe("MARK_KINDS", () => {
  it("names geographic indications, collective marks and certification marks", () => {
    expect(MARK_KINDS).toEqual(["geographic_indication", "collective_mark", "certification_mark"])
  })
})

describe("isRightCurrent", () => {
  it("holds for a current right without an end date (GIs have none)", () => {
    expect(isRightCurrent({ status: "current", expires_at: null }, "2030-01-01")).toBe(true)
  })

  it("holds through the last day of a right with an end date", () => {
    const right = { status: "current", expires_at: "2027-06-30" }
    expect(isRightCurrent(right, "2027-06-30")).toBe(true)
    expect(isRightCurrent(right, "2027-07-01")).toBe(false)
  })

  it("does not hold once revoked or expired", () => {
    expect(isRightCurrent({ status: "revoked", expires_at: null }, "2026-01-01")).toBe(false)
    expect(isRightCurrent({ status: "expired", expires_at: "2027-01-01" }, "2026-01-01")).toBe(false)
  })
})

describe("communeInArea", () => {
  it("matches today's commune name with or without prefix, case and diacritics", () => {
    expect(communeInArea("xã Hồng Thái", "Tuyên Quang", AREA)).toBe(true)
    expect(communeInArea("Hồng Thái", "tỉnh Tuyên Quang", AREA)).toBe(true)
    expect(communeInArea("XA HONG THAI", "tuyen quang", AREA)).toBe(true)
    expect(communeInArea("Phường Mỹ Lâm", "Tuyên Quang", AREA)).toBe(true)
  })

  it("accepts a pre-2025 name through the area's mapping", () => {
    expect(communeInArea("xã Pả Vi", "Tuyên Quang", AREA)).toBe(true)
    expect(communeInArea("thị trấn Mèo Vạc", "Tuyên Quang", AREA)).toBe(true)
    expect(communeInArea("Đà Vị", "Tuyên Quang", AREA)).toBe(true)
    expect(communeInArea("xa da vi", "Tuyen Quang", AREA)).toBe(true)
  })

  it("refuses communes outside the area and the same name in another province", () => {
    expect(communeInArea("xã Phù Lưu", "Tuyên Quang", AREA)).toBe(false)
    expect(communeInArea("xã Hồng Thái", "Lạng Sơn", AREA)).toBe(false)
    expect(communeInArea("", "Tuyên Quang", AREA)).toBe(false)
    expect(communeInArea("xã Hồng", "Tuyên Quang", AREA)).toBe(false)
  })

  it("finds every area commune however it is written", () => {
    const writing = fc.constantFrom(
      (s: string) => s,
      (s: string) => s.toUpperCase(),
      (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D"),
      (s: string) => s.replace(/^(xã|phường|thị trấn)\s+/i, ""),
      (s: string) => `  ${s.replace(/ /g, "  ")} `
    )
    const names = AREA.flatMap((e) => [e.commune, ...e.former_names])
    fc.assert(
      fc.property(fc.constantFrom(...names), writing, (name, write) => {
        expect(communeInArea(write(name), "Tuyên Quang", AREA)).toBe(true)
      })
    )
  })
})

describe("communeFromAddress", () => {
  it("reads the commune and province of a two-tier address", () => {
    expect(communeFromAddress("thôn Nặm Đíp, xã Hồng Thái, tỉnh Tuyên Quang")).toEqual({ commune: "xã Hồng Thái", province: "tỉnh Tuyên Quang" })
    expect(communeFromAddress("12 Tân Trào, phường Minh Xuân, Tuyên Quang")).toEqual({ commune: "phường Minh Xuân", province: null })
  })

  it("is null without a commune", () => {
    expect(communeFromAddress("12 Tân Trào, Tuyên Quang")).toBeNull()
  })
})
