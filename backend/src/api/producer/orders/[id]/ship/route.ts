import type { MedusaResponse } from "@medusajs/framework/http"
import { shipProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/ship-producer-order"
import type { ProducerRequest } from "../../../guard"
import { retrieveProducerOrder } from "../route"
import type { ProducerShipOrderType } from "../../validators"

/** POST /producer/orders/:id/ship { carrier, tracking_number } */
export const POST = async (req: ProducerRequest<ProducerShipOrderType>, res: MedusaResponse) => {
  await shipProducerOrderWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, member_id: req.producer.member_id, order_id: req.params.id!, ...req.validatedBody },
  })
  res.json({ order: await retrieveProducerOrder(req, req.params.id!) })
}
