import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { jsonLdScript, productStructuredData, type StructuredProduct } from "./structured-data"

const tea: StructuredProduct = {
  title: "Chè Shan tuyết Hồng Thái",
  description: "Chè búp cổ thụ.",
  thumbnail: "https://cdn.example/che.jpg",
  images: [{ url: "https://cdn.example/che.jpg" }, { url: "https://cdn.example/che-2.jpg" }],
  producer: { name: "HTX Sơn Trà", craft_village: { name: "Làng chè Hồng Thái", commune: "Xã Hồng Thái", province: "Tuyên Quang" } },
  ocop_badge: { stars: 4 },
  variants: [
    { id: "v1", title: "Hộp 100 g", sku: "CHE-100", barcode: "8938532010018", calculated_price: { calculated_amount: 120000, currency_code: "vnd" }, inventory_quantity: 5 },
    { id: "v2", title: "Hộp 200 g", calculated_price: { calculated_amount: 220000, currency_code: "vnd" }, inventory_quantity: 0 },
    { id: "v3", title: "Chưa có giá", calculated_price: null, inventory_quantity: 3 },
  ],
}

describe("productStructuredData", () => {
  it("describes the product, its producer and one offer per priced variant", () => {
    const data = productStructuredData(tea, "https://cholangnghe.vn/vi/products/che")
    expect(data).toMatchObject({
      "@type": "Product",
      name: tea.title,
      image: ["https://cdn.example/che.jpg", "https://cdn.example/che-2.jpg"],
      brand: { name: "HTX Sơn Trà" },
      award: "OCOP 4★",
    })
    expect(data.offers).toEqual([
      {
        "@type": "Offer",
        url: "https://cholangnghe.vn/vi/products/che?variant=v1",
        price: "120000",
        priceCurrency: "VND",
        availability: "https://schema.org/InStock",
        name: "Hộp 100 g",
        sku: "CHE-100",
        gtin: "8938532010018",
      },
      {
        "@type": "Offer",
        url: "https://cholangnghe.vn/vi/products/che?variant=v2",
        price: "220000",
        priceCurrency: "VND",
        availability: "https://schema.org/OutOfStock",
        name: "Hộp 200 g",
      },
    ])
  })

  it("leaves out what is unknown rather than writing empty values", () => {
    const data = productStructuredData({ title: "Giỏ mây" }, "https://x/vi/products/gio")
    expect(Object.keys(data).sort()).toEqual(["@context", "@type", "name", "url"])
  })
})

describe("jsonLdScript", () => {
  it("never lets product text close the script, and still parses back to the same data", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = jsonLdScript({ name: `${text}</script><script>alert(1)</script>` })
        expect(out.toLowerCase()).not.toContain("</script")
        expect(JSON.parse(out)).toEqual({ name: `${text}</script><script>alert(1)</script>` })
      })
    )
  })
})
