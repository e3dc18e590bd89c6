import type { SellerMoney, SellerOrder, SellerProduct, SellerVariant } from "@/lib/seller-types"
import { textField } from "./form-errors"

/**
 * What the seller panel shows about products and orders, computed from API answers.
 */

/** A variant with this many units or fewer is "running low" on the dashboard. */
export const LOW_STOCK_THRESHOLD = 5

export type LowStockVariant = {
  productId: string
  productTitle: string
  variantId: string
  variantTitle: string
  quantity: number
}

/** Variants with a counted stock of at most the threshold, the emptiest first. */
export function lowStockVariants(products: readonly SellerProduct[], threshold = LOW_STOCK_THRESHOLD): LowStockVariant[] {
  return products
    .flatMap((product) =>
      (product.variants ?? [])
        .filter((variant) => typeof variant.inventory_quantity === "number" && variant.inventory_quantity <= threshold)
        .map((variant) => ({
          productId: product.id,
          productTitle: product.title,
          variantId: variant.id,
          variantTitle: variant.title,
          quantity: Math.max(0, variant.inventory_quantity ?? 0),
        }))
    )
    .sort((a, b) => a.quantity - b.quantity || a.productTitle.localeCompare(b.productTitle, "vi"))
}

/** The variant's price in a currency (major units), or null. */
export function variantPriceIn(variant: Pick<SellerVariant, "prices">, currency: string): SellerMoney | null {
  return (variant.prices ?? []).find((price) => price.currency_code.toLowerCase() === currency.toLowerCase()) ?? null
}

/** Lowest and highest VND price of a product's variants, for the product list. */
export function vndPriceRange(product: Pick<SellerProduct, "variants">): { min: number; max: number } | null {
  const amounts = (product.variants ?? [])
    .map((variant) => variantPriceIn(variant, "vnd")?.amount)
    .filter((amount): amount is number => typeof amount === "number")
  if (amounts.length === 0) return null
  return { min: Math.min(...amounts), max: Math.max(...amounts) }
}

/** Units on hand over all variants; null when no variant counts its stock. */
export function totalStock(product: Pick<SellerProduct, "variants">): number | null {
  const counted = (product.variants ?? []).filter((variant) => typeof variant.inventory_quantity === "number")
  if (counted.length === 0) return null
  return counted.reduce((sum, variant) => sum + Math.max(0, variant.inventory_quantity ?? 0), 0)
}

/** Where an order is for the producer: to ship, on its way, delivered, or canceled. */
export type OrderStage = "new" | "shipped" | "delivered" | "canceled"

export function orderStage(order: Pick<SellerOrder, "status" | "fulfillment_status" | "fulfillments">): OrderStage {
  if (order.status === "canceled") return "canceled"
  const fulfillment = order.fulfillment_status ?? ""
  if (fulfillment === "delivered" || fulfillment === "partially_delivered") return "delivered"
  if (fulfillment === "shipped" || fulfillment === "partially_shipped") return "shipped"
  const fulfillments = (order.fulfillments ?? []).filter((f) => !f.canceled_at)
  if (fulfillments.some((f) => f.delivered_at)) return "delivered"
  if (fulfillments.some((f) => f.shipped_at)) return "shipped"
  return "new"
}

/** The carrier (its code) and tracking number of the order's shipment, when it has one. */
export function orderTracking(order: Pick<SellerOrder, "fulfillments">): { carrier: string | null; number: string | null } {
  for (const fulfillment of order.fulfillments ?? []) {
    if (fulfillment.canceled_at) continue
    const number = fulfillment.labels?.find((label) => label.tracking_number)?.tracking_number ?? null
    const carrier = typeof fulfillment.metadata?.carrier === "string" ? fulfillment.metadata.carrier : null
    if (number || carrier) return { carrier, number }
  }
  return { carrier: null, number: null }
}

/** "#1024" for an order with a display number, else the end of its id. */
export function orderNumber(order: Pick<SellerOrder, "id" | "display_id">): string {
  return typeof order.display_id === "number" ? `#${order.display_id}` : `#${order.id.slice(-6).toUpperCase()}`
}

export const countNewOrders = (orders: readonly SellerOrder[]) => orders.filter((order) => orderStage(order) === "new").length

/** Shipping carriers producers use in Vietnam, as the orders API names them. */
export const CARRIERS = ["ghn", "ghtk", "viettel_post", "vnpost", "other"] as const
export type Carrier = (typeof CARRIERS)[number]

export type ShipValues = { carrier: string; tracking_number: string }

export function readShipForm(formData: FormData): ShipValues {
  return { carrier: textField(formData, "carrier"), tracking_number: textField(formData, "tracking_number") }
}

export type ShipCheck =
  | { ok: true; body: { carrier: Carrier; tracking_number: string } }
  | { ok: false; errors: Record<string, { code: "required" | "invalidChoice" | "invalidTracking" }> }

export function checkShipForm(values: ShipValues): ShipCheck {
  const errors: Extract<ShipCheck, { ok: false }>["errors"] = {}
  const carrier = (CARRIERS as readonly string[]).includes(values.carrier) ? (values.carrier as Carrier) : null
  if (!values.carrier) errors.carrier = { code: "required" }
  else if (!carrier) errors.carrier = { code: "invalidChoice" }
  const tracking = values.tracking_number.trim().replace(/\s+/g, " ")
  if (!tracking) errors.tracking_number = { code: "required" }
  else if (!/^[A-Za-z0-9.\-_/ ]{4,60}$/.test(tracking)) errors.tracking_number = { code: "invalidTracking" }
  if (!carrier || Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, body: { carrier, tracking_number: tracking } }
}

/** Only a path inside the seller panel of the given locale is a place to return to after sign-in. */
export function safeSellerPath(path: string | null | undefined, locale: string): string {
  const home = `/${locale}/seller`
  if (!path || !path.startsWith(`${home}`) || path.startsWith(`${home}/login`) || /[\\\s]|\/\/|\.\./.test(path)) return home
  const rest = path.slice(home.length)
  return rest === "" || rest.startsWith("/") || rest.startsWith("?") ? path : home
}
