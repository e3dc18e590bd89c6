import type { MedusaResponse } from "@medusajs/framework/http"
import type { ProducerRequest } from "../../guard"
import { producerScanTotals } from "../queries"

/** GET /producer/trace/scans: how often the producer's labels were scanned, per product and per lot. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json(await producerScanTotals(req.scope, req.producer.id))
}
