import type { MedusaResponse } from "@medusajs/framework/http"
import { deliverProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/deliver-producer-order"
import type { ProducerRequest } from "../../../guard"
import { retrieveProducerOrder } from "../route"

/** POST /producer/orders/:id/deliver */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  await deliverProducerOrderWorkflow(req.scope).run({ input: { producer_id: req.producer.id, order_id: req.params.id! } })
  res.json({ order: await retrieveProducerOrder(req, req.params.id!) })
}
