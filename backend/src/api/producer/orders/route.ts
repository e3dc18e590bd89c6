import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProducerOrderLink from "../../../links/producer-order"
import type { ProducerRequest } from "../guard"
import { PRODUCER_ORDER_FIELDS } from "./query-config"

/**
 * GET /producer/orders: the producer's own orders, newest first. Pages over the
 * producer–order link table (indexed by producer) so the cost does not grow with other
 * producers' orders, then loads just that page of orders.
 */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const { data: links, metadata } = await query.graph({
    entity: ProducerOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { producer_id: req.producer.id },
    pagination: { skip, take, order: { created_at: "DESC" } },
  })
  const ids = links.map((l: { order_id: string }) => l.order_id)
  const { data: orders } = ids.length
    ? await query.graph({ entity: "order", fields: PRODUCER_ORDER_FIELDS, filters: { id: ids } })
    : { data: [] }
  const byId = new Map(orders.map((o: { id: string }) => [o.id, o]))
  res.json({
    orders: ids.map((id: string) => byId.get(id)).filter(Boolean),
    count: metadata?.count ?? ids.length,
    offset: skip,
    limit: take,
  })
}
