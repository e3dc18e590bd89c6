import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ProducerOrderLink from "../../../../links/producer-order"
import type { ProducerRequest } from "../../guard"
import { PRODUCER_ORDER_FIELDS } from "../query-config"

/** Loads one of the producer's orders; another producer's order is "not found". */
export async function retrieveProducerOrder(req: ProducerRequest, orderId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ProducerOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { producer_id: req.producer.id, order_id: orderId },
  })
  if (!links.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found.`)
  const { data: [order] } = await query.graph({ entity: "order", fields: PRODUCER_ORDER_FIELDS, filters: { id: orderId } })
  return order
}

export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json({ order: await retrieveProducerOrder(req, req.params.id!) })
}
