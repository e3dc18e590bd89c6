/**
 * Shapes of a product that the pages show: its images, the chosen variant, its codes.
 */

export type ImageSource = { url?: string | null }

/** The thumbnail first, then the other images, without repeats or empty URLs. */
export function productImageUrls(product: { thumbnail?: string | null; images?: readonly ImageSource[] | null }): string[] {
  const urls = [product.thumbnail, ...(product.images ?? []).map((image) => image.url)]
  return [...new Set(urls.filter((url): url is string => typeof url === "string" && url.length > 0))]
}

/** The variant named in `?variant=`, else the first one. */
export function pickVariant<V extends { id: string }>(variants: readonly V[] | null | undefined, id: string | undefined): V | null {
  const list = variants ?? []
  return (id ? list.find((variant) => variant.id === id) : undefined) ?? list[0] ?? null
}

export type VariantCodes = { sku: string | null; gtin: string | null }

/** GTIN-8/12/13/14: digits only, of one of those lengths. */
function asGtin(value: string | null | undefined): string | null {
  const digits = value?.trim()
  return digits && /^(\d{8}|\d{12,14})$/.test(digits) ? digits : null
}

export function variantCodes(variant: {
  sku?: string | null
  barcode?: string | null
  ean?: string | null
  upc?: string | null
}): VariantCodes {
  return {
    sku: variant.sku?.trim() || null,
    gtin: asGtin(variant.barcode) ?? asGtin(variant.ean) ?? asGtin(variant.upc),
  }
}
