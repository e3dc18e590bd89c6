import { isValidGtin, PRODUCT_IMAGE_LIMITS } from "@cln/domain"
import type { SellerProductDetail, SellerProductStatus, SellerTranslation } from "@/lib/seller-types"
import { checkText, textField, type FieldErrors } from "./form-errors"

/**
 * The product form of the seller panel: what it holds, how it is read from a submitted
 * form, checked, and turned into the body of POST /producer/products[/:id].
 */

export const PRODUCT_CRAFTS = ["tea", "brocade", "hemp-linen", "bamboo-rattan", "food", "honey", "fruit", "liquor"] as const
export type ProductCraft = (typeof PRODUCT_CRAFTS)[number]

export const MAX_PRODUCT_IMAGES = PRODUCT_IMAGE_LIMITS.maxPerProduct
export const MAX_VARIANTS = 10

export type VariantRow = {
  /** Identifies the row in the form (field names); not sent to the backend. */
  key: string
  /** The existing variant's id when editing. */
  id: string
  title_vi: string
  title_en: string
  sku: string
  price_vnd: string
  price_usd: string
  stock: string
  gtin: string
}

export type ProductFormValues = {
  title_vi: string
  title_en: string
  subtitle_vi: string
  subtitle_en: string
  description_vi: string
  description_en: string
  craft: string
  option_title_vi: string
  option_title_en: string
  images: string[]
  variants: VariantRow[]
}

export type ProductVariantBody = {
  title_vi: string
  title_en?: string
  sku?: string
  price_vnd: number
  price_usd?: number
  stock: number
  gtin?: string
}

/** POST /producer/products */
export type ProductBody = {
  title_vi: string
  title_en?: string
  subtitle_vi?: string
  subtitle_en?: string
  description_vi: string
  description_en?: string
  craft: ProductCraft
  images: string[]
  option_title_vi?: string
  option_title_en?: string
  variants: ProductVariantBody[]
  status: SellerProductStatus
}

/**
 * POST /producer/products/:id: texts, craft, photos, and each existing variant's price,
 * stock and codes (variants are not added, removed or renamed there). `null` clears.
 */
export type ProductUpdateBody = {
  title_vi: string
  title_en: string | null
  subtitle_vi: string | null
  subtitle_en: string | null
  description_vi: string
  description_en: string | null
  craft: ProductCraft
  images: string[]
  variants: { id: string; price_vnd: number; price_usd: number | null; stock: number; sku: string | null; gtin: string | null }[]
}

const VARIANT_TEXT_FIELDS = ["id", "title_vi", "title_en", "sku", "price_vnd", "price_usd", "stock", "gtin"] as const

/** The form field name of a variant row's input. */
export const variantFieldName = (key: string, field: (typeof VARIANT_TEXT_FIELDS)[number]) => `variant.${key}.${field}`

let rowCounter = 0
/** A fresh row key; unique within a form (time plus a counter). */
export function newRowKey(): string {
  rowCounter = (rowCounter + 1) % 1_000_000
  return `r${Date.now().toString(36)}${rowCounter.toString(36)}`
}

export const emptyVariantRow = (key = newRowKey()): VariantRow => ({
  key,
  id: "",
  title_vi: "",
  title_en: "",
  sku: "",
  price_vnd: "",
  price_usd: "",
  stock: "",
  gtin: "",
})

export const emptyProductForm = (): ProductFormValues => ({
  title_vi: "",
  title_en: "",
  subtitle_vi: "",
  subtitle_en: "",
  description_vi: "",
  description_en: "",
  craft: "",
  option_title_vi: "",
  option_title_en: "",
  images: [],
  variants: [emptyVariantRow()],
})

const ROW_KEY = /^[a-z0-9]{1,40}$/i

