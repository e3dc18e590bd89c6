import { describe, expect, it } from "vitest"
import type { ShopProduct } from "@/lib/types"
import { productCardFromListing, productCardFromProduct, type StoreProductCard } from "./product-card"

const listed: StoreProductCard = {
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
}

/** The same product as /store/products answers it with the card fields, priced in VND. */
const product = {
  id: "prod_1",
  handle: "che-shan-tuyet",
  title: "Chè Shan tuyết",
  thumbnail: "http://localhost:9000/static/che.png",
  categories: [{ id: "pcat_1", handle: "tea", name: "Chè" }],
  producer: { id: "pdcr_1", handle: "htx", name: "HTX chè Hồng Thái", craft_village: { id: "cv_1", handle: "lang-che-hong-thai", name: "Làng chè Hồng Thái" } },
  ocop_badge: { stars: 4 },
  geo_marks: [{ id: "gm_1", handle: "che-shan-tuyet-na-hang", kind: "geographic_indication", name: "Chè Shan tuyết Na Hang", name_en: "Na Hang Shan tuyết tea" }],
  variants: [
    { id: "v1", manage_inventory: true, inventory_quantity: 3, calculated_price: { calculated_amount: 220000, currency_code: "vnd" } },
    { id: "v2", manage_inventory: true, inventory_quantity: 0, calculated_price: { calculated_amount: 120000, currency_code: "vnd" } },
  ],
} as unknown as ShopProduct

describe("product cards", () => {
  it("shows a listing card and the same product read whole alike", () => {
    const fromListing = productCardFromListing(listed)
    expect(fromListing).toEqual({
      id: "prod_1",
      handle: "che-shan-tuyet",
      title: "Chè Shan tuyết",
      image: "http://localhost:9000/static/che.png",
      craftName: "Chè",
      producerName: "HTX chè Hồng Thái",
      villageName: "Làng chè Hồng Thái",
      ocopStars: 4,
      marks: [{ handle: "che-shan-tuyet-na-hang", kind: "geographic_indication", name: "Chè Shan tuyết Na Hang", name_en: "Na Hang Shan tuyết tea" }],
      price: { amount: 120000, currencyCode: "vnd", isRange: true },
      soldOut: false,
    })
    expect(productCardFromProduct(product)).toEqual(fromListing)
  })

  it("keeps a sold-out product and an unpriced one as such", () => {
    expect(productCardFromListing({ ...listed, sold_out: true, price: null })).toMatchObject({ soldOut: true, price: null })
    const soldOut = { ...product, variants: [{ id: "v1", manage_inventory: true, inventory_quantity: 0 }] } as unknown as ShopProduct
    expect(productCardFromProduct(soldOut)).toMatchObject({ soldOut: true, price: null })
  })

  it("prices a single-price product without 'from', in the region's currency", () => {
    expect(productCardFromListing({ ...listed, price: { amount: 5.5, currency_code: "usd", is_range: false } }).price).toEqual({
      amount: 5.5,
      currencyCode: "usd",
      isRange: false,
    })
  })

  it("leaves out what the product does not have", () => {
    const bare = { id: "prod_2", handle: "bare", title: "Bare", thumbnail: null, variants: [] } as unknown as ShopProduct
    expect(productCardFromProduct(bare)).toEqual({
      id: "prod_2",
      handle: "bare",
      title: "Bare",
      image: null,
      craftName: null,
      producerName: null,
      villageName: null,
      ocopStars: null,
      marks: [],
      price: null,
      soldOut: true,
    })
    expect(productCardFromListing({ ...listed, thumbnail: null, craft: null, village: null, producer_name: null, ocop_stars: null, marks: [] })).toMatchObject({
      image: null,
      craftName: null,
      villageName: null,
      producerName: null,
      ocopStars: null,
      marks: [],
    })
  })
})
