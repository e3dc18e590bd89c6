import type { CartSummary, SummaryGroup, SummaryItem } from "./types"

/**
 * View rules of the cart and checkout summary: counts, the shipping line (one parcel per
 * producer), the quantity stepper's limits, and a summary built from a plain Medusa cart
 * when the backend's /summary route is not there.
 */

/** Number of pieces in the cart, for the header ("Giỏ hàng (3)"). */
export function cartItemCount(summary: Pick<CartSummary, "groups"> | null | undefined): number {
  if (!summary) return 0
  return summary.groups.reduce((sum, group) => sum + group.items.reduce((n, item) => n + item.quantity, 0), 0)
}

/** Each producer ships their own parcel, so the shipping fee is paid once per producer. */
export function shippingBreakdown(summary: Pick<CartSummary, "groups" | "shipping_option" | "shipping_total">): {
  parcels: number
  perParcel: number | null
  total: number | null
} {
  const parcels = summary.groups.length
  if (!summary.shipping_option) return { parcels, perParcel: null, total: null }
  return { parcels, perParcel: summary.shipping_option.amount, total: summary.shipping_total }
}

/** What the − and + buttons of a line may do: quantities from 1 to the stock left. */
export function stepperLimits(item: Pick<SummaryItem, "quantity" | "available_quantity">): {
  decrease: number | null
  increase: number | null
  overStock: boolean
} {
  const max = item.available_quantity
  return {
    decrease: item.quantity > 1 ? item.quantity - 1 : null,
    increase: max === null || item.quantity < max ? item.quantity + 1 : null,
    overStock: max !== null && item.quantity > max,
  }
}

/** A line quantity from a form: a whole number from 0 (remove) to 999; null when it is not one. */
export function parseQuantity(value: unknown, { min = 1 }: { min?: number } = {}): number | null {
  if (typeof value !== "string" || !/^\s*\d{1,3}\s*$/.test(value)) return null
  const quantity = Number(value)
  return quantity >= min ? quantity : null
}

// ——— Fallback: a summary from GET /store/carts/:id —————————————————————————

export type PlainCartItem = {
  id: string
  variant_id?: string | null
  product_id?: string | null
  product_handle?: string | null
  product_title?: string | null
  title?: string | null
  variant_title?: string | null
  subtitle?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: number
  subtotal?: number | null
  variant?: { inventory_quantity?: number | null; manage_inventory?: boolean | null } | null
}

export type PlainCart = {
  id: string
  currency_code: string
  region_id?: string | null
  email?: string | null
  shipping_address?: CartSummary["shipping_address"] | null
  shipping_methods?: { shipping_option_id?: string | null; name?: string | null; amount?: number | null }[] | null
  items?: PlainCartItem[] | null
  item_total?: number | null
  shipping_total?: number | null
  total?: number | null
}

export type ProductProducer = {
  id: string
  handle: string
  name: string
  craft_village?: { handle: string; name: string } | null
}

/**
 * Groups a plain cart's lines by the producer of each product (from the product list),
 * in the order the producers first appear. Shipping is counted once per producer, as the
 * backend charges it.
 */
export function summaryFromCart(cart: PlainCart, producerByProduct: ReadonlyMap<string, ProductProducer | null>): CartSummary {
  const groups = new Map<string, SummaryGroup>()
  const method = cart.shipping_methods?.[0]
  const perParcel = method && typeof method.amount === "number" ? method.amount : 0
  for (const item of cart.items ?? []) {
    const producer = (item.product_id && producerByProduct.get(item.product_id)) || null
    const key = producer?.id ?? "unknown"
    let group = groups.get(key)
    if (!group) {
      group = {
        producer: producer
          ? {
              id: producer.id,
              handle: producer.handle,
              name: producer.name,
              village: producer.craft_village ? { handle: producer.craft_village.handle, name: producer.craft_village.name } : null,
            }
          : null,
        items: [],
        item_subtotal: 0,
        shipping_total: perParcel,
        total: perParcel,
      }
      groups.set(key, group)
    }
    const subtotal = typeof item.subtotal === "number" ? item.subtotal : item.unit_price * item.quantity
    const tracked = item.variant?.manage_inventory !== false && typeof item.variant?.inventory_quantity === "number"
    group.items.push({
      id: item.id,
      variant_id: item.variant_id ?? null,
      product_handle: item.product_handle ?? null,
      title: item.product_title || item.title || "",
      variant_title: item.variant_title ?? item.subtitle ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: item.quantity,
      unit_price: item.unit_price,
      subtotal,
      available_quantity: tracked ? (item.variant?.inventory_quantity ?? null) : null,
    })
    group.item_subtotal += subtotal
    group.total += subtotal
  }
  const list = [...groups.values()]
  const itemTotal = list.reduce((sum, group) => sum + group.item_subtotal, 0)
  const shippingTotal = method ? perParcel * list.length : 0
  return {
    cart_id: cart.id,
    currency_code: cart.currency_code,
    region_id: cart.region_id ?? null,
    email: cart.email ?? null,
    shipping_address: cart.shipping_address ?? null,
    shipping_option:
      method && method.shipping_option_id
        ? { id: method.shipping_option_id, name: method.name ?? "", amount: perParcel }
        : null,
    groups: list,
    item_total: itemTotal,
    shipping_total: shippingTotal,
    total: itemTotal + shippingTotal,
  }
}