export function readProductForm(formData: FormData): ProductFormValues {
  const keys = formData
    .getAll("variant")
    .filter((key): key is string => typeof key === "string" && ROW_KEY.test(key))
  const variants = [...new Set(keys)].slice(0, MAX_VARIANTS).map((key) => {
    const row = emptyVariantRow(key)
    for (const field of VARIANT_TEXT_FIELDS) row[field] = textField(formData, variantFieldName(key, field))
    return row
  })
  const images = formData
    .getAll("image")
    .filter((url): url is string => typeof url === "string" && isImageUrl(url))
  return {
    title_vi: textField(formData, "title_vi"),
    title_en: textField(formData, "title_en"),
    subtitle_vi: textField(formData, "subtitle_vi"),
    subtitle_en: textField(formData, "subtitle_en"),
    description_vi: textField(formData, "description_vi"),
    description_en: textField(formData, "description_en"),
    craft: textField(formData, "craft"),
    option_title_vi: textField(formData, "option_title_vi"),
    option_title_en: textField(formData, "option_title_en"),
    images: [...new Set(images)].slice(0, MAX_PRODUCT_IMAGES),
    variants,
  }
}

/** Image URLs come back from the upload API; only http(s) URLs (or root paths) are kept. */
export function isImageUrl(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url) || /^\/[^/\s]\S*$/.test(url)
}

/** "120.000", "120 000" or "120000" đồng → 120000; null when it is not a whole amount. */
export function parseVnd(input: string): number | null {
  const digits = input.replace(/[\s.,_]/g, "").replace(/₫|đ|vnd/gi, "")
  if (!/^\d{1,12}$/.test(digits)) return null
  return Number(digits)
}

/** "12.5", "12,50" or "$12.50" → 12.5; null unless a non-negative amount with at most 2 decimals. */
export function parseUsd(input: string): number | null {
  const text = input.replace(/[\s$]/g, "").replace(/usd/i, "").replace(",", ".")
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(text)) return null
  return Number(text)
}

/** A whole, non-negative count of units. */
export function parseStock(input: string): number | null {
  const text = input.replace(/[\s.,]/g, "")
  if (!/^\d{1,7}$/.test(text)) return null
  return Number(text)
}

const optional = (value: string) => (value ? value : undefined)

/** Leaves out the optional fields that were not filled in, rather than sending them empty. */
function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T
}

export type ProductCheck =
  | { ok: true; mode: "create"; body: ProductBody }
  | { ok: true; mode: "edit"; body: ProductUpdateBody }
  | { ok: false; errors: FieldErrors }

type CheckedVariant = { row: VariantRow; priceVnd: number; priceUsd: number | undefined; stock: number; sku: string; gtin: string }

/**
 * Checks a submitted product as the backend will (backend/src/api/producer/products/validators.ts)
 * and builds the body: a new product (`create`, with the status the save asks for) or an
 * update of an existing one (`edit`: variants keep their names; only prices, stock and
 * codes change).
 */
