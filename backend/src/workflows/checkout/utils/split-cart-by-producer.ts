import type { CreateOrderDTO } from "@medusajs/framework/types"
import { MedusaError, OrderStatus } from "@medusajs/framework/utils"
import type {
  PlacementAddress,
  PlacementAdjustment,
  PlacementCart,
  PlacementLineItem,
  PlacementShippingMethod,
  PlacementTaxLine,
} from "./types"

type GroupableLine = { id: string; product_id?: string | null }
type ShippableLine = {
  requires_shipping?: boolean | null
  variant?: { product?: { shipping_profile?: { id: string } | null } | null } | null
}

/**
 * The cart's lines by producer, producers in the order they first appear in the cart.
 * Shared by the placement (one order per group) and the cart summary (one group per
 * future order), so the buyer is shown exactly the orders that will be made.
 */
export function groupLinesByProducer<T extends GroupableLine>(
  items: readonly T[],
  producerByProduct: Record<string, string>
): Map<string, T[]> {
  const itemsByProducer = new Map<string, T[]>()
  for (const item of items) {
    const producerId = item.product_id ? producerByProduct[item.product_id] : undefined
    if (!producerId) {
      // validateCartProducersStep refuses such carts before placement gets here.
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Line item ${item.id} has no producer.`)
    }
    const list = itemsByProducer.get(producerId) ?? []
    list.push(item)
    itemsByProducer.set(producerId, list)
  }
  return itemsByProducer
}

/**
 * The chosen shipping methods one producer's parcel needs: those whose option serves a
 * shipping profile of its lines. Each producer ships their own parcel, so a flat-rate
 * method is charged again in every producer's order.
 */
export function shippingMethodsForLines<M extends { shipping_option_id?: string | null }>(
  items: readonly ShippableLine[],
  methods: readonly M[],
  profileByOption: Record<string, string>
): M[] {
  const profiles = new Set(items.filter((i) => i.requires_shipping).map((i) => i.variant?.product?.shipping_profile?.id))
  return methods.filter((sm) => {
    const profile = sm.shipping_option_id ? profileByOption[sm.shipping_option_id] : undefined
    return profiles.has(profile)
  })
}

export type ProducerOrderInput = { producer_id: string; order: CreateOrderDTO }

export type SplitCartInput = {
  cart: PlacementCart
  /** product id → producer id */
  producerByProduct: Record<string, string>
  /** shipping option id → shipping profile id */
  profileByOption: Record<string, string>
}

/**
 * One order per producer, in the order producers first appear in the cart. Each order
 * carries the cart's customer, addresses, region, channel and currency, only that
 * producer's lines at the cart's prices, and a copy of each chosen shipping method
 * whose profile its lines need: a flat-rate option is charged once per producer order,
 * because each producer ships their own parcel.
 */
export function splitCartByProducer({ cart, producerByProduct, profileByOption }: SplitCartInput): ProducerOrderInput[] {
  return [...groupLinesByProducer(cart.items ?? [], producerByProduct).entries()].map(([producer_id, items]) => {
    const shippingMethods = shippingMethodsForLines(items, cart.shipping_methods ?? [], profileByOption)
    const lines = items.map(toOrderLineItem)
    const promoCodes = [...lines.flatMap((l) => l.adjustments ?? []), ...shippingMethods.flatMap((sm) => sm.adjustments ?? [])]
      .map((a) => a.code)
      .filter((code): code is string => !!code)

    const order: CreateOrderDTO = {
      region_id: cart.region_id ?? undefined,
      customer_id: cart.customer?.id ?? cart.customer_id ?? undefined,
      sales_channel_id: cart.sales_channel_id ?? undefined,
      status: OrderStatus.PENDING,
      email: cart.email ?? undefined,
      currency_code: cart.currency_code,
      locale: cart.locale ?? null,
      shipping_address: withoutId(cart.shipping_address),
      billing_address: withoutId(cart.billing_address),
      no_notification: false,
      items: lines,
      shipping_methods: shippingMethods.map(toOrderShippingMethod),
      metadata: cart.metadata ?? null,
      promo_codes: [...new Set(promoCodes)],
    }
    return { producer_id, order }
  })
}

// Same mapping as Medusa's prepareLineItemData for a cart line (not exported by core-flows).
function toOrderLineItem(item: PlacementLineItem): NonNullable<CreateOrderDTO["items"]>[number] {
  return {
    title: item.title,
    subtitle: item.subtitle ?? undefined,
    thumbnail: item.thumbnail ?? undefined,
    quantity: item.quantity,
    product_id: item.product_id ?? undefined,
    product_title: item.product_title ?? undefined,
    product_description: item.product_description ?? undefined,
    product_subtitle: item.product_subtitle ?? undefined,
    product_type: item.product_type ?? undefined,
    product_collection: item.product_collection ?? undefined,
    product_handle: item.product_handle ?? undefined,
    variant_id: item.variant_id ?? undefined,
    variant_sku: item.variant_sku ?? undefined,
    variant_barcode: item.variant_barcode ?? undefined,
    variant_title: item.variant_title ?? undefined,
    variant_option_values: item.variant_option_values ?? undefined,
    requires_shipping: !!item.requires_shipping,
    is_discountable: item.is_discountable ?? undefined,
    is_tax_inclusive: !!item.is_tax_inclusive,
    compare_at_unit_price: item.compare_at_unit_price ?? undefined,
    unit_price: item.unit_price,
    metadata: item.metadata ?? {},
    tax_lines: toTaxLines(item.tax_lines),
    adjustments: toAdjustments(item.adjustments),
  }
}

function toOrderShippingMethod(sm: PlacementShippingMethod): NonNullable<CreateOrderDTO["shipping_methods"]>[number] {
  return {
    name: sm.name,
    amount: sm.raw_amount ?? sm.amount,
    is_tax_inclusive: !!sm.is_tax_inclusive,
    shipping_option_id: sm.shipping_option_id ?? undefined,
    data: sm.data ?? {},
    tax_lines: toTaxLines(sm.tax_lines),
    adjustments: toAdjustments(sm.adjustments),
  }
}

function toTaxLines(lines: PlacementTaxLine[] | null | undefined) {
  return (lines ?? []).map((l) => ({
    description: l.description ?? undefined,
    tax_rate_id: l.tax_rate_id ?? undefined,
    code: l.code,
    rate: l.rate,
    provider_id: l.provider_id ?? undefined,
    metadata: l.metadata ?? null,
  }))
}

function toAdjustments(adjustments: PlacementAdjustment[] | null | undefined) {
  return (adjustments ?? []).map((a) => ({
    code: a.code ?? undefined,
    amount: a.amount,
    description: a.description ?? undefined,
    promotion_id: a.promotion_id ?? undefined,
    provider_id: a.provider_id ?? undefined,
  }))
}

function withoutId(address: PlacementAddress | null | undefined) {
  if (!address) return undefined
  const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...rest } = address
  return rest
}
