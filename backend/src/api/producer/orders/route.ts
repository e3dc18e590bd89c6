import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../guard"
import { listProducerOrders } from "./list-producer-orders"

/** GET /producer/orders: the producer's own orders, newest first. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const { orders, count } = await listProducerOrders(req.scope, req.producer.id, { skip, take })
  res.json({ orders, count, offset: skip, limit: take })
}
