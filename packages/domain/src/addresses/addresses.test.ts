import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  checkVietnamAddress,
  findCommune,
  listCommunes,
  listProvinces,
  placeName,
  searchCommunes,
  shippingZoneOf,
  TUYEN_QUANG_PROVINCE_CODE,
} from "./index"
import { VN_ADMIN_UNITS } from "./vn-admin-units"

describe("the 2025 administrative units", () => {
  it("has 34 provinces and, in Tuyên Quang, 124 communes and wards", () => {
    expect(listProvinces()).toHaveLength(34)
    expect(listCommunes(TUYEN_QUANG_PROVINCE_CODE)).toHaveLength(124)
    const total = VN_ADMIN_UNITS.reduce((sum, [, , communes]) => sum + communes.length, 0)
    expect(listProvinces().reduce((sum, p) => sum + listCommunes(p.code).length, 0)).toBe(total)
  })

  it("gives every commune a unique code and a name of a known kind", () => {
    const codes = VN_ADMIN_UNITS.flatMap(([, , communes]) => communes.map(([code]) => code))
    expect(new Set(codes).size).toBe(codes.length)
    for (const [, , communes] of VN_ADMIN_UNITS) {
      for (const [, name] of communes) expect(name).toMatch(/^(Xã|Phường|Đặc khu) \S/)
    }
  })

  it("sorts provinces and communes as Vietnamese sorts them, by place name", () => {
    const names = listProvinces().map((p) => p.short_name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")))
    expect(listProvinces().find((p) => p.code === "01")?.short_name).toBe("Hà Nội")
    const places = listCommunes(TUYEN_QUANG_PROVINCE_CODE).map((c) => placeName(c.name))
    expect(places).toEqual([...places].sort((a, b) => a.localeCompare(b, "vi", { sensitivity: "base" })))
  })

  it("finds a commune only in its own province", () => {
    const hongThai = listCommunes("08").find((c) => c.name === "Xã Hồng Thái")!
    expect(findCommune("08", hongThai.code)).toEqual(hongThai)
    expect(findCommune("01", hongThai.code)).toBeUndefined()
  })

  it("finds communes typed without diacritics", () => {
    expect(searchCommunes("08", "hong thai").map((c) => c.name)).toContain("Xã Hồng Thái")
    expect(searchCommunes("08", "MEO VAC").map((c) => c.name)).toContain("Xã Mèo Vạc")
    expect(searchCommunes("08", "zzz")).toEqual([])
  })
})

describe("checkVietnamAddress", () => {
  const tq = listCommunes("08")[0]!
  const good = { full_name: "Hoàng Thị Mai", phone: "0912 345 678", street: "Thôn Khuổi Phầy", province_code: "08", commune_code: tq.code }

  it("accepts a complete address and gives the official names", () => {
    const result = checkVietnamAddress(good)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.address.phone).toBe("0912345678")
      expect(result.address.province.name).toBe("Tỉnh Tuyên Quang")
      expect(result.address.commune).toEqual(tq)
    }
  })

  it("reports every problem by field at once", () => {
    const hanoiCommune = listCommunes("01")[0]!
    const result = checkVietnamAddress({ ...good, full_name: " ", phone: "12345", commune_code: hanoiCommune.code })
    expect(result).toEqual({ ok: false, problems: { full_name: "required", phone: "invalid_phone", commune_code: "unknown_commune" } })
    expect(checkVietnamAddress({ ...good, province_code: "99" })).toEqual({
      ok: false,
      problems: { province_code: "unknown_province" },
    })
    expect(checkVietnamAddress({})).toEqual({
      ok: false,
      problems: { full_name: "required", phone: "required", street: "required", province_code: "required", commune_code: "required" },
    })
  })

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.record({ full_name: fc.anything(), phone: fc.anything(), street: fc.anything(), province_code: fc.anything(), commune_code: fc.anything() }), (input) => {
        const result = checkVietnamAddress(input)
        if (result.ok) expect(findCommune(result.address.province.code, result.address.commune.code)).toBeDefined()
      })
    )
  })
})

describe("shippingZoneOf", () => {
  it("charges Tuyên Quang's rate by province code only, the rest of Vietnam another, abroad a third", () => {
    fc.assert(
      fc.property(fc.constantFrom(...listProvinces().map((p) => p.code)), fc.constantFrom("vn", "VN", "us", "fr", ""), (code, country) => {
        const zone = shippingZoneOf({ country_code: country, province_code: code })
        if (country.toLowerCase() !== "vn") expect(zone).toBe("international")
        else expect(zone).toBe(code === TUYEN_QUANG_PROVINCE_CODE ? "tuyen-quang" : "vietnam")
      })
    )
  })
})
