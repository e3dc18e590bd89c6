import { describe, expect, it } from "vitest"
import {
  checkEventForm,
  checkLotForm,
  checkSerialsForm,
  checkZoneForm,
  emptyEventForm,
  emptyLotForm,
  emptyZoneForm,
  parseDecimal,
  readEventForm,
  readLotForm,
  readZoneForm,
} from "./forms"

const form = (entries: [string, string][]) => {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return data
}

describe("parseDecimal", () => {
  it("reads quantities as people type them in Vietnam and elsewhere", () => {
    expect(parseDecimal("12")).toBe(12)
    expect(parseDecimal("12,5")).toBe(12.5)
    expect(parseDecimal("12.5")).toBe(12.5)
    expect(parseDecimal("1.500")).toBe(1500)
    expect(parseDecimal("1.500.000")).toBe(1_500_000)
    expect(parseDecimal("1 500")).toBe(1500)
    expect(parseDecimal("1.234,5")).toBe(1234.5)
    expect(parseDecimal("1,234.5")).toBe(1234.5)
    expect(parseDecimal("0,25")).toBe(0.25)
  })

  it("refuses what is not a plain non-negative number", () => {
    for (const bad of ["", "abc", "-3", "1e5", "1,2,3", "12kg", "1.2.3,4,5", ",5"]) expect(parseDecimal(bad), bad).toBeNull()
  })
})

describe("the create-lot form", () => {
  const options = { variantIds: ["variant_01"], zoneIds: ["rmz_01"] }

  it("reads a submitted form and builds the API body with Vietnam-midnight dates", () => {
    const values = readLotForm(
      form([
        ["variant_id", "variant_01"],
        ["lot_number", " ST-2026-11 "],
        ["quantity", "120,5"],
        ["uom", "kg"],
        ["produced_at", "2026-11-20"],
        ["expires_at", "2027-11-20"],
        ["zone_id", "rmz_01"],
      ])
    )
    const checked = checkLotForm(values, options)
    expect(checked).toEqual({
      ok: true,
      body: {
        variant_id: "variant_01",
        lot_number: "ST-2026-11",
        quantity: 120.5,
        uom: "kg",
        // 20 November, 00:00 in Vietnam (UTC+7).
        produced_at: "2026-11-19T17:00:00.000Z",
        expires_at: "2027-11-19T17:00:00.000Z",
        zone_id: "rmz_01",
      },
    })
  })

  it("leaves the optional fields out, so the backend numbers the lot", () => {
    const checked = checkLotForm({ ...emptyLotForm(), variant_id: "variant_01", quantity: "50" }, options)
    expect(checked).toEqual({ ok: true, body: { variant_id: "variant_01", quantity: 50, uom: "pcs" } })
  })

  it("names each wrong field with a code", () => {
    const checked = checkLotForm(
      {
        variant_id: "variant_someone_else",
        lot_number: "lô số 1",
        quantity: "0",
        uom: "tấn",
        produced_at: "2026-02-30",
        expires_at: "",
        zone_id: "rmz_unknown",
      },
      options
    )
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors).toMatchObject({
      variant_id: { code: "invalidChoice" },
      lot_number: { code: "invalidLotNumber" },
      quantity: { code: "mustBePositive" },
      uom: { code: "invalidChoice" },
      produced_at: { code: "invalidDate" },
      zone_id: { code: "invalidChoice" },
    })
  })

  it("takes lot numbers of letters, digits and . _ - that start with a letter or digit", () => {
    const lot = (lot_number: string) => checkLotForm({ ...emptyLotForm(), variant_id: "variant_01", quantity: "1", lot_number }, options)
    for (const good of ["HT2610-01", "2026.11_A", "A".repeat(20)]) expect(lot(good).ok, good).toBe(true)
    for (const bad of ["-01", "A".repeat(21), "HT 01", "lô1", "HT/01"]) {
      const checked = lot(bad)
      expect(!checked.ok && checked.errors, bad).toEqual({ lot_number: { code: "invalidLotNumber" } })
    }
  })

  it("requires a variant and a quantity, and a number for the quantity", () => {
    const empty = checkLotForm(emptyLotForm(), options)
    expect(!empty.ok && empty.errors).toMatchObject({ variant_id: { code: "required" }, quantity: { code: "required" } })
    const words = checkLotForm({ ...emptyLotForm(), variant_id: "variant_01", quantity: "nhiều" }, options)
    expect(!words.ok && words.errors).toEqual({ quantity: { code: "invalidNumber" } })
  })

  it("refuses an expiry before the production date", () => {
    const checked = checkLotForm(
      { ...emptyLotForm(), variant_id: "variant_01", quantity: "5", produced_at: "2026-11-20", expires_at: "2026-11-19" },
      options
    )
    expect(!checked.ok && checked.errors).toEqual({ expires_at: { code: "expiresBeforeProduced" } })
  })
})

