import type { MedusaResponse } from "@medusajs/framework/http"
import { assertProducerOwnsLot } from "../../../../../workflows/traceability/utils/ownership"
import type { ProducerRequest } from "../../../guard"
import { producerLotDetail } from "../detail"

/** GET /producer/trace/lots/:id: one of the producer's lots (another's is "not found"). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  await assertProducerOwnsLot(req.scope, req.producer.id, req.params.id!)
  res.json({ lot: await producerLotDetail(req.scope, req.params.id!) })
}
