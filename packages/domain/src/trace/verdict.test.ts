import { describe, expect, it } from "vitest"
import fc from "fast-check"
import {
  FAR_APART_KM,
  UNIT_SCAN_WARNING,
  coarsePlaceFromHeaders,
  distanceKm,
  placesFarApart,
  scanFingerprint,
  scanVerdict,
  type ScanPlace,
  type ScanSummary,
} from "./verdict"

const HA_NOI: ScanPlace = { country: "VN", region: "HN", city: "Hà Nội", lat: 21.0, lon: 105.8 }
const HO_CHI_MINH: ScanPlace = { country: "VN", region: "SG", city: "Hồ Chí Minh", lat: 10.8, lon: 106.7 }
const TUYEN_QUANG: ScanPlace = { country: "VN", region: "08", lat: 21.8, lon: 105.2 }
const NA_HANG: ScanPlace = { country: "VN", region: "VN-08", lat: 22.35, lon: 105.4 } // ~65 km north

const summary = (count: number, places: ScanPlace[] = []): ScanSummary => ({
  count,
  first_at: count ? "2025-04-01T03:00:00.000Z" : null,
  first_place: places[0] ?? null,
  places: places.slice(1),
})

describe("scanVerdict", () => {
  it("tells an unknown code before anything else", () => {
    expect(scanVerdict({ known: false, chainValid: true, codeKind: "unit", scans: summary(9, [HA_NOI, HO_CHI_MINH]) })).toEqual({
      kind: "unknown_code",
      count: 0,
      first_at: null,
      first_place: null,
      warnings: [],
    })
  })

  it("says the chain is broken even on a first scan", () => {
    expect(scanVerdict({ known: true, chainValid: false, codeKind: "lot", scans: summary(1) }).kind).toBe("chain_broken")
  })

  it("counts the scan being answered: 1 is the first scan, more is scanned before, 0 is not scanned", () => {
    expect(scanVerdict({ known: true, chainValid: true, codeKind: "unit", scans: summary(0) }).kind).toBe("not_scanned")
    expect(scanVerdict({ known: true, chainValid: true, codeKind: "unit", scans: summary(1, [HA_NOI]) })).toEqual({
      kind: "first_scan",
      count: 1,
      first_at: "2025-04-01T03:00:00.000Z",
      first_place: HA_NOI,
      warnings: [],
    })
    const again = scanVerdict({ known: true, chainValid: true, codeKind: "unit", scans: summary(2, [HA_NOI, HA_NOI]) })
    expect(again).toMatchObject({ kind: "scanned_before", count: 2, first_place: HA_NOI, warnings: [] })
  })

  it("warns about a unit scanned more than 5 times", () => {
    const at = (count: number) => scanVerdict({ known: true, chainValid: true, codeKind: "unit", scans: summary(count) }).warnings
    expect(at(UNIT_SCAN_WARNING)).toEqual([])
    expect(at(UNIT_SCAN_WARNING + 1)).toEqual(["many_scans"])
  })

  it("warns about a unit scanned far apart", () => {
    const verdict = scanVerdict({ known: true, chainValid: true, codeKind: "unit", scans: summary(2, [HA_NOI, HO_CHI_MINH]) })
    expect(verdict.warnings).toEqual(["far_apart"])
    const near = scanVerdict({ known: true, chainValid: true, codeKind: "unit", scans: summary(2, [TUYEN_QUANG, NA_HANG]) })
    expect(near.warnings).toEqual([])
  })

  it("never warns for product and lot codes, which many items share", () => {
    fc.assert(
      fc.property(fc.constantFrom("product" as const, "lot" as const), fc.nat(10_000), fc.boolean(), (codeKind, count, chainValid) => {
        const verdict = scanVerdict({ known: true, chainValid, codeKind, scans: summary(count, [HA_NOI, HO_CHI_MINH]) })
        expect(verdict.warnings).toEqual([])
        expect(verdict.count).toBe(count)
      })
    )
  })

  it("warns about many scans of a unit exactly when there are more than 5", () => {
    fc.assert(
      fc.property(fc.nat(1000), (count) => {
        const verdict = scanVerdict({ known: true, chainValid: true, codeKind: "unit", scans: summary(count) })
        expect(verdict.warnings.includes("many_scans")).toBe(count > UNIT_SCAN_WARNING)
        expect(verdict.kind).toBe(count === 0 ? "not_scanned" : count === 1 ? "first_scan" : "scanned_before")
      })
    )
  })
})

