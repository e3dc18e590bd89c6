import type { ProducerLegalKind } from "./types"

/**
 * Shapes of the producer API (`/producer/*`) as the seller panel reads them. Fields the
 * panel does not show are left out; optional ones may be missing from older backends.
 */

export type ProducerStatus = "pending" | "approved" | "rejected" | "suspended"

export type SellerProducer = {
  id: string
  handle: string
  name: string
  legal_kind: ProducerLegalKind
  tax_code: string | null
  phone: string | null
  email: string | null
  address: string | null
  story: string | null
  logo_url: string | null
  status: ProducerStatus
  status_reason: string | null
  craft_village: { handle: string; name: string; commune?: string | null; province?: string | null } | null
}

export type SellerMember = { name: string; email: string }

/** Who is signed in: GET /producer/me. */
export type SellerSession = { producer: SellerProducer; member: SellerMember }

export type SellerMoney = { amount: number; currency_code: string }

export type SellerVariant = {
  id: string
  title: string
  title_vi?: string | null
  title_en?: string | null
  sku: string | null
  barcode: string | null
  prices: SellerMoney[]
  inventory_quantity: number | null
  reserved_quantity?: number | null
}

export type SellerProductStatus = "draft" | "published"

export type SellerProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  status: SellerProductStatus
  thumbnail: string | null
  categories: { handle: string; name: string }[]
  variants: SellerVariant[]
}

/** One translation of a product's texts, as Medusa's Translation module returns them. */
export type SellerTranslation = { locale_code: string; translations: Record<string, string | null | undefined> }

/** GET /producer/products/:id: the list shape plus what the edit form needs. */
export type SellerProductDetail = Omit<SellerProduct, "variants"> & {
  description?: string | null
  images?: { url: string }[] | null
  options?: { title: string }[] | null
  // Explicit per-language fields, when the backend answers with them.
  title_vi?: string | null
  title_en?: string | null
  subtitle_vi?: string | null
  subtitle_en?: string | null
  description_vi?: string | null
  description_en?: string | null
  option_title_vi?: string | null
  option_title_en?: string | null
  craft?: string | null
  translations?: SellerTranslation[] | null
  variants: (SellerVariant & { ean?: string | null; upc?: string | null; translations?: SellerTranslation[] | null })[]
}

export type SellerOrderItem = {
  id: string
  title: string
  subtitle?: string | null
  variant_title?: string | null
  quantity: number
  unit_price?: number | null
  thumbnail?: string | null
}

export type SellerAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
}

/** A producer's part of a buyer's order (orders are split per producer). */
export type SellerOrder = {
  id: string
  display_id?: number | null
  created_at: string
  status?: string | null
  payment_status?: string | null
  fulfillment_status?: string | null
  total?: number | null
  currency_code?: string | null
  email?: string | null
  items?: SellerOrderItem[] | null
  shipping_address?: SellerAddress | null
  fulfillments?: {
    shipped_at?: string | null
    delivered_at?: string | null
    canceled_at?: string | null
    metadata?: Record<string, unknown> | null
    labels?: { tracking_number?: string | null }[] | null
  }[] | null
}

/** A producer API answer that is not a success the page can render as data. */
export type ApiFailure = { ok: false; status: number; message: string }
export type ApiResult<T> = { ok: true; data: T } | ApiFailure
