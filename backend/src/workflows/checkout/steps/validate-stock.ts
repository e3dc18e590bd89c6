import { createStep } from "@medusajs/framework/workflows-sdk"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import type { InventoryItemToReserve } from "../utils/prepare-inventory-items"

/**
 * What the buyer reads, in both languages, naming each product short of stock and
 * how many are left: "Hết hàng: Giỏ mây tre (còn 0). … / Out of stock: Giỏ mây tre (0 left). …"
 */
export function outOfStockMessage(short: { titles: string; left: number }[]): string {
  const vi = short.map((s) => `${s.titles} (còn ${s.left})`).join("; ")
  const en = short.map((s) => `${s.titles} (${s.left} left)`).join("; ")
  return `Hết hàng: ${vi}. Hãy giảm số lượng rồi đặt lại. / Out of stock: ${en}. Lower the quantity and place the order again.`
}

/**
 * Stock must cover every line at the location it will be reserved from, counting lines
 * that draw on the same inventory item together. Runs before anything is written; the
 * placement holds a lock per inventory item from this check until the stock is reserved, so
 * two buyers racing for the last one are served one after the other: the second reads 0 left.
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

    const short: { titles: string; left: number }[] = []
    for (const need of needs.values()) {
      const available = await inventory.retrieveAvailableQuantity(need.item.inventory_item_id, [need.location_id])
      if (MathBN.lt(available, need.quantity)) {
        short.push({ titles: [...need.titles].join(", "), left: Math.max(0, MathBN.convert(available).toNumber()) })
      }
    }
    if (short.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, outOfStockMessage(short), MedusaError.Codes.INSUFFICIENT_INVENTORY)
    }
  }
)