describe("placesFarApart", () => {
  it("measures great-circle distance", () => {
    expect(distanceKm({ lat: 21.0285, lon: 105.8542 }, { lat: 10.7769, lon: 106.7009 })).toBeGreaterThan(1130)
    expect(distanceKm({ lat: 21.0285, lon: 105.8542 }, { lat: 10.7769, lon: 106.7009 })).toBeLessThan(1160)
    expect(distanceKm({ lat: 10, lon: 106 }, { lat: 10, lon: 106 })).toBe(0)
  })

  it("calls places far apart across countries, provinces or more than 100 km", () => {
    expect(placesFarApart({ country: "VN" }, { country: "TH" })).toBe(true)
    expect(placesFarApart({ country: "VN", region: "08" }, { country: "VN", region: "HN" })).toBe(true)
    expect(placesFarApart({ country: "VN", region: "08" }, { country: "VN", region: "VN-08" })).toBe(false)
    expect(placesFarApart({ lat: 21, lon: 105 }, { lat: 21, lon: 105 + (FAR_APART_KM + 5) / 104 })).toBe(true)
    expect(placesFarApart({ lat: 21, lon: 105 }, { lat: 21, lon: 105 + (FAR_APART_KM - 5) / 104 })).toBe(false)
  })

  it("never decides on what it does not know", () => {
    expect(placesFarApart({}, HA_NOI)).toBe(false)
    expect(placesFarApart({ country: "VN" }, { region: "SG", lat: null, lon: 106 })).toBe(false)
  })

  it("is symmetric", () => {
    const placeArb = fc.record(
      {
        country: fc.constantFrom("VN", "TH", null),
        region: fc.constantFrom("08", "HN", "VN-08", null),
        lat: fc.option(fc.double({ min: -90, max: 90, noNaN: true }), { nil: null }),
        lon: fc.option(fc.double({ min: -180, max: 180, noNaN: true }), { nil: null }),
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(placeArb, placeArb, (a, b) => {
        expect(placesFarApart(a, b)).toBe(placesFarApart(b, a))
      })
    )
  })
})

describe("coarsePlaceFromHeaders", () => {
  const from = (headers: Record<string, string>) => coarsePlaceFromHeaders((name) => headers[name.toLowerCase()] ?? null)

  it("prefers our client hint", () => {
    expect(from({ "x-geo-place": "VN-08;Tuyên Quang", "x-vercel-ip-country": "SG" })).toEqual({
      country: "VN",
      region: "08",
      city: null,
      lat: null,
      lon: null,
      name: "Tuyên Quang",
    })
    expect(from({ "x-geo-place": "vn" })).toMatchObject({ country: "VN", region: null, name: null })
  })

  it("reads Vercel's headers, decoding the city and coarsening coordinates", () => {
    expect(
      from({
        "x-vercel-ip-country": "VN",
        "x-vercel-ip-country-region": "HN",
        "x-vercel-ip-city": "H%C3%A0%20N%E1%BB%99i",
        "x-vercel-ip-latitude": "21.0285",
        "x-vercel-ip-longitude": "105.8542",
      })
    ).toEqual({ country: "VN", region: "HN", city: "Hà Nội", lat: 21, lon: 105.9, name: "Hà Nội" })
  })

  it("reads Cloudflare's, and drops its unknown and Tor countries", () => {
    expect(from({ "cf-ipcountry": "VN" }).country).toBe("VN")
    expect(from({ "cf-ipcountry": "XX" }).country).toBeNull()
    expect(from({ "cf-ipcountry": "T1" }).country).toBeNull()
  })

  it("ignores malformed values", () => {
    expect(from({ "x-geo-place": "Vietnam", "x-vercel-ip-latitude": "91", "x-vercel-ip-longitude": "10" })).toEqual({
      country: null,
      region: null,
      city: null,
      lat: null,
      lon: null,
      name: null,
    })
    expect(from({ "x-vercel-ip-latitude": "21", "x-vercel-ip-longitude": "abc" })).toMatchObject({ lat: null, lon: null })
    expect(from({ "x-vercel-ip-city": "A\u0000B".padEnd(200, "x") }).city).toHaveLength(80)
    expect(coarsePlaceFromHeaders(() => {
      throw new Error("no headers here")
    })).toMatchObject({ country: null })
  })
})

describe("scanFingerprint", () => {
  const base = { ip: "113.190.12.34", userAgent: "Mozilla/5.0 (iPhone)", day: "2025-04-01", salt: "s3cret" }

  it("is a sha256 hex digest that never contains the address", () => {
    const fp = scanFingerprint(base)
    expect(fp).toMatch(/^[0-9a-f]{64}$/)
    expect(fp).not.toContain("113.190")
    expect(scanFingerprint(base)).toBe(fp)
  })

  it("changes with the day, the salt, the address and the browser", () => {
    const fp = scanFingerprint(base)
    for (const change of [{ day: "2025-04-02" }, { salt: "other" }, { ip: "113.190.12.35" }, { userAgent: "curl/8" }, { ip: null }]) {
      expect(scanFingerprint({ ...base, ...change })).not.toBe(fp)
    }
  })

  it("treats the same client the same way behind proxies", () => {
    const fp = scanFingerprint(base)
    expect(scanFingerprint({ ...base, ip: "113.190.12.34, 10.0.0.1" })).toBe(fp)
    expect(scanFingerprint({ ...base, ip: "::ffff:113.190.12.34" })).toBe(fp)
    expect(scanFingerprint({ ...base, ip: "113.190.12.34:51234" })).toBe(fp)
    expect(scanFingerprint({ ...base, ip: "[2001:db8::1]:443" })).toBe(scanFingerprint({ ...base, ip: "2001:DB8::1" }))
  })

  it("cannot be confused by moving text between fields", () => {
    expect(scanFingerprint({ ip: "a", userAgent: "bc", day: "d", salt: "s" })).not.toBe(scanFingerprint({ ip: "ab", userAgent: "c", day: "d", salt: "s" }))
  })
})
