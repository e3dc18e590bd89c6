import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { groupLinesByProducer, shippingMethodsForLines } from "./split-cart-by-producer"

export type SummaryCartLine = {
  id: string
  variant_id?: string | null
  product_id?: string | null
  product_handle?: string | null
  title: string
  product_title?: string | null
  variant_title?: string | null
  thumbnail?: string | null
  quantity: BigNumberInput
  unit_price: BigNumberInput
  /** Medusa's line total: after discounts, with taxes. Falls back to unit price × quantity. */
  total?: BigNumberInput | null
  requires_shipping?: boolean | null
  variant?: { product?: { shipping_profile?: { id: string } | null } | null } | null
}

export type SummaryShippingMethod = {
  shipping_option_id?: string | null
  name: string
  amount: BigNumberInput
  /** Medusa's method total: after discounts, with taxes. Falls back to the amount. */
  total?: BigNumberInput | null
}

export type SummaryProducer = {
  id: string
  handle: string
  name: string
  village: { handle: string; name: string } | null
}

export type SummarizeCartInput = {
  cart: {
    id: string
    currency_code: string
    email?: string | null
    shipping_address?: Record<string, unknown> | null
    items?: SummaryCartLine[] | null
    shipping_methods?: SummaryShippingMethod[] | null
  }
  /** product id → its producer */
  producerByProduct: Record<string, SummaryProducer>
  /** shipping option id → shipping profile id */
  profileByOption: Record<string, string>
  /** variant id → what can still be bought (null: not counted, e.g. made to order) */
  availableByVariant: Record<string, number | null>
}

const num = (value: BigNumberInput | null | undefined) => MathBN.convert(value ?? 0).toNumber()

/**
 * The cart as the orders it will become: one group per producer (the same grouping and
 * shipping rule the placement uses), each with its lines, its own shipping charge and
 * its total, and the sums over all groups. A group's total is what that producer's
 * order will total; the cart's total is what the purchase will total.
 */
export function summarizeCartByProducer({ cart, producerByProduct, profileByOption, availableByVariant }: SummarizeCartInput) {
  const producerIdByProduct = Object.fromEntries(Object.entries(producerByProduct).map(([product, p]) => [product, p.id]))
  const producers = new Map(Object.values(producerByProduct).map((p) => [p.id, p]))
  const methods = cart.shipping_methods ?? []
  const chosen = methods[0]

  const groups = [...groupLinesByProducer(cart.items ?? [], producerIdByProduct).entries()].map(([producerId, lines]) => {
    const items = lines.map((line) => {
      const subtotal = MathBN.mult(line.unit_price, line.quantity)
      return {
        id: line.id,
        variant_id: line.variant_id ?? null,
        product_handle: line.product_handle ?? null,
        title: line.product_title ?? line.title,
        variant_title: line.variant_title ?? null,
        thumbnail: line.thumbnail ?? null,
        quantity: num(line.quantity),
        unit_price: num(line.unit_price),
        subtotal: subtotal.toNumber(),
        available_quantity: line.variant_id ? (availableByVariant[line.variant_id] ?? null) : null,
        total: line.total ?? subtotal,
      }
    })
    const shipping = shippingMethodsForLines(lines, methods, profileByOption)
    const itemSubtotal = items.reduce((sum, i) => MathBN.add(sum, i.subtotal), MathBN.convert(0))
    const itemTotal = items.reduce((sum, i) => MathBN.add(sum, i.total), MathBN.convert(0))
    const shippingTotal = shipping.reduce((sum, m) => MathBN.add(sum, m.total ?? m.amount), MathBN.convert(0))
    return {
      producer: producers.get(producerId)!,
      items: items.map(({ total: _total, ...item }) => item),
      item_subtotal: itemSubtotal.toNumber(),
      shipping_total: shippingTotal.toNumber(),
      total: MathBN.add(itemTotal, shippingTotal).toNumber(),
    }
  })

  const sum = (pick: (g: (typeof groups)[number]) => number) =>
    groups.reduce((total, g) => MathBN.add(total, pick(g)), MathBN.convert(0)).toNumber()
  return {
    cart_id: cart.id,
    currency_code: cart.currency_code,
    email: cart.email ?? null,
    shipping_address: cart.shipping_address ?? null,
    shipping_option: chosen
      ? { id: chosen.shipping_option_id ?? null, name: chosen.name, amount: num(chosen.amount) }
      : null,
    groups,
    item_total: sum((g) => g.item_subtotal),
    shipping_total: sum((g) => g.shipping_total),
    total: sum((g) => g.total),
  }
}

export type CartSummary = ReturnType<typeof summarizeCartByProducer>
