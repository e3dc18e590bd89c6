import { z } from "@medusajs/framework/zod"
import { isValidGtin, PRODUCT_IMAGE_LIMITS } from "@cln/domain"

const text = (max: number) => z.string().trim().min(1).max(max)
const hasAtMostTwoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6

const priceVnd = z
  .number()
  .int("Giá VND phải là số nguyên / The VND price must be a whole number")
  .positive("Giá phải lớn hơn 0 / The price must be greater than 0")
  .max(10_000_000_000)
const priceUsd = z
  .number()
  .positive("Giá phải lớn hơn 0 / The price must be greater than 0")
  .max(1_000_000)
  .refine(hasAtMostTwoDecimals, "Giá USD tối đa 2 chữ số thập phân / USD prices have at most 2 decimals")
const stock = z
  .number()
  .int("Tồn kho phải là số nguyên / Stock must be a whole number")
  .min(0, "Tồn kho không được âm / Stock cannot be negative")
  .max(1_000_000)
const sku = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, "SKU chỉ gồm chữ không dấu, số, dấu chấm, gạch / SKU uses letters, digits, dots, dashes and underscores")
const gtin = z
  .string()
  .trim()
  .refine(isValidGtin, "GTIN phải có 8, 12, 13 hoặc 14 chữ số với số kiểm tra GS1 đúng / GTIN must be 8, 12, 13 or 14 digits with a valid GS1 check digit")
const images = z
  .array(
    z
      .url({ protocol: /^https?$/, error: "Ảnh phải là địa chỉ http(s) nhận từ /producer/uploads / Each image must be an http(s) URL from /producer/uploads" })
      .max(2000)
  )
  .max(PRODUCT_IMAGE_LIMITS.maxPerProduct, `Tối đa ${PRODUCT_IMAGE_LIMITS.maxPerProduct} ảnh / At most ${PRODUCT_IMAGE_LIMITS.maxPerProduct} images`)

const ProducerCreateVariant = z
  .object({
    title_vi: text(120),
    title_en: text(120).optional(),
    sku: sku.optional(),
    price_vnd: priceVnd,
    price_usd: priceUsd.optional(),
    stock,
    gtin: gtin.optional(),
  })
  .strict()

export const ProducerCreateProduct = z
  .object({
    title_vi: text(200),
    title_en: text(200).optional(),
    subtitle_vi: text(200).optional(),
    subtitle_en: text(200).optional(),
    description_vi: text(10_000),
    description_en: text(10_000).optional(),
    craft: z.string().trim().min(1).max(60),
    images: images.min(1, "Cần ít nhất một ảnh / At least one image is needed"),
    option_title_vi: text(60).default("Loại"),
    option_title_en: text(60).optional(),
    variants: z
      .array(ProducerCreateVariant)
      .min(1, "Cần ít nhất một phân loại / At least one variant is needed")
      .max(10, "Tối đa 10 phân loại / At most 10 variants")
      .refine(
        (variants) => new Set(variants.map((v) => v.title_vi.toLowerCase())).size === variants.length,
        "Tên các phân loại phải khác nhau / Variant titles must be unique"
      ),
    status: z.enum(["draft", "published"]).default("draft"),
  })
  .strict()
export type ProducerCreateProductType = z.infer<typeof ProducerCreateProduct>

const ProducerUpdateVariant = z
  .object({
    id: z.string().min(1),
    price_vnd: priceVnd.optional(),
    price_usd: priceUsd.nullable().optional(),
    stock: stock.optional(),
    sku: sku.nullable().optional(),
    gtin: gtin.nullable().optional(),
  })
  .strict()

export const ProducerUpdateProduct = z
  .object({
    title_vi: text(200).optional(),
    title_en: text(200).nullable().optional(),
    subtitle_vi: text(200).nullable().optional(),
    subtitle_en: text(200).nullable().optional(),
    description_vi: text(10_000).optional(),
    description_en: text(10_000).nullable().optional(),
    craft: z.string().trim().min(1).max(60).optional(),
    images: images.min(1, "Cần ít nhất một ảnh / At least one image is needed").optional(),
    variants: z.array(ProducerUpdateVariant).max(10).optional(),
  })
  .strict()
export type ProducerUpdateProductType = z.infer<typeof ProducerUpdateProduct>

export const ProducerSetProductStatus = z.object({ status: z.enum(["draft", "published"]) }).strict()
export type ProducerSetProductStatusType = z.infer<typeof ProducerSetProductStatus>

export const ProducerListProducts = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    q: z.string().trim().min(1).max(100).optional(),
    status: z.enum(["draft", "published"]).optional(),
  })
  .strict()
export type ProducerListProductsType = z.infer<typeof ProducerListProducts>

export const ProducerGetProduct = z.object({}).strict()
