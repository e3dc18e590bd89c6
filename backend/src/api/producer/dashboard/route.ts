import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProducerOrderLink from "../../../links/producer-order"
import type { ProducerRequest } from "../guard"

// A variant at or under this stock is shown as running low on the dashboard.
export const LOW_STOCK = 5

type Level = { stocked_quantity: number; reserved_quantity: number }
type Variant = { id: string; title: string; sku: string | null; manage_inventory: boolean; inventory_items?: { inventory?: { location_levels?: Level[] } }[] }
type Fulfillment = { shipped_at: string | null; delivered_at: string | null; canceled_at: string | null }

const available = (v: Variant) =>
  (v.inventory_items ?? []).reduce(
    (sum, i) => sum + (i.inventory?.location_levels ?? []).reduce((s, l) => s + l.stocked_quantity - l.reserved_quantity, 0),
    0
  )

/** GET /producer/dashboard: what a producer checks first on the phone. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [producer] } = await query.graph({
    entity: "producer",
    fields: [
      "products.id",
      "products.title",
      "products.status",
      "products.thumbnail",
      "products.variants.id",
      "products.variants.title",
      "products.variants.sku",
      "products.variants.manage_inventory",
      "products.variants.inventory_items.inventory.location_levels.stocked_quantity",
      "products.variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: req.producer.id },
  })
  const products: any[] = (producer as any)?.products ?? []
  const lowStock = products.flatMap((p) =>
    (p.variants as Variant[])
      .filter((v) => v.manage_inventory)
      .map((v) => ({ product_id: p.id, product_title: p.title, thumbnail: p.thumbnail, variant_id: v.id, variant_title: v.title, sku: v.sku, available: available(v) }))
      .filter((v) => v.available <= LOW_STOCK)
  )

  const { data: links } = await query.graph({ entity: ProducerOrderLink.entryPoint, fields: ["order_id"], filters: { producer_id: req.producer.id } })
  const orderIds = links.map((l: { order_id: string }) => l.order_id)
  const { data: orders } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: ["id", "status", "created_at", "total", "currency_code", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at"],
        filters: { id: orderIds },
      })
    : { data: [] as any[] }
  const state = (o: any) => {
    if (o.status === "canceled") return "canceled"
    const live = ((o.fulfillments ?? []) as Fulfillment[]).filter((f) => !f.canceled_at)
    if (live.some((f) => f.delivered_at)) return "delivered"
    if (live.some((f) => f.shipped_at)) return "shipped"
    return "new"
  }
  const counts = { new: 0, shipped: 0, delivered: 0, canceled: 0 }
  const monthAgo = Date.now() - 30 * 24 * 3600 * 1000
  const sales30d = new Map<string, number>()
  for (const o of orders as any[]) {
    counts[state(o) as keyof typeof counts]++
    if (o.status !== "canceled" && new Date(o.created_at).getTime() >= monthAgo) {
      sales30d.set(o.currency_code, (sales30d.get(o.currency_code) ?? 0) + Number(o.total))
    }
  }

  res.json({
    products: {
      published: products.filter((p) => p.status === "published").length,
      draft: products.filter((p) => p.status !== "published").length,
    },
    low_stock: lowStock,
    orders: counts,
    // One total per currency: Vietnamese buyers pay in VND, buyers abroad in USD.
    sales_30_days: [...sales30d].map(([currency_code, amount]) => ({ currency_code, amount })),
  })
}
