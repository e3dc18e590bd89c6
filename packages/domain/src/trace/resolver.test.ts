import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { parseResolverPath } from "./digital-link"
import {
  LINK_TYPES,
  buildLinkset,
  linkHeader,
  linkTypeFromQuery,
  pickLink,
  resolverDescription,
  resolverLevels,
  wantsLinkset,
  type ResolverLevelsInput,
  type TraceLevelRef,
} from "./resolver"

const ORIGIN = "https://cholangnghe.vn"
const GTIN = "08930000000019"
const unit: TraceLevelRef = { level: "unit", code: "UNTT23456789", gtin: GTIN, lot_number: "HT-2025/03", serial: "S0001" }
const lot: TraceLevelRef = { level: "lot", code: "LQTT23456789", gtin: GTIN, lot_number: "HT-2025/03", serial: null }
const product: TraceLevelRef = { level: "product", code: "PRDD23456789", gtin: GTIN, lot_number: null, serial: null }

const input = (overrides: Partial<ResolverLevelsInput> = {}): ResolverLevelsInput => ({
  origin: ORIGIN,
  locale: "vi",
  // Out of order on purpose: the backend's order must not matter.
  levels: [product, unit, lot],
  productHandle: "che-shan-tuyet-hong-thai",
  hasCertificates: true,
  productTitle: "Chè Shan tuyết Hồng Thái",
  ...overrides,
})

describe("linkTypeFromQuery", () => {
  it.each([
    [null, { kind: "default" }],
    ["", { kind: "default" }],
    ["gs1:defaultLink", { kind: "default" }],
    ["linkset", { kind: "linkset" }],
    ["all", { kind: "linkset" }],
    ["gs1:pip", { kind: "type", linkType: "gs1:pip" }],
    ["https://gs1.org/voc/pip", { kind: "type", linkType: "gs1:pip" }],
    ["http://gs1.org/voc/traceability", { kind: "type", linkType: "gs1:traceability" }],
    ["https://ref.gs1.org/voc/certificationInfo", { kind: "type", linkType: "gs1:certificationInfo" }],
    ["gs1:recipeInfo", { kind: "type", linkType: "gs1:recipeInfo" }],
    ["pip", { kind: "invalid" }],
    ["gs1:", { kind: "invalid" }],
    ["gs1:pip/../x", { kind: "invalid" }],
    ["https://example.com/voc/pip", { kind: "invalid" }],
  ])("reads %j", (value, expected) => {
    expect(linkTypeFromQuery(value)).toEqual(expected)
  })
})

describe("wantsLinkset", () => {
  it.each([
    ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", null, false],
    ["*/*", null, false],
    [null, null, false],
    ["application/linkset+json", null, true],
    ["application/linkset+json;q=0", null, false],
    ["text/html, application/linkset+json;q=0.5", null, true],
    ["application/json", null, true],
    ["text/html, application/json;q=0.9", null, false],
    [null, "linkset", true],
    ["text/html", "all", true],
    ["application/linkset+json", "gs1:pip", false],
  ])("Accept %j, linkType %j → %s", (accept, linkType, expected) => {
    expect(wantsLinkset(accept, linkType)).toBe(expected)
  })
})

