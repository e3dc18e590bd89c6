import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { PlacementLocationLevel, PlacementVariant } from "./types"

export type InventoryLine = { id: string; variant_id?: string | null; quantity: BigNumberInput; title?: string }

/** The input of Medusa's confirm/reserve inventory steps, plus the line's title. */
export type InventoryItemToReserve = {
  id: string
  title?: string
  inventory_item_id: string
  required_quantity: number
  allow_backorder: boolean
  quantity: BigNumberInput
  location_ids: string[]
}

const asList = <T>(value: T | T[] | null | undefined): T[] => (value == null ? [] : Array.isArray(value) ? value : [value])

/**
 * Which inventory items each line draws from and at which stock locations of the
 * sales channel, preferring locations that hold enough: the same choice Medusa's
 * `prepareConfirmInventoryInput` makes (core-flows does not export it). Lines whose
 * variant does not manage inventory are left out.
 */
export function prepareInventoryItems(input: {
  sales_channel_id?: string | null
  variants: PlacementVariant[]
  items: InventoryLine[]
}): InventoryItemToReserve[] {
  const variants = new Map(input.variants.map((v) => [v.id, v]))
  const result: InventoryItemToReserve[] = []

  for (const item of input.items) {
    const variant = item.variant_id ? variants.get(item.variant_id) : undefined
    if (!variant?.manage_inventory) continue

    const links = variant.inventory_items ?? []
    if (!links.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${variant.id} does not have any inventory items associated with it.`)
    }
    for (const link of links) {
      const levels = (link.inventory?.location_levels ?? []).filter((level) => inChannel(level, input.sales_channel_id))
      if (!levels.length && !variant.allow_backorder) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Sales channel ${input.sales_channel_id} is not associated with any stock location for variant ${variant.id}.`
        )
      }
      const needed = MathBN.mult(link.required_quantity, item.quantity)
      const enough = levels.filter((level) => MathBN.gte(available(level), needed))
      result.push({
        id: item.id,
        title: item.title,
        inventory_item_id: link.inventory_item_id,
        required_quantity: link.required_quantity,
        allow_backorder: !!variant.allow_backorder,
        quantity: item.quantity,
        location_ids: (enough.length ? enough : levels).map((level) => level.location_id),
      })
    }
  }
  return result
}

function inChannel(level: PlacementLocationLevel, salesChannelId: string | null | undefined) {
  if (!salesChannelId) return true
  return asList(level.stock_locations).some((location) =>
    asList(location.sales_channels).some((channel) => channel.id === salesChannelId)
  )
}

function available(level: PlacementLocationLevel) {
  return MathBN.sub(
    level.raw_stocked_quantity ?? level.stocked_quantity ?? 0,
    level.raw_reserved_quantity ?? level.reserved_quantity ?? 0
  )
}