export function checkProductForm(
  values: ProductFormValues,
  target: { mode: "create"; status: SellerProductStatus } | { mode: "edit" }
): ProductCheck {
  const errors: FieldErrors = {}
  const set = (field: string, error: FieldErrors[string] | null) => {
    if (error) errors[field] = error
  }
  const creating = target.mode === "create"
  set("title_vi", checkText(values.title_vi, { required: true, min: 2, max: 200 }))
  set("title_en", checkText(values.title_en, { max: 200 }))
  set("subtitle_vi", checkText(values.subtitle_vi, { max: 200 }))
  set("subtitle_en", checkText(values.subtitle_en, { max: 200 }))
  set("description_vi", checkText(values.description_vi, { required: true, min: 10, max: 10000 }))
  set("description_en", checkText(values.description_en, { max: 10000 }))
  if (creating) {
    set("option_title_vi", checkText(values.option_title_vi, { max: 60 }))
    set("option_title_en", checkText(values.option_title_en, { max: 60 }))
  }
  const craft = (PRODUCT_CRAFTS as readonly string[]).includes(values.craft) ? (values.craft as ProductCraft) : null
  if (!craft) set("craft", { code: "invalidChoice" })
  // The shop shows every product with a photo, drafts included.
  if (values.images.length === 0) set("images", { code: "photoRequired" })
  if (values.variants.length === 0) set("variants", { code: "noVariants" })
  if (values.variants.length > MAX_VARIANTS) set("variants", { code: "tooManyVariants", max: MAX_VARIANTS })

  const checked: CheckedVariant[] = []
  const titles = new Set<string>()
  for (const row of values.variants) {
    const field = (name: string) => `variant.${row.key}.${name}`
    if (creating) {
      set(field("title_vi"), checkText(row.title_vi, { required: true, max: 120 }))
      set(field("title_en"), checkText(row.title_en, { max: 120 }))
      const title = row.title_vi.toLowerCase()
      if (title && titles.has(title)) set(field("title_vi"), { code: "duplicateVariant" })
      titles.add(title)
    }
    const sku = row.sku
    if (sku && !/^[A-Za-z0-9._-]{1,64}$/.test(sku)) set(field("sku"), { code: "invalidSku" })
    const priceVnd = parseVnd(row.price_vnd)
    if (!row.price_vnd) set(field("price_vnd"), { code: "required" })
    else if (priceVnd === null) set(field("price_vnd"), { code: "invalidPrice" })
    else if (priceVnd <= 0) set(field("price_vnd"), { code: "pricePositive" })
    const priceUsd = row.price_usd ? parseUsd(row.price_usd) : undefined
    if (priceUsd === null) set(field("price_usd"), { code: "invalidUsdPrice" })
    else if (priceUsd === 0) set(field("price_usd"), { code: "pricePositive" })
    const stock = parseStock(row.stock)
    if (!row.stock) set(field("stock"), { code: "required" })
    else if (stock === null) set(field("stock"), { code: "invalidStock" })
    const gtin = row.gtin.replace(/\s/g, "")
    if (gtin && !isValidGtin(gtin)) set(field("gtin"), { code: "invalidGtin" })
    if (!creating && !row.id) set("variants", { code: "noVariants" })
    if (priceVnd !== null && stock !== null && priceUsd !== null) checked.push({ row, priceVnd, priceUsd, stock, sku, gtin })
  }

  if (Object.keys(errors).length > 0 || !craft) return { ok: false, errors }
  if (target.mode === "edit") {
    return {
      ok: true,
      mode: "edit",
      body: {
        title_vi: values.title_vi,
        title_en: values.title_en || null,
        subtitle_vi: values.subtitle_vi || null,
        subtitle_en: values.subtitle_en || null,
        description_vi: values.description_vi,
        description_en: values.description_en || null,
        craft,
        images: values.images,
        variants: checked.map(({ row, priceVnd, priceUsd, stock, sku, gtin }) => ({
          id: row.id,
          price_vnd: priceVnd,
          price_usd: priceUsd ?? null,
          stock,
          sku: sku || null,
          gtin: gtin || null,
        })),
      },
    }
  }
  const variants: ProductVariantBody[] = checked.map(({ row, priceVnd, priceUsd, stock, sku, gtin }) =>
    withoutUndefined({
      title_vi: row.title_vi,
      title_en: optional(row.title_en),
      sku: optional(sku),
      price_vnd: priceVnd,
      price_usd: priceUsd,
      stock,
      gtin: optional(gtin),
    })
  )
  return {
    ok: true,
    mode: "create",
    body: withoutUndefined({
      title_vi: values.title_vi,
      title_en: optional(values.title_en),
      subtitle_vi: optional(values.subtitle_vi),
      subtitle_en: optional(values.subtitle_en),
      description_vi: values.description_vi,
      description_en: optional(values.description_en),
      craft,
      images: values.images,
      option_title_vi: optional(values.option_title_vi),
      option_title_en: optional(values.option_title_en),
      variants,
      status: target.status,
    }),
  }
}

/** What a submit button of the product form asks for. */
export type ProductIntent =
  | { kind: "save" }
  | { kind: "draft" }
  | { kind: "publish" }
  | { kind: "add_variant" }
  | { kind: "remove_variant"; key: string }
  | { kind: "remove_image"; url: string }
  | { kind: "cover_image"; url: string }

export function parseProductIntent(value: FormDataEntryValue | null): ProductIntent {
  const text = typeof value === "string" ? value : ""
  const [kind, ...rest] = text.split(":")
  const arg = rest.join(":")
  switch (kind) {
    case "draft":
    case "publish":
    case "add_variant":
      return { kind }
    case "remove_variant":
      return ROW_KEY.test(arg) ? { kind, key: arg } : { kind: "save" }
    case "remove_image":
    case "cover_image":
      return isImageUrl(arg) ? { kind, url: arg } : { kind: "save" }
    default:
      return { kind: "save" }
  }
}

