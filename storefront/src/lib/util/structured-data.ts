import { variantPrice, type PricedVariant } from "./price"
import { variantStock, type StockVariant } from "./stock"
import { variantCodes } from "./product-view"

type StructuredVariant = PricedVariant & StockVariant & { id: string; title?: string | null; sku?: string | null; barcode?: string | null; ean?: string | null; upc?: string | null }

export type StructuredProduct = {
  title: string
  description?: string | null
  thumbnail?: string | null
  images?: readonly { url?: string | null }[] | null
  variants?: readonly StructuredVariant[] | null
  producer?: { name: string; craft_village?: { name: string; commune?: string | null; province?: string | null } | null } | null
  ocop_badge?: { stars: number } | null
}

/**
 * schema.org Product data for search engines: name, pictures, the producer as brand,
 * one Offer per variant with its price, currency and stock, and the GTIN when a
 * variant has one. Variants without a price in the region are left out of the offers.
 */
export function productStructuredData(product: StructuredProduct, pageUrl: string): Record<string, unknown> {
  const images = [product.thumbnail, ...(product.images ?? []).map((image) => image.url)].filter(
    (url, index, all): url is string => !!url && all.indexOf(url) === index
  )
  const offers = (product.variants ?? []).flatMap((variant) => {
    const price = variantPrice(variant)
    if (!price) return []
    const { gtin, sku } = variantCodes(variant)
    return [
      {
        "@type": "Offer",
        url: `${pageUrl}?variant=${encodeURIComponent(variant.id)}`,
        price: String(price.amount),
        priceCurrency: price.currencyCode.toUpperCase(),
        availability: variantStock(variant).available ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
        ...(variant.title ? { name: variant.title } : {}),
        ...(sku ? { sku } : {}),
        ...(gtin ? { gtin } : {}),
      },
    ]
  })
  const village = product.producer?.craft_village
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    url: pageUrl,
    ...(product.description ? { description: product.description.slice(0, 5000) } : {}),
    ...(images.length ? { image: images } : {}),
    ...(product.producer ? { brand: { "@type": "Brand", name: product.producer.name } } : {}),
    ...(village
      ? { countryOfOrigin: "VN", additionalProperty: [{ "@type": "PropertyValue", name: "Làng nghề", value: [village.name, village.commune, village.province].filter(Boolean).join(", ") }] }
      : {}),
    ...(product.ocop_badge ? { award: `OCOP ${product.ocop_badge.stars}★` } : {}),
    ...(offers.length ? { offers } : {}),
  }
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so a product text
 * holding "</script>" cannot end the script early.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c")
}