describe("resolverLevels + buildLinkset", () => {
  const levels = resolverLevels(input())

  it("orders levels most specific first, anchored on uncompressed Digital Links", () => {
    expect(levels.map((l) => l.anchor)).toEqual([
      `${ORIGIN}/01/${GTIN}/10/HT-2025%2F03/21/S0001`,
      `${ORIGIN}/01/${GTIN}/10/HT-2025%2F03`,
      `${ORIGIN}/01/${GTIN}`,
    ])
    // Each anchor is a resolver path that leads back to its keys.
    expect(levels.map((l) => parseResolverPath(new URL(l.anchor).pathname))).toMatchObject([
      { ok: true, path: { keys: { gtin: GTIN, lot: "HT-2025/03", serial: "S0001" } } },
      { ok: true, path: { keys: { gtin: GTIN, lot: "HT-2025/03" } } },
      { ok: true, path: { keys: { gtin: GTIN } } },
    ])
  })

  it("gives each level one default link: its trace page in the visitor's language", () => {
    expect(levels.map((l) => l.defaultLink.href)).toEqual([
      `${ORIGIN}/vi/trace/UNTT23456789`,
      `${ORIGIN}/vi/trace/LQTT23456789`,
      `${ORIGIN}/vi/trace/PRDD23456789`,
    ])
    const en = resolverLevels(input({ locale: "en" }))
    expect(en[0]!.defaultLink.href).toBe(`${ORIGIN}/en/trace/UNTT23456789`)
    expect(en[0]!.defaultLink.hreflang).toEqual(["en"])
  })

  it("answers link types by walking up from the most specific level", () => {
    expect(pickLink(levels, "gs1:traceability")?.href).toBe(`${ORIGIN}/vi/trace/UNTT23456789`)
    expect(pickLink(levels, "https://gs1.org/voc/pip")?.href).toBe(`${ORIGIN}/vi/products/che-shan-tuyet-hong-thai`)
    expect(pickLink(levels, LINK_TYPES.certificationInfo)?.href).toBe(`${ORIGIN}/vi/trace/PRDD23456789#certificates`)
    expect(pickLink(levels, LINK_TYPES.default)?.href).toBe(`${ORIGIN}/vi/trace/UNTT23456789`)
    expect(pickLink(levels, "gs1:recipeInfo")).toBeNull()
    expect(pickLink(resolverLevels(input({ hasCertificates: false })), LINK_TYPES.certificationInfo)).toBeNull()
    expect(pickLink([], LINK_TYPES.default)).toBeNull()
  })

  it("writes an RFC 9264 linkset with full GS1 relation URIs and complete targets", () => {
    const { linkset } = buildLinkset(levels)
    expect(linkset).toHaveLength(3)
    expect(linkset.map((entry) => entry.anchor)).toEqual(levels.map((l) => l.anchor))
    for (const entry of linkset) {
      expect(entry["https://gs1.org/voc/defaultLink"]).toHaveLength(1)
      for (const [rel, targets] of Object.entries(entry)) {
        if (rel === "anchor" || rel === "itemDescription") continue
        expect(rel).toMatch(/^https:\/\/gs1\.org\/voc\/[A-Za-z]+$/)
        for (const t of targets as Array<Record<string, unknown>>) {
          expect(t).toEqual({ href: expect.stringMatching(/^https:\/\//), title: expect.any(String), type: "text/html", hreflang: [expect.stringMatching(/^(vi|en)$/)] })
        }
      }
    }
    const productEntry = linkset[2]!
    expect(Object.keys(productEntry).sort()).toEqual([
      "anchor",
      "https://gs1.org/voc/certificationInfo",
      "https://gs1.org/voc/defaultLink",
      "https://gs1.org/voc/pip",
      "https://gs1.org/voc/traceability",
      "itemDescription",
    ])
    expect((productEntry["https://gs1.org/voc/traceability"] as Array<{ hreflang: string[] }>).map((t) => t.hreflang[0])).toEqual(["vi", "en"])
    expect(linkset[0]).not.toHaveProperty("https://gs1.org/voc/pip")
    expect(JSON.parse(JSON.stringify(buildLinkset(levels)))).toEqual(buildLinkset(levels))
  })

  it("leaves certificationInfo out when there are no certificates", () => {
    const { linkset } = buildLinkset(resolverLevels(input({ hasCertificates: false })))
    for (const entry of linkset) expect(entry).not.toHaveProperty("https://gs1.org/voc/certificationInfo")
  })

  it("anchors on short links without a GTIN, and when a lot number cannot be in a Digital Link", () => {
    const noGtin = resolverLevels(input({ levels: [{ ...lot, gtin: null }, { ...product, gtin: null }] }))
    expect(noGtin.map((l) => l.anchor)).toEqual([`${ORIGIN}/t/LQTT23456789`, `${ORIGIN}/t/PRDD23456789`])
    const oddLot = resolverLevels(input({ levels: [{ ...lot, lot_number: "Lô 3" }, product] }))
    expect(oddLot[0]!.anchor).toBe(`${ORIGIN}/t/LQTT23456789`)
  })

  it("uses given titles, one for all languages or one per language", () => {
    const titled = resolverLevels(input({ productTitle: undefined, titles: { trace: { vi: "Nguồn gốc", en: "Origin" }, shop: "Shop" } }))
    expect(titled[2]!.links.filter((l) => l.linkType === LINK_TYPES.traceability).map((l) => l.title)).toEqual(["Nguồn gốc", "Origin"])
    expect(titled[2]!.links.filter((l) => l.linkType === LINK_TYPES.pip).map((l) => l.title)).toEqual(["Shop", "Shop"])
  })

  it("always has exactly one default link per level and a traceability link in every language", () => {
    const levelArb = fc.subarray([unit, lot, product], { minLength: 1 })
    fc.assert(
      fc.property(levelArb, fc.constantFrom("vi", "en"), fc.boolean(), (refs, locale, hasCertificates) => {
        const built = resolverLevels(input({ levels: refs, locale, hasCertificates }))
        expect(built).toHaveLength(refs.length)
        for (const entry of buildLinkset(built).linkset) {
          expect(entry["https://gs1.org/voc/defaultLink"]).toHaveLength(1)
          expect(entry["https://gs1.org/voc/traceability"]).toHaveLength(2)
        }
        expect(pickLink(built, LINK_TYPES.pip)).not.toBeNull()
        expect(pickLink(built, LINK_TYPES.certificationInfo) !== null).toBe(hasCertificates)
      })
    )
  })
})

describe("linkHeader and resolverDescription", () => {
  it("points to the linkset", () => {
    expect(linkHeader(`${ORIGIN}/01/${GTIN}?linkType=linkset`)).toBe(
      `<${ORIGIN}/01/${GTIN}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`
    )
  })

  it("describes the resolver as GS1's description-file schema asks", () => {
    const description = resolverDescription(`${ORIGIN}/`)
    expect(description).toMatchObject({
      resolverRoot: ORIGIN,
      supportedPrimaryKeys: ["01"],
      linkTypeDefaultCanBeLinkset: false,
      supportedLinkType: [{ namespace: "https://gs1.org/voc/", prefix: "gs1:" }],
    })
    expect(description.name.length).toBeGreaterThan(0)
    for (const { prefix } of description.supportedLinkType) expect(prefix).toMatch(/^[a-zA-Z_][A-Za-z0-9_-]*?:$/)
  })
})
