import { createStep } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import type { InventoryItemToReserve } from "../utils/prepare-inventory-items"

/**
 * Stock must cover every line at the location it will be reserved from, counting lines
 * that draw on the same inventory item together. Runs before anything is written; the
 * reservation itself checks again under a lock, for two buyers racing for the last one.
 */
export const validateStockStep = createStep(
  "validate-stock",
  async ({ items }: { items: InventoryItemToReserve[] }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const needs = new Map<string, { item: InventoryItemToReserve; location_id: string; quantity: ReturnType<typeof MathBN.convert>; titles: Set<string> }>()
    for (const item of items) {
      const location_id = item.location_ids[0]
      if (item.allow_backorder || !location_id) continue
      const key = `${item.inventory_item_id}:${location_id}`
      const need = needs.get(key) ?? { item, location_id, quantity: MathBN.convert(0), titles: new Set<string>() }
      need.quantity = MathBN.add(need.quantity, MathBN.mult(item.required_quantity, item.quantity))
      if (item.title) need.titles.add(item.title)
      needs.set(key, need)
    }

    const short: string[] = []
    for (const need of needs.values()) {
      const available = await inventory.retrieveAvailableQuantity(need.item.inventory_item_id, [need.location_id])
      if (MathBN.lt(available, need.quantity)) {
        const left = MathBN.convert(available).toNumber()
        short.push(`"${[...need.titles].join(", ")}" (còn / left: ${Math.max(0, left)})`)
      }
    }
    if (short.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Hết hàng / Out of stock: ${short.join("; ")}. Giảm số lượng rồi đặt lại / Lower the quantity and place the order again.`,
        MedusaError.Codes.INSUFFICIENT_INVENTORY
      )
    }
  }
)
