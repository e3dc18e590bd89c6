/**
 * Stock state of variants as the store API reports it (`+variants.inventory_quantity`
 * is the quantity available in the sales channel's stock locations).
 */

export type StockVariant = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}

export type StockState = {
  available: boolean
  /** Units on hand, or null when the shop does not count this variant's stock. */
  quantity: number | null
}

export function variantStock(variant: StockVariant): StockState {
  if (variant.manage_inventory === false) return { available: true, quantity: null }
  const quantity = typeof variant.inventory_quantity === "number" ? Math.max(0, variant.inventory_quantity) : null
  if (variant.allow_backorder) return { available: true, quantity }
  // An unknown quantity is not shown as sold out: only a counted zero is.
  return { available: quantity === null || quantity > 0, quantity }
}

/** True when nothing of the product can be bought: every variant is out of stock, or there are none. */
export function isSoldOut(variants: readonly StockVariant[] | null | undefined): boolean {
  return !(variants ?? []).some((variant) => variantStock(variant).available)
}
