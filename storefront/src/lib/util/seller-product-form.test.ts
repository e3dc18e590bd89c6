import { describe, expect, it } from "vitest"
import type { SellerProductDetail } from "@/lib/seller-types"
import {
  applyEditIntent,
  checkProductForm,
  emptyProductForm,
  parseProductIntent,
  parseStock,
  parseUsd,
  parseVnd,
  productToFormValues,
  readProductForm,
  variantFieldName,
  type ProductFormValues,
} from "./seller-product-form"

const filled = (over: Partial<ProductFormValues> = {}): ProductFormValues => ({
  ...emptyProductForm(),
  title_vi: "Chè Shan tuyết Hồng Thái hộp 100 g",
  description_vi: "Chè hái từ cây cổ thụ ở Hồng Thái, sao tay.",
  craft: "tea",
  images: ["http://localhost:9000/static/che.png"],
  variants: [
    { key: "r1", id: "", title_vi: "Hộp 100 g", title_en: "", sku: "", price_vnd: "120.000", price_usd: "", stock: "20", gtin: "" },
  ],
  ...over,
})

describe("money and stock inputs", () => {
  it("reads đồng written the Vietnamese way", () => {
    expect(parseVnd("120.000")).toBe(120000)
    expect(parseVnd("120 000 ₫")).toBe(120000)
    expect(parseVnd("120000")).toBe(120000)
    expect(parseVnd("12,5")).toBe(125)
    expect(parseVnd("-5")).toBeNull()
    expect(parseVnd("abc")).toBeNull()
  })

  it("reads dollars with a dot or a comma", () => {
    expect(parseUsd("12.50")).toBe(12.5)
    expect(parseUsd("12,5")).toBe(12.5)
    expect(parseUsd("$8")).toBe(8)
    expect(parseUsd("1.234")).toBeNull()
  })

  it("reads whole stock counts only", () => {
    expect(parseStock("20")).toBe(20)
    expect(parseStock("0")).toBe(0)
    expect(parseStock("2.5")).toBe(25)
    expect(parseStock("-1")).toBeNull()
  })
})

describe("checkProductForm", () => {
  it("builds the create body, leaving out what was not filled in", () => {
    expect(checkProductForm(filled(), { mode: "create", status: "published" })).toEqual({
      ok: true,
      mode: "create",
      body: {
        title_vi: "Chè Shan tuyết Hồng Thái hộp 100 g",
        description_vi: "Chè hái từ cây cổ thụ ở Hồng Thái, sao tay.",
        craft: "tea",
        images: ["http://localhost:9000/static/che.png"],
        variants: [{ title_vi: "Hộp 100 g", price_vnd: 120000, stock: 20 }],
        status: "published",
      },
    })
  })

  it("sends English text, USD prices and codes when creating", () => {
    const result = checkProductForm(
      filled({
        title_en: "Hồng Thái Shan tuyết tea, 100 g box",
        option_title_vi: "Khối lượng",
        variants: [
          { key: "r1", id: "", title_vi: "Hộp 100 g", title_en: "100 g box", sku: "HT-100", price_vnd: "120000", price_usd: "5,50", stock: "3", gtin: "8936012345674" },
        ],
      }),
      { mode: "create", status: "draft" }
    )
    expect(result.ok && result.mode === "create").toBe(true)
    if (!result.ok || result.mode !== "create") return
    expect(result.body).toMatchObject({ title_en: "Hồng Thái Shan tuyết tea, 100 g box", option_title_vi: "Khối lượng", status: "draft" })
    expect(result.body.variants[0]).toEqual({
      title_vi: "Hộp 100 g",
      title_en: "100 g box",
      sku: "HT-100",
      price_vnd: 120000,
      price_usd: 5.5,
      stock: 3,
      gtin: "8936012345674",
    })
  })

  it("builds the update body: cleared texts and codes become null, variants keep their ids and names", () => {
    const result = checkProductForm(
      filled({
        variants: [
          { key: "r1", id: "variant_1", title_vi: "Hộp 100 g", title_en: "", sku: "", price_vnd: "99000", price_usd: "", stock: "4", gtin: "" },
        ],
      }),
      { mode: "edit" }
    )
    expect(result).toEqual({
      ok: true,
      mode: "edit",
      body: {
        title_vi: "Chè Shan tuyết Hồng Thái hộp 100 g",
        title_en: null,
        subtitle_vi: null,
        subtitle_en: null,
        description_vi: "Chè hái từ cây cổ thụ ở Hồng Thái, sao tay.",
        description_en: null,
        craft: "tea",
        images: ["http://localhost:9000/static/che.png"],
        variants: [{ id: "variant_1", price_vnd: 99000, price_usd: null, stock: 4, sku: null, gtin: null }],
      },
    })
  })

  it("needs a photo, even for a draft (the backend does too)", () => {
    expect(checkProductForm(filled({ images: [] }), { mode: "create", status: "draft" })).toEqual({
      ok: false,
      errors: { images: { code: "photoRequired" } },
    })
  })

  it("names each variant field that is wrong", () => {
    const result = checkProductForm(
      filled({
        craft: "pottery",
        variants: [
          { key: "r9", id: "", title_vi: "", title_en: "", sku: "có dấu", price_vnd: "abc", price_usd: "x", stock: "", gtin: "8936012345675" },
          { key: "r8", id: "", title_vi: "Hộp", title_en: "", sku: "", price_vnd: "0", price_usd: "0", stock: "1", gtin: "" },
          { key: "r7", id: "", title_vi: "hộp", title_en: "", sku: "", price_vnd: "1000", price_usd: "", stock: "1", gtin: "" },
        ],
      }),
      { mode: "create", status: "draft" }
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      craft: { code: "invalidChoice" },
      "variant.r9.title_vi": { code: "required" },
      "variant.r9.sku": { code: "invalidSku" },
      "variant.r9.price_vnd": { code: "invalidPrice" },
      "variant.r9.price_usd": { code: "invalidUsdPrice" },
      "variant.r9.stock": { code: "required" },
      "variant.r9.gtin": { code: "invalidGtin" },
      "variant.r8.price_vnd": { code: "pricePositive" },
      "variant.r8.price_usd": { code: "pricePositive" },
      "variant.r7.title_vi": { code: "duplicateVariant" },
    })
  })
})

