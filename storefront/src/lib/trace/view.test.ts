import { describe, expect, it } from "vitest"
import type { ScanVerdict } from "./types"
import { formatQuantity, formatScanPlace, formatTraceDate, ocopStars, presentVerdict, shortHash, stepLabel } from "./view"

describe("formatTraceDate", () => {
  it("shows Vietnam time, whatever the server's time zone", () => {
    // 23:30 UTC is 06:30 the next day in Hà Nội.
    expect(formatTraceDate("2026-03-11T23:30:00Z", "vi")).toBe("06:30 12/03/2026")
    expect(formatTraceDate("2026-03-11T23:30:00Z", "en")).toBe("12 Mar 2026, 06:30")
  })
  it("shows dates without a time", () => {
    expect(formatTraceDate("2026-03-11T23:30:00Z", "vi", false)).toBe("12/03/2026")
  })
  it("answers null for a missing or bad date", () => {
    expect(formatTraceDate(null, "vi")).toBeNull()
    expect(formatTraceDate("not a date", "vi")).toBeNull()
  })
})

describe("formatScanPlace", () => {
  it("names the city and the country in the page's language", () => {
    expect(formatScanPlace({ country: "VN", region: "VN-08", city: "Tuyên Quang" }, "vi")).toBe("Tuyên Quang, Việt Nam")
    expect(formatScanPlace({ country: "VN", city: "Hà Nội" }, "en")).toBe("Hà Nội, Vietnam")
  })
  it("uses the place's display name from the visitor's hint", () => {
    expect(formatScanPlace({ country: "VN", region: "08", city: null, name: "Tuyên Quang" }, "vi")).toBe("Tuyên Quang, Việt Nam")
  })
  it("falls back to the region, then the country", () => {
    expect(formatScanPlace({ country: "JP", region: "Tokyo" }, "en")).toBe("Tokyo, Japan")
    expect(formatScanPlace({ country: "VN" }, "vi")).toBe("Việt Nam")
  })
  it("answers null when nothing is known", () => {
    expect(formatScanPlace(null, "vi")).toBeNull()
    expect(formatScanPlace({ country: "XX" }, "vi")).toBeNull()
  })
})

describe("formatQuantity", () => {
  it("writes numbers and units the local way", () => {
    expect(formatQuantity({ quantity: 1250.5, uom: "KGM", label: "chè búp tươi" }, "vi")).toBe("1.250,5 kg chè búp tươi")
    expect(formatQuantity({ quantity: 40, uom: "H87", label: "hats" }, "en")).toBe("40 hats")
    expect(formatQuantity({ quantity: 60, uom: "pcs", label: "Hộp chè" }, "vi")).toBe("60 Hộp chè")
    expect(formatQuantity({ quantity: 60, uom: "pcs", label: "" }, "vi")).toBe("60 cái")
    expect(formatQuantity({ quantity: 3, uom: "bó", label: "lanh" }, "vi")).toBe("3 bó lanh")
  })
})

describe("stepLabel", () => {
  const steps = { drying: { label: { vi: "Sấy khô", en: "Drying" } } }
  it("uses the shared vocabulary in the page's language, else shows the key", () => {
    expect(stepLabel("drying", "vi", steps)).toBe("Sấy khô")
    expect(stepLabel("drying", "en", steps)).toBe("Drying")
    expect(stepLabel("custom", "vi", steps)).toBe("custom")
  })
})

describe("shortHash and ocopStars", () => {
  it("shortens a hash to 12 hex digits", () => {
    expect(shortHash("a".repeat(64))).toBe("a".repeat(12))
    expect(shortHash(null)).toBeNull()
  })
  it("shows 1 to 5 whole stars only", () => {
    expect(ocopStars(4)).toBe(4)
    expect(ocopStars(0)).toBeNull()
    expect(ocopStars(4.5)).toBeNull()
    expect(ocopStars(null)).toBeNull()
  })
})

describe("presentVerdict", () => {
  const verdict = (over: Partial<ScanVerdict>): ScanVerdict => ({ kind: "not_scanned", count: 0, first_at: null, first_place: null, warnings: [], ...over })
  const hanoi = { country: "VN", city: "Hà Nội" }

  it("says genuine and first scan for a unit's first scan", () => {
    expect(presentVerdict(verdict({ kind: "first_scan", count: 1, first_at: "2026-03-12T07:05:00Z" }), true, "vi")).toMatchObject({
      tone: "ok",
      title: "genuine",
      text: "firstScan",
    })
  })
  it("says how many times, since when and where a code was scanned", () => {
    expect(presentVerdict(verdict({ kind: "scanned_before", count: 2, first_at: "2026-03-12T07:05:00Z", first_place: hanoi }), true, "vi")).toEqual({
      kind: "scanned_before",
      tone: "ok",
      title: "genuine",
      text: "scannedBeforeAt",
      values: { count: 2, date: "14:05 12/03/2026", place: "Hà Nội, Việt Nam" },
    })
    expect(presentVerdict(verdict({ kind: "scanned_before", count: 3, first_at: "2026-03-12T07:05:00Z" }), true, "en").text).toBe("scannedBefore")
    expect(presentVerdict(verdict({ kind: "scanned_before", count: 3 }), true, "en").text).toBe("scannedCount")
  })
  it("warns that a unit's code may have been copied", () => {
    const shown = presentVerdict(verdict({ kind: "scanned_before", count: 9, first_at: "2026-03-12T07:05:00Z", warnings: ["many_scans"] }), true, "vi")
    expect(shown).toMatchObject({ tone: "warn", title: "copied" })
  })
  it("puts a broken chain and an unknown code before any scan count", () => {
    expect(presentVerdict(verdict({ kind: "first_scan", count: 1 }), false, "vi")).toMatchObject({ kind: "chain_broken", tone: "danger", title: "brokenTitle" })
    expect(presentVerdict(verdict({ kind: "chain_broken", count: 4 }), true, "vi")).toMatchObject({ tone: "danger", text: "brokenText" })
    expect(presentVerdict(verdict({ kind: "unknown_code" }), true, "vi")).toMatchObject({ tone: "danger", title: "unknownTitle" })
  })
  it("says registered, not yet scanned, for a code nobody scanned", () => {
    expect(presentVerdict(verdict({}), true, "vi")).toMatchObject({ tone: "ok", title: "registered", text: "notScanned" })
  })
})
