import type { MedusaResponse } from "@medusajs/framework/http"
import { sendSettlement, settlementReport, type SettlementQueryType } from "../../utils/settlement-report"
import type { ProducerRequest } from "../guard"

/** GET /producer/settlements?from&to&format: the producer's own settlement. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const q = req.validatedQuery as unknown as SettlementQueryType
  sendSettlement(res, await settlementReport(req.scope, req.producer.id, q), q.format)
}