/**
 * Applies a form-editing intent (the buttons that work without JavaScript: add or remove
 * a variant row, remove a photo, make a photo the cover). Returns null for a save.
 */
export function applyEditIntent(values: ProductFormValues, intent: ProductIntent): ProductFormValues | null {
  switch (intent.kind) {
    case "add_variant":
      return values.variants.length >= MAX_VARIANTS ? values : { ...values, variants: [...values.variants, emptyVariantRow()] }
    case "remove_variant": {
      const variants = values.variants.filter((row) => row.key !== intent.key)
      return { ...values, variants: variants.length > 0 ? variants : [emptyVariantRow()] }
    }
    case "remove_image":
      return { ...values, images: values.images.filter((url) => url !== intent.url) }
    case "cover_image":
      return { ...values, images: [intent.url, ...values.images.filter((url) => url !== intent.url)] }
    default:
      return null
  }
}

function translated(translations: SellerTranslation[] | null | undefined, language: string, field: string): string {
  const entry = (translations ?? []).find((t) => t.locale_code.toLowerCase().split("-")[0] === language)
  const value = entry?.translations?.[field]
  return typeof value === "string" ? value : ""
}

const priceIn = (prices: { amount: number; currency_code: string }[] | null | undefined, currency: string) =>
  (prices ?? []).find((price) => price.currency_code.toLowerCase() === currency)?.amount

/**
 * The edit form's starting values for a product from GET /producer/products/:id. Reads
 * explicit per-language fields when the backend sends them, else the base (Vietnamese)
 * fields and the English translation.
 */
export function productToFormValues(product: SellerProductDetail): ProductFormValues {
  const text = (explicit: string | null | undefined, fallback: string | null | undefined) => explicit ?? fallback ?? ""
  const urls = [product.thumbnail, ...(product.images ?? []).map((image) => image.url)]
  // The thumbnail is the cover, so it comes first.
  const images = [...new Set(urls.filter((url): url is string => typeof url === "string" && url.length > 0))]
  const variants = (product.variants ?? []).map((variant): VariantRow => {
    const vnd = priceIn(variant.prices, "vnd")
    const usd = priceIn(variant.prices, "usd")
    return {
      ...emptyVariantRow(),
      id: variant.id,
      title_vi: text(variant.title_vi, variant.title),
      title_en: text(variant.title_en, translated(variant.translations, "en", "title")),
      sku: variant.sku ?? "",
      price_vnd: vnd === undefined ? "" : String(Math.round(vnd)),
      price_usd: usd === undefined ? "" : String(usd),
      stock: typeof variant.inventory_quantity === "number" ? String(Math.max(0, variant.inventory_quantity)) : "",
      gtin: variant.barcode ?? variant.ean ?? variant.upc ?? "",
    }
  })
  return {
    title_vi: text(product.title_vi, product.title),
    title_en: text(product.title_en, translated(product.translations, "en", "title")),
    subtitle_vi: text(product.subtitle_vi, product.subtitle),
    subtitle_en: text(product.subtitle_en, translated(product.translations, "en", "subtitle")),
    description_vi: text(product.description_vi, product.description),
    description_en: text(product.description_en, translated(product.translations, "en", "description")),
    craft: text(product.craft, product.categories?.[0]?.handle),
    option_title_vi: text(product.option_title_vi, product.options?.[0]?.title),
    option_title_en: text(product.option_title_en, ""),
    images: images.slice(0, MAX_PRODUCT_IMAGES),
    variants: variants.length > 0 ? variants : [emptyVariantRow()],
  }
}

/** Field names of the backend's messages about products. */
export const PRODUCT_MESSAGE_HINTS: Record<string, readonly string[]> = {
  title_vi: ["title_vi"],
  description_vi: ["description_vi"],
  craft: ["craft"],
  images: ["images", "ảnh"],
  variants: ["phân loại", "variant"],
}
