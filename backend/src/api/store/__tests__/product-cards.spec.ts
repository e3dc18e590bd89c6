import { describe, expect, it } from "vitest"
import { toProductCard } from "../product-cards/helpers"

// A card from a product's search document (src/search/product.ts), in each locale and
// currency the shop offers.

const document = {
  id: "prod_1",
  handle: "che-shan-tuyet",
  title: "Chè Shan tuyết",
  title_en: "Shan tuyết tea",
  thumbnail: "http://localhost:9000/static/che.png",
  craft: "tea",
  craft_name: "Chè",
  craft_name_en: "Tea",
  producer_name: "HTX chè Hồng Thái",
  village: "lang-che-hong-thai",
  village_name: "Làng chè Hồng Thái",
  stars: 4,
  marks: ["che-shan-tuyet-na-hang"],
  mark_names: ["Chè Shan tuyết Na Hang"],
  mark_names_en: ["Na Hang Shan tuyết tea"],
  mark_kinds: ["geographic_indication"],
  in_stock: true,
  vnd_price_min: 120000,
  vnd_price_max: 220000,
  usd_price_min: 5.5,
  usd_price_max: 5.5,
}

describe("toProductCard", () => {
  it("shows the Vietnamese card in VND, and the English one in USD", () => {
    expect(toProductCard(document, { currency: "vnd", english: false })).toEqual({
      id: "prod_1",
      handle: "che-shan-tuyet",
      title: "Chè Shan tuyết",
      thumbnail: "http://localhost:9000/static/che.png",
      craft: { handle: "tea", name: "Chè" },
      producer_name: "HTX chè Hồng Thái",
      village: { handle: "lang-che-hong-thai", name: "Làng chè Hồng Thái" },
      ocop_stars: 4,
      marks: [{ handle: "che-shan-tuyet-na-hang", kind: "geographic_indication", name: "Chè Shan tuyết Na Hang", name_en: "Na Hang Shan tuyết tea" }],
      price: { amount: 120000, currency_code: "vnd", is_range: true },
      sold_out: false,
    })
    expect(toProductCard(document, { currency: "usd", english: true })).toMatchObject({
      title: "Shan tuyết tea",
      craft: { handle: "tea", name: "Tea" },
      price: { amount: 5.5, currency_code: "usd", is_range: false },
    })
  })

  it("is unpriced without a region or a price in its currency, and sold out when the index says so", () => {
    expect(toProductCard(document, { currency: null, english: false }).price).toBeNull()
    expect(toProductCard({ ...document, usd_price_min: undefined, usd_price_max: undefined }, { currency: "usd", english: false }).price).toBeNull()
    expect(toProductCard(document, { currency: "eur", english: false }).price).toBeNull()
    expect(toProductCard({ ...document, in_stock: false }, { currency: "vnd", english: false }).sold_out).toBe(true)
  })

  it("falls back to the Vietnamese text where there is no English, and leaves out what the product lacks", () => {
    const bare = { id: "prod_2", handle: "bare", title: "Bare", in_stock: true }
    expect(toProductCard(bare, { currency: "vnd", english: true })).toEqual({
      id: "prod_2",
      handle: "bare",
      title: "Bare",
      thumbnail: null,
      craft: null,
      producer_name: null,
      village: null,
      ocop_stars: null,
      marks: [],
      price: null,
      sold_out: false,
    })
    expect(toProductCard({ ...document, title_en: undefined, craft_name_en: undefined }, { currency: "vnd", english: true })).toMatchObject({
      title: "Chè Shan tuyết",
      craft: { name: "Chè" },
    })
  })
})
