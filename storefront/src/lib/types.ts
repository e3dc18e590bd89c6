import type { HttpTypes } from "@medusajs/types"
import type { GeoMarkBadge, OcopBadge } from "@/lib/certificates/types"

/** The village a producer works in (craft_village module, linked to producer). */
export type CraftVillage = {
  id: string
  handle: string
  name: string
  name_en?: string | null
  commune?: string | null
  province?: string | null
}

export type ProducerLegalKind = "household" | "cooperative" | "enterprise"

/** The marketplace seller that owns a product (producer module, linked to product). */
export type Producer = {
  id: string
  handle: string
  name: string
  legal_kind?: ProducerLegalKind | null
  craft_village?: CraftVillage | null
}

/** A store product with the producer link and the certificate badges the backend adds. */
export type ShopProduct = HttpTypes.StoreProduct & {
  producer?: Producer | null
  /** A verified, unexpired OCOP certificate; null without one. */
  ocop_badge?: OcopBadge | null
  /** Marks (GI, collective, certification) the product validly claims. */
  geo_marks?: GeoMarkBadge[] | null
}

export type ShopVariant = HttpTypes.StoreProductVariant

export type CraftCategory = Pick<HttpTypes.StoreProductCategory, "id" | "handle" | "name" | "description">

export type ShopRegion = Pick<HttpTypes.StoreRegion, "id" | "name" | "currency_code">
