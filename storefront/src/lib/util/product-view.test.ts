import { describe, expect, it } from "vitest"
import { pickVariant, productImageUrls, variantCodes } from "./product-view"

describe("productImageUrls", () => {
  it("puts the thumbnail first and drops repeats", () => {
    expect(
      productImageUrls({
        thumbnail: "http://x/a.svg",
        images: [{ url: "http://x/a.svg" }, { url: "http://x/b.svg" }, { url: "" }],
      })
    ).toEqual(["http://x/a.svg", "http://x/b.svg"])
  })

  it("is empty for a product without images", () => {
    expect(productImageUrls({ thumbnail: null, images: null })).toEqual([])
  })
})

describe("pickVariant", () => {
  const variants = [{ id: "v1" }, { id: "v2" }]

  it("picks the requested variant, else the first", () => {
    expect(pickVariant(variants, "v2")?.id).toBe("v2")
    expect(pickVariant(variants, "nope")?.id).toBe("v1")
    expect(pickVariant(variants, undefined)?.id).toBe("v1")
    expect(pickVariant([], "v1")).toBeNull()
  })
})

describe("variantCodes", () => {
  it("reads the SKU and a GTIN from the barcode", () => {
    expect(variantCodes({ sku: "CLN-TEA-100", barcode: "8930000000019" })).toEqual({
      sku: "CLN-TEA-100",
      gtin: "8930000000019",
    })
  })

  it("does not call a non-GTIN barcode a GTIN", () => {
    expect(variantCodes({ sku: "", barcode: "ABC-123" })).toEqual({ sku: null, gtin: null })
  })

  it("falls back to EAN or UPC", () => {
    expect(variantCodes({ ean: "8930000000019" }).gtin).toBe("8930000000019")
  })
})
