import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * One page of a producer's orders, read straight from the order tables with the knex
 * builder (bound parameters only). The list must stay fast for a producer with
 * thousands of orders among tens of thousands: going through query.graph recomputes every
 * order's totals from its lines and costs about 40 ms of CPU per page, while the totals are
 * already stored in order_summary. The detail route still uses query.graph.
 */
export async function listProducerOrders(scope: MedusaContainer, producerId: string, { skip, take }: { skip: number; take: number }) {
  const knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // Count and page on the producer–order link table alone (indexed by producer, and its
  // rows are written at checkout, so their time is the order's): joining "order" first
  // makes PostgreSQL scan every order in the database.
  const mine = knex("producer_producer_order_order").where("producer_id", producerId).whereNull("deleted_at")
  // The count and the page side by side: two index reads, one round trip's wait.
  const [[counted], pageRows] = await Promise.all([
    mine.clone().count({ count: "*" }),
    mine
      .clone()
      .select("order_id")
      .orderBy([{ column: "created_at", order: "desc" }, { column: "order_id", order: "desc" }])
      .limit(take)
      .offset(skip),
  ])
  const count = Number(counted?.count ?? 0)
  const page: string[] = pageRows.map((r: { order_id: string }) => r.order_id)
  if (!page.length) return { orders: [], count }

  const rows = await knex("order as o")
    .leftJoin("order_summary as s", function () {
      this.on("s.order_id", "o.id").andOnNull("s.deleted_at")
    })
    .leftJoin("order_address as a", "a.id", "o.shipping_address_id")
    .whereIn("o.id", page)
    .whereNull("o.deleted_at")
    .select(
      "o.id",
      "o.display_id",
      "o.status",
      "o.created_at",
      "o.email",
      "o.currency_code",
      knex.raw("(s.totals->>'current_order_total')::numeric as total"),
      knex.raw(
        "json_build_object('first_name', a.first_name, 'last_name', a.last_name, 'phone', a.phone, 'address_1', a.address_1, 'city', a.city, 'province', a.province, 'country_code', a.country_code) as shipping_address"
      )
    )
  const byId = new Map(rows.map((o: { id: string }) => [o.id, o]))
  const orders = page.map((id) => byId.get(id)).filter(Boolean) as any[]

  const ids = orders.map((o: { id: string }) => o.id)

  const [items, fulfillments] = await Promise.all([
    knex("order_item as oi")
      .join("order as o", function () {
        this.on("o.id", "oi.order_id").andOn("o.version", "oi.version")
      })
      .join("order_line_item as li", "li.id", "oi.item_id")
      .whereIn("oi.order_id", ids)
      .whereNull("oi.deleted_at")
      .select(
        "oi.order_id",
        "li.id",
        "li.title",
        "li.subtitle",
        "li.variant_title",
        "li.variant_sku",
        "li.thumbnail",
        knex.raw("oi.quantity::float as quantity"),
        knex.raw("li.unit_price::float as unit_price")
      )
      .orderBy("li.created_at"),
    knex("order_fulfillment as of")
      .join("fulfillment as f", "f.id", "of.fulfillment_id")
      .whereIn("of.order_id", ids)
      .whereNull("of.deleted_at")
      .select(
        "of.order_id",
        "f.id",
        "f.shipped_at",
        "f.delivered_at",
        "f.canceled_at",
        "f.metadata",
        knex.raw(
          "coalesce((select json_agg(json_build_object('tracking_number', fl.tracking_number)) from fulfillment_label fl where fl.fulfillment_id = f.id and fl.deleted_at is null), '[]'::json) as labels"
        )
      ),
  ])
  const group = <T extends { order_id: string }>(rows: T[]) => {
    const by = new Map<string, Omit<T, "order_id">[]>()
    for (const { order_id, ...row } of rows) by.set(order_id, [...(by.get(order_id) ?? []), row])
    return by
  }
  const itemsOf = group(items)
  const fulfillmentsOf = group(fulfillments)
  return {
    count,
    orders: orders.map(({ total, ...o }: any) => ({
      ...o,
      total: total === null ? null : Number(total),
      items: itemsOf.get(o.id) ?? [],
      fulfillments: fulfillmentsOf.get(o.id) ?? [],
    })),
  }
}
