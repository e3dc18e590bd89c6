import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createTradeFairWorkflow } from "../../../workflows/promotion/workflows/trade-fairs"
import type { AdminCreateTradeFairType } from "../catalogs/validators"
import { listFairs } from "./present"

/** GET /admin/fairs: every fair, soonest first, with its participants. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const fairs = await listFairs(req.scope)
  res.json({ fairs, count: fairs.length })
}

/** POST /admin/fairs: record a fair and the producers taking part. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateTradeFairType>, res: MedusaResponse) => {
  const { result } = await createTradeFairWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ fair: (await listFairs(req.scope, { id: result.id }))[0] })
}
