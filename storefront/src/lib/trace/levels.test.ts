import { buildLinkset, LINK_TYPES, pickLink } from "@cln/domain"
import { describe, expect, it } from "vitest"
import { traceLevels, type LinkTitles } from "./levels"
import type { TraceResolution } from "./types"

const TITLES: LinkTitles<"vi" | "en"> = {
  vi: { traceability: "Truy xuất nguồn gốc", pip: "Trang sản phẩm", certificationInfo: "Chứng nhận", epcis: "EPCIS" },
  en: { traceability: "Traceability", pip: "Product page", certificationInfo: "Certificates", epcis: "EPCIS" },
}
const ORIGIN = "https://cholangnghe.vn"
const GTIN = "08930000000019"

function resolution(over: Partial<TraceResolution> = {}): TraceResolution {
  return {
    level: "unit",
    code: "UNTT23456789",
    gtin: GTIN,
    lot_number: "L24",
    serial: "S1",
    unknown_lot: null,
    unknown_serial: null,
    product_handle: "che-shan-tuyet",
    product_title: "Chè Shan tuyết",
    has_certificates: false,
    levels: [
      { level: "product", code: "PRDD23456789", gtin: GTIN, lot_number: null, serial: null },
      { level: "unit", code: "UNTT23456789", gtin: GTIN, lot_number: "L24", serial: "S1" },
      { level: "lot", code: "LTXA23456789", gtin: GTIN, lot_number: "L24", serial: null },
    ],
    ...over,
  }
}

const levelsFor = (r: TraceResolution, locale: "vi" | "en" = "vi") =>
  traceLevels(r, { origin: ORIGIN, locale, locales: ["vi", "en"], titles: TITLES })

describe("traceLevels", () => {
  it("orders levels unit, lot, product, each anchored on its uncompressed Digital Link", () => {
    expect(levelsFor(resolution()).map((l) => l.anchor)).toEqual([
      `${ORIGIN}/01/${GTIN}/10/L24/21/S1`,
      `${ORIGIN}/01/${GTIN}/10/L24`,
      `${ORIGIN}/01/${GTIN}`,
    ])
  })
  it("makes the trace page in the visitor's language the default link", () => {
    expect(levelsFor(resolution(), "vi")[0]!.defaultLink.href).toBe(`${ORIGIN}/vi/trace/UNTT23456789`)
    expect(levelsFor(resolution(), "en")[0]!.defaultLink.href).toBe(`${ORIGIN}/en/trace/UNTT23456789`)
  })
  it("finds the shop page on the product level and the EPCIS export on the lot level", () => {
    const levels = levelsFor(resolution())
    expect(pickLink(levels, LINK_TYPES.pip)?.href).toBe(`${ORIGIN}/vi/products/che-shan-tuyet`)
    expect(pickLink(levels, "gs1:epcis")?.href).toBe(`${ORIGIN}/vi/trace/LTXA23456789/epcis`)
    expect(pickLink(levels, LINK_TYPES.certificationInfo)).toBeNull()
  })
  it("offers certificates only when the product has some", () => {
    const levels = levelsFor(resolution({ has_certificates: true }))
    expect(pickLink(levels, LINK_TYPES.certificationInfo)?.href).toBe(`${ORIGIN}/vi/trace/PRDD23456789#certificates`)
  })
  it("uses short links for a product without a GTIN", () => {
    const levels = levelsFor(
      resolution({
        gtin: null,
        levels: [
          { level: "lot", code: "LTXA23456789", gtin: null, lot_number: "L24", serial: null },
          { level: "product", code: "PRDD23456789", gtin: null, lot_number: null, serial: null },
        ],
      })
    )
    expect(levels.map((l) => l.anchor)).toEqual([`${ORIGIN}/t/LTXA23456789`, `${ORIGIN}/t/PRDD23456789`])
  })
  it("gives every linkset target an href, a type and a title", () => {
    const { linkset } = buildLinkset(levelsFor(resolution()))
    expect(linkset).toHaveLength(3)
    for (const entry of linkset) {
      for (const [rel, targets] of Object.entries(entry)) {
        if (rel === "anchor" || rel === "itemDescription") continue
        for (const target of targets as Array<Record<string, unknown>>) {
          expect(target).toEqual(expect.objectContaining({ href: expect.any(String), type: expect.any(String), title: expect.any(String) }))
        }
      }
    }
  })
})
