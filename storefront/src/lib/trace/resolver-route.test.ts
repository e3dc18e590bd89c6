import { beforeEach, describe, expect, it, vi } from "vitest"
import type { TraceResolution } from "./types"

import { createResolver } from "./resolver-route"

// The resolutions come from the caller (the trace edge); here, from a mock.
const resolveTraceIdentifier = vi.fn()
const resolver = createResolver((...args) => resolveTraceIdentifier(...args))
const resolverGet = resolver.get
const resolverHead = resolver.head
const resolverOptions = resolver.options

const ORIGIN = "http://shop.test"
const GTIN = "08930000000019" // 893 prefix, valid check digit
const PRODUCT = { level: "product" as const, code: "PRDD23456789", gtin: GTIN, lot_number: null, serial: null }
const LOT = { level: "lot" as const, code: "LTXA23456789", gtin: GTIN, lot_number: "L24", serial: null }

function resolution(over: Partial<TraceResolution> = {}): TraceResolution {
  return {
    level: "lot",
    code: LOT.code,
    gtin: GTIN,
    lot_number: "L24",
    serial: null,
    unknown_lot: null,
    unknown_serial: null,
    product_handle: "che-shan-tuyet",
    product_title: "Chè Shan tuyết",
    has_certificates: false,
    levels: [LOT, PRODUCT],
    ...over,
  }
}

const get = (path: string, headers: Record<string, string> = {}) => resolverGet(new Request(`${ORIGIN}${path}`, { headers }))

beforeEach(() => {
  resolveTraceIdentifier.mockReset()
  resolveTraceIdentifier.mockResolvedValue(resolution())
  delete process.env.STOREFRONT_URL
})

describe("resolver GET", () => {
  it("redirects a scan to the trace page in the visitor's language, recording it", async () => {
    const response = await get(`/01/${GTIN}/10/L24?utm_source=label`, { "accept-language": "en-US,en;q=0.9", "user-agent": "phone" })
    expect(response.status).toBe(307)
    expect(response.headers.get("location")).toBe(`${ORIGIN}/en/trace/${LOT.code}?utm_source=label`)
    expect(response.headers.get("access-control-allow-origin")).toBe("*")
    expect(response.headers.get("link")).toBe(`<${ORIGIN}/01/${GTIN}/10/L24?linkType=linkset>; rel="linkset"; type="application/linkset+json"`)
    expect(resolveTraceIdentifier).toHaveBeenCalledWith(
      { gtin: GTIN, lot: "L24" },
      { record: true, headers: expect.objectContaining({ "user-agent": "phone" }) }
    )
  })

  it("pads a GTIN-13 and answers on STOREFRONT_URL's origin", async () => {
    process.env.STOREFRONT_URL = "https://cholangnghe.vn"
    const response = await get(`/01/${GTIN.slice(1)}`)
    expect(response.headers.get("location")).toBe(`https://cholangnghe.vn/vi/trace/${LOT.code}`)
    expect(resolveTraceIdentifier.mock.calls[0]![0]).toEqual({ gtin: GTIN })
  })

  it("says which lot was unknown when it walked up", async () => {
    resolveTraceIdentifier.mockResolvedValue(resolution({ level: "product", code: PRODUCT.code, unknown_lot: "NOPE", levels: [PRODUCT] }))
    const response = await get(`/01/${GTIN}/10/NOPE`)
    expect(response.headers.get("location")).toBe(`${ORIGIN}/vi/trace/${PRODUCT.code}?unknown_lot=NOPE`)
  })

  it("answers 400 pages for syntax errors without asking the backend", async () => {
    for (const path of [`/01/08930000000018`, `/01/${GTIN}/21/S/10/L`, `/01/${GTIN}/10/%ZZ`, "/t/abc", `/01/${GTIN}/99/x`]) {
      const response = await get(path)
      expect(response.status, path).toBe(400)
      expect(response.headers.get("content-type")).toContain("text/html")
      expect(response.headers.get("access-control-allow-origin")).toBe("*")
    }
    expect(resolveTraceIdentifier).not.toHaveBeenCalled()
  })

  it("answers 404 for an unknown GTIN", async () => {
    resolveTraceIdentifier.mockResolvedValue(null)
    const response = await get(`/01/${GTIN}`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain("Không tìm thấy mã này")
  })

  it("redirects to the shop page for gs1:pip without recording a walk-up notice there", async () => {
    const response = await get(`/01/${GTIN}/10/L24?linkType=gs1:pip&x=1`)
    expect(response.status).toBe(307)
    expect(response.headers.get("location")).toBe(`${ORIGIN}/vi/products/che-shan-tuyet?x=1`)
  })

  it("answers 404 for a link type the item lacks", async () => {
    const response = await get(`/01/${GTIN}?linkType=gs1:certificationInfo`)
    expect(response.status).toBe(404)
  })

  it("answers the linkset for ?linkType=linkset and for the Accept header, without recording", async () => {
    for (const [path, headers] of [
      [`/01/${GTIN}/10/L24?linkType=linkset`, {}],
      [`/01/${GTIN}/10/L24`, { accept: "application/linkset+json" }],
    ] as const) {
      resolveTraceIdentifier.mockClear()
      const response = await get(path, headers)
      expect(response.status).toBe(200)
      expect(response.headers.get("content-type")).toBe("application/linkset+json")
      const body = (await response.json()) as { linkset: Array<{ anchor: string }> }
      expect(body.linkset.map((l) => l.anchor)).toEqual([`${ORIGIN}/01/${GTIN}/10/L24`, `${ORIGIN}/01/${GTIN}`])
      expect(resolveTraceIdentifier.mock.calls[0]![1].record).toBe(false)
    }
  })

  it("answers 503 when the backend is down", async () => {
    resolveTraceIdentifier.mockRejectedValue(new Error("ECONNREFUSED"))
    vi.spyOn(console, "error").mockImplementation(() => {})
    const response = await get(`/t/${LOT.code}`)
    expect(response.status).toBe(503)
  })
})

describe("resolver HEAD and OPTIONS", () => {
  it("HEAD mirrors GET without a body and without recording", async () => {
    const response = await resolverHead(new Request(`${ORIGIN}/t/${LOT.code}`, { method: "HEAD" }))
    expect(response.status).toBe(307)
    expect(response.body).toBeNull()
    expect(resolveTraceIdentifier.mock.calls[0]![1].record).toBe(false)
  })

  it("OPTIONS answers 204 with CORS and the Link header, without asking the backend", () => {
    const response = resolverOptions(new Request(`${ORIGIN}/t/${LOT.code}`, { method: "OPTIONS" }))
    expect(response.status).toBe(204)
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS")
    expect(response.headers.get("link")).toContain(`/t/${LOT.code}?linkType=linkset`)
    expect(resolveTraceIdentifier).not.toHaveBeenCalled()
  })
})
