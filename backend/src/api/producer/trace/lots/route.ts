import type { MedusaResponse } from "@medusajs/framework/http"
import { createLotWorkflow } from "../../../../workflows/traceability/workflows/create-lot"
import type { ProducerRequest } from "../../guard"
import { listProducerLots } from "../queries"
import type { ProducerCreateLotType, ProducerListLotsType } from "../validators"
import { producerLotDetail } from "./detail"

/** GET /producer/trace/lots: the producer's lots, newest first, with chain status and scans. */
export const GET = async (req: ProducerRequest & { validatedQuery: ProducerListLotsType }, res: MedusaResponse) => {
  const { lots, count } = await listProducerLots(req.scope, req.producer.id, req.validatedQuery)
  res.json({ lots, count, limit: req.validatedQuery.limit, offset: req.validatedQuery.offset })
}

/** POST /producer/trace/lots: a new lot of one of the producer's variants, with its lot code. */
export const POST = async (req: ProducerRequest<ProducerCreateLotType>, res: MedusaResponse) => {
  const { result } = await createLotWorkflow(req.scope).run({ input: { producer_id: req.producer.id, ...req.validatedBody } })
  res.status(201).json({ lot: await producerLotDetail(req.scope, result.id) })
}
