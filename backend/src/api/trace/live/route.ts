import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { traceLives } from "../../utils/traceability/trace-view"
import type { TraceLiveBatchQueryType } from "../validators"

/**
 * GET /trace/live?reads=CODE:vi,CODE:en: the live parts of many trace pages at once, in
 * the order asked (null for an unknown code), each with its page stamp when a language is
 * given. The storefront's trace edge asks for the codes scanned while its previous read
 * was under way, so that a label scanned hundreds of times a second across thousands of
 * codes costs the backend a few queries per batch, not per page (docs/benchmarks.md,
 * issue #8). The same answer as `GET /trace/codes/:code/live` for each code.
 */
export const GET = async (req: MedusaRequest<unknown, TraceLiveBatchQueryType>, res: MedusaResponse) => {
  res.json({ lives: await traceLives(req.scope, req.validatedQuery.reads) })
}
