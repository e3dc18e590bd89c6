/**
 * The one shape every product grid's card shows (home, catalogue listing, search, village,
 * producer, mark, catalog, related products), whichever store API the products came from:
 * the listing's cards (GET /store/product-cards, read from the search index) or whole
 * products (/store/products, with the card fields and prices in the region).
 */
import type { ShopProduct } from "@/lib/types"
import { cheapestPrice } from "./price"
import { productImageUrls } from "./product-view"
import { isSoldOut } from "./stock"

/** A mark a product validly claims, as its badge shows it. */
export type CardMark = { handle: string; kind: string; name: string; name_en?: string | null }

export type ProductCardView = {
  id: string
  handle: string
  title: string
  image: string | null
  craftName: string | null
  producerName: string | null
  villageName: string | null
  /** Stars of a verified, unexpired OCOP certificate. */
  ocopStars: number | null
  marks: CardMark[]
  /** The cheapest variant's price; `isRange` when other variants cost more. */
  price: { amount: number; currencyCode: string; isRange: boolean } | null
  soldOut: boolean
}

/** One card of GET /store/product-cards (backend/src/api/store/product-cards/helpers.ts). */
export type StoreProductCard = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  craft: { handle: string; name: string } | null
  producer_name: string | null
  village: { handle: string; name: string } | null
  ocop_stars: number | null
  marks: { handle: string; kind: string; name: string; name_en: string }[]
  price: { amount: number; currency_code: string; is_range: boolean } | null
  sold_out: boolean
}

export function productCardFromListing(card: StoreProductCard): ProductCardView {
  return {
    id: card.id,
    handle: card.handle,
    title: card.title,
    image: card.thumbnail || null,
    craftName: card.craft?.name ?? null,
    producerName: card.producer_name,
    villageName: card.village?.name ?? null,
    ocopStars: card.ocop_stars,
    marks: card.marks,
    price: card.price ? { amount: card.price.amount, currencyCode: card.price.currency_code, isRange: card.price.is_range } : null,
    soldOut: card.sold_out,
  }
}

export function productCardFromProduct(product: ShopProduct): ProductCardView {
  const price = cheapestPrice(product.variants)
  const village = product.producer?.craft_village
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    image: productImageUrls(product)[0] ?? null,
    craftName: product.categories?.[0]?.name ?? null,
    producerName: product.producer?.name ?? null,
    villageName: village?.name ?? null,
    ocopStars: typeof product.ocop_badge?.stars === "number" ? product.ocop_badge.stars : null,
    marks: (product.geo_marks ?? []).map((m) => ({ handle: m.handle, kind: m.kind, name: m.name, name_en: m.name_en ?? null })),
    price: price ? { amount: price.amount, currencyCode: price.currencyCode, isRange: price.isRange } : null,
    soldOut: isSoldOut(product.variants),
  }
}
