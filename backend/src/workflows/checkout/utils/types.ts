import type { BigNumberInput } from "@medusajs/framework/types"

/** The shapes `placementCartFields` reads; only what the checkout uses is typed. */

type Listish<T> = T | T[] | null | undefined

export type PlacementLocationLevel = {
  location_id: string
  stocked_quantity?: BigNumberInput | null
  reserved_quantity?: BigNumberInput | null
  raw_stocked_quantity?: BigNumberInput | null
  raw_reserved_quantity?: BigNumberInput | null
  stock_locations?: Listish<{ id: string; sales_channels?: Listish<{ id: string }> }>
}

export type PlacementVariant = {
  id: string
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  product?: { id: string; shipping_profile?: { id: string } | null } | null
  inventory_items?: {
    inventory_item_id: string
    required_quantity: number
    inventory?: { location_levels?: PlacementLocationLevel[] | null } | null
  }[]
}

export type PlacementTaxLine = {
  description?: string | null
  tax_rate_id?: string | null
  code: string
  rate: BigNumberInput
  provider_id?: string | null
  metadata?: Record<string, unknown> | null
}

export type PlacementAdjustment = {
  code?: string | null
  amount: BigNumberInput
  description?: string | null
  promotion_id?: string | null
  provider_id?: string | null
  is_tax_inclusive?: boolean | null
}

export type PlacementLineItem = {
  id: string
  title: string
  subtitle?: string | null
  thumbnail?: string | null
  quantity: BigNumberInput
  product_id?: string | null
  product_title?: string | null
  product_description?: string | null
  product_subtitle?: string | null
  product_type?: string | null
  product_collection?: string | null
  product_handle?: string | null
  variant_id?: string | null
  variant_sku?: string | null
  variant_barcode?: string | null
  variant_title?: string | null
  variant_option_values?: Record<string, unknown> | null
  requires_shipping?: boolean | null
  is_discountable?: boolean | null
  is_tax_inclusive?: boolean | null
  compare_at_unit_price?: BigNumberInput | null
  unit_price: BigNumberInput
  metadata?: Record<string, unknown> | null
  tax_lines?: PlacementTaxLine[] | null
  adjustments?: PlacementAdjustment[] | null
  variant?: PlacementVariant | null
}

export type PlacementShippingMethod = {
  id: string
  name: string
  description?: string | null
  amount: BigNumberInput
  raw_amount?: BigNumberInput | null
  is_tax_inclusive?: boolean | null
  shipping_option_id?: string | null
  data?: Record<string, unknown> | null
  metadata?: Record<string, unknown> | null
  tax_lines?: PlacementTaxLine[] | null
  adjustments?: PlacementAdjustment[] | null
}

export type PlacementAddress = Record<string, unknown> & { id?: string }

export type PlacementCart = {
  id: string
  email?: string | null
  currency_code: string
  locale?: string | null
  metadata?: Record<string, unknown> | null
  region_id?: string | null
  sales_channel_id?: string | null
  customer_id?: string | null
  completed_at?: string | Date | null
  customer?: { id: string; has_account: boolean } | null
  items?: PlacementLineItem[] | null
  shipping_methods?: PlacementShippingMethod[] | null
  shipping_address?: PlacementAddress | null
  billing_address?: PlacementAddress | null
  promotions?: { id: string; code?: string | null }[] | null
}

/** A product's owner, as read through the producer ↔ product link. */
export type ProductOwner = {
  id: string
  title?: string | null
  producer?: { id: string; handle: string; name: string; status: string } | null
}
