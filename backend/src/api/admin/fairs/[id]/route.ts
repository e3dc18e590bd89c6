import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteTradeFairWorkflow } from "../../../../workflows/promotion/workflows/delete-trade-fair"
import { updateTradeFairWorkflow } from "../../../../workflows/promotion/workflows/trade-fairs"
import type { AdminUpdateTradeFairType } from "../../catalogs/validators"
import { listFairs } from "../present"

async function found(req: AuthenticatedMedusaRequest) {
  const [fair] = await listFairs(req.scope, { id: req.params.id! })
  if (!fair) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy hội chợ / Fair ${req.params.id} was not found.`)
  return fair
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ fair: await found(req) })
}

/** POST /admin/fairs/:id: edit the fair; producer_ids, when given, is the whole list of participants. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateTradeFairType>, res: MedusaResponse) => {
  await updateTradeFairWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ fair: await found(req) })
}

/** DELETE /admin/fairs/:id: removes the fair and its list of participants; the producers stay. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await found(req)
  await deleteTradeFairWorkflow(req.scope).run({ input: { id: req.params.id! } })
  res.json({ id: req.params.id, object: "trade_fair", deleted: true })
}