describe("the raw-material zone form", () => {
  it("merges ticked and typed certifications without duplicates", () => {
    const values = readZoneForm(
      form([
        ["name", "Đồi chè Nặm Đíp"],
        ["area_ha", "12,5"],
        ["certifications", "VietGAP"],
        ["certifications", "TCVN 11041"],
        ["other_certifications", "Rainforest Alliance; VietGAP"],
        ["commune", "Hồng Thái"],
        ["province", "Tuyên Quang"],
      ])
    )
    expect(checkZoneForm(values)).toEqual({
      ok: true,
      body: {
        name: "Đồi chè Nặm Đíp",
        area_ha: 12.5,
        certifications: ["VietGAP", "TCVN 11041", "Rainforest Alliance"],
        commune: "Hồng Thái",
        province: "Tuyên Quang",
      },
    })
  })

  it("needs a name; the area is optional but positive", () => {
    expect(checkZoneForm({ ...emptyZoneForm(), name: "Rừng vầu" })).toEqual({
      ok: true,
      body: { name: "Rừng vầu", certifications: [] },
    })
    const checked = checkZoneForm({ ...emptyZoneForm(), area_ha: "0", certifications: ["made-up"] })
    expect(!checked.ok && checked.errors).toMatchObject({
      name: { code: "required" },
      area_ha: { code: "mustBePositive" },
      "certifications.0": { code: "invalidChoice" },
    })
  })

  it("gives the limit with a too-long value", () => {
    const checked = checkZoneForm({ ...emptyZoneForm(), name: "x".repeat(121) })
    expect(!checked.ok && checked.errors).toEqual({ name: { code: "tooLong", max: 120 } })
  })
})

describe("the record-a-step form", () => {
  const now = new Date("2026-11-29T03:00:00Z") // 10:00 in Vietnam
  const options = { now, inputLabel: "Nguyên liệu", outputLabel: "Chè Shan tuyết" }

  it("reads the step's time as Vietnam's time and sends the quantities of a processing step", () => {
    const values = readEventForm(
      form([
        ["step", "rolling"],
        ["event_time", "2026-11-29T08:30"],
        ["place_name", "Xưởng chè Nặm Đíp"],
        ["note", "Vò tay 40 phút"],
        ["input.label", "Chè búp héo"],
        ["input.quantity", "40"],
        ["input.uom", "kg"],
        ["output.quantity", "38,5"],
        ["output.uom", "kg"],
      ])
    )
    expect(checkEventForm(values, options)).toEqual({
      ok: true,
      body: {
        step: "rolling",
        event_time: "2026-11-29T01:30:00.000Z",
        place_name: "Xưởng chè Nặm Đíp",
        note: "Vò tay 40 phút",
        inputs: [{ label: "Chè búp héo", quantity: 40, uom: "kg" }],
        // No name typed: the lot's product.
        outputs: [{ label: "Chè Shan tuyết", quantity: 38.5, uom: "kg" }],
      },
    })
  })

  it("sends only the step and time when nothing else is filled in", () => {
    const checked = checkEventForm(emptyEventForm("harvesting", "2026-11-29T06:00"), options)
    expect(checked).toEqual({ ok: true, body: { step: "harvesting", event_time: "2026-11-28T23:00:00.000Z" } })
  })

  it("ignores quantities on a step that is not processing", () => {
    const values = { ...emptyEventForm("packing", "2026-11-29T09:00"), input: { label: "", quantity: "3", uom: "kg" } }
    const checked = checkEventForm(values, options)
    expect(checked.ok && checked.body).toEqual({ step: "packing", event_time: "2026-11-29T02:00:00.000Z" })
  })

  it("refuses an unknown step, a time in the future, a bad quantity and a photo that is not a URL", () => {
    const checked = checkEventForm(
      {
        ...emptyEventForm("drying", "2026-11-30T10:00"),
        step: "teleporting",
        photo_url: "javascript:alert(1)",
        output: { label: "", quantity: "-2", uom: "kg" },
      },
      options
    )
    expect(!checked.ok && checked.errors).toMatchObject({
      step: { code: "invalidChoice" },
      event_time: { code: "inFuture" },
      photo_url: { code: "invalidPhoto" },
    })
    const quantity = checkEventForm({ ...emptyEventForm("drying", "2026-11-29T09:00"), output: { label: "", quantity: "-2", uom: "kg" } }, options)
    expect(!quantity.ok && quantity.errors).toEqual({ "output.quantity": { code: "invalidNumber" } })
  })

  it("allows a phone clock a few minutes fast, and refuses impossible times", () => {
    expect(checkEventForm(emptyEventForm("other", "2026-11-29T10:05"), options).ok).toBe(true)
    const bad = checkEventForm(emptyEventForm("other", "2026-11-31T10:00"), options)
    expect(!bad.ok && bad.errors).toEqual({ event_time: { code: "invalidDateTime" } })
    const empty = checkEventForm(emptyEventForm("other", ""), options)
    expect(!empty.ok && empty.errors).toEqual({ event_time: { code: "required" } })
  })
})

describe("the issue-serials form", () => {
  it("takes a whole count from 1 to 10,000", () => {
    expect(checkSerialsForm({ count: "3" })).toEqual({ ok: true, body: { count: 3 } })
    expect(checkSerialsForm({ count: "10.000" })).toEqual({ ok: true, body: { count: 10_000 } })
    for (const count of ["0", "10001", "50000"]) {
      const checked = checkSerialsForm({ count })
      expect(!checked.ok && checked.errors, count).toEqual({ count: { code: "countRange", min: 1, max: 10_000 } })
    }
    const half = checkSerialsForm({ count: "2,5" })
    expect(!half.ok && half.errors).toEqual({ count: { code: "notWhole" } })
    const empty = checkSerialsForm({ count: "" })
    expect(!empty.ok && empty.errors).toEqual({ count: { code: "required" } })
  })
})