describe("readProductForm", () => {
  it("reads variant rows in form order and only http(s) image URLs", () => {
    const form = new FormData()
    form.set("title_vi", " Khăn thổ cẩm ")
    form.append("image", "http://localhost:9000/static/a.png")
    form.append("image", "javascript:alert(1)")
    form.append("image", "http://localhost:9000/static/a.png")
    for (const key of ["rb", "ra"]) {
      form.append("variant", key)
      form.set(variantFieldName(key, "title_vi"), `Loại ${key}`)
      form.set(variantFieldName(key, "price_vnd"), "1000")
    }
    form.append("variant", "../bad")
    const values = readProductForm(form)
    expect(values.title_vi).toBe("Khăn thổ cẩm")
    expect(values.images).toEqual(["http://localhost:9000/static/a.png"])
    expect(values.variants.map((row) => [row.key, row.title_vi, row.price_vnd])).toEqual([
      ["rb", "Loại rb", "1000"],
      ["ra", "Loại ra", "1000"],
    ])
  })
})

describe("form buttons without JavaScript", () => {
  it("parses what a button asks for", () => {
    expect(parseProductIntent("publish")).toEqual({ kind: "publish" })
    expect(parseProductIntent("remove_variant:r1")).toEqual({ kind: "remove_variant", key: "r1" })
    expect(parseProductIntent("remove_image:http://x.vn/a.png")).toEqual({ kind: "remove_image", url: "http://x.vn/a.png" })
    expect(parseProductIntent("remove_image:javascript:alert(1)")).toEqual({ kind: "save" })
    expect(parseProductIntent(null)).toEqual({ kind: "save" })
  })

  it("adds and removes rows and photos; a save is not an edit", () => {
    const values = filled({ images: ["http://x.vn/a.png", "http://x.vn/b.png"] })
    expect(applyEditIntent(values, { kind: "add_variant" })?.variants).toHaveLength(2)
    expect(applyEditIntent(values, { kind: "remove_variant", key: "r1" })?.variants).toHaveLength(1)
    expect(applyEditIntent(values, { kind: "remove_image", url: "http://x.vn/a.png" })?.images).toEqual(["http://x.vn/b.png"])
    expect(applyEditIntent(values, { kind: "cover_image", url: "http://x.vn/b.png" })?.images).toEqual(["http://x.vn/b.png", "http://x.vn/a.png"])
    expect(applyEditIntent(values, { kind: "publish" })).toBeNull()
  })
})

describe("productToFormValues", () => {
  const product: SellerProductDetail = {
    id: "prod_1",
    handle: "che-shan-tuyet",
    title: "Chè Shan tuyết",
    subtitle: null,
    description: "Mô tả",
    status: "draft",
    thumbnail: "http://x.vn/b.png",
    images: [{ url: "http://x.vn/a.png" }, { url: "http://x.vn/b.png" }],
    categories: [{ handle: "tea", name: "Chè" }],
    translations: [{ locale_code: "en-US", translations: { title: "Shan tuyết tea", description: "Description" } }],
    variants: [
      {
        id: "variant_1",
        title: "Hộp 100 g",
        sku: "HT-100",
        barcode: null,
        ean: "8936012345674",
        prices: [
          { amount: 120000, currency_code: "vnd" },
          { amount: 5.5, currency_code: "usd" },
        ],
        inventory_quantity: 7,
      },
    ],
  }

  it("fills the edit form from the product: cover first, English from the translation", () => {
    const values = productToFormValues(product)
    expect(values.title_vi).toBe("Chè Shan tuyết")
    expect(values.title_en).toBe("Shan tuyết tea")
    expect(values.description_en).toBe("Description")
    expect(values.craft).toBe("tea")
    expect(values.images).toEqual(["http://x.vn/b.png", "http://x.vn/a.png"])
    expect(values.variants[0]).toMatchObject({
      id: "variant_1",
      title_vi: "Hộp 100 g",
      sku: "HT-100",
      price_vnd: "120000",
      price_usd: "5.5",
      stock: "7",
      gtin: "8936012345674",
    })
  })

  it("prefers explicit per-language fields and always has a variant row", () => {
    const values = productToFormValues({ ...product, title_vi: "Chè (vi)", title_en: "Tea (en)", variants: [] })
    expect(values.title_vi).toBe("Chè (vi)")
    expect(values.title_en).toBe("Tea (en)")
    expect(values.variants).toHaveLength(1)
  })
})
