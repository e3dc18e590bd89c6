import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createLabelJobWorkflow } from "../../../../workflows/traceability/workflows/label-jobs"
import { loadLotContext } from "../../../../workflows/traceability/utils/lot-context"
import { assertProducerOwnsLot } from "../../../../workflows/traceability/utils/ownership"
import type { ProducerRequest } from "../../guard"
import type { ProducerCreateLabelJobType } from "../validators"
import { presentLabelJob } from "./present"

/** POST /producer/trace/label-jobs: render a large A4 label sheet in the background. */
export const POST = async (req: ProducerRequest<ProducerCreateLabelJobType>, res: MedusaResponse) => {
  const body = req.validatedBody
  await assertProducerOwnsLot(req.scope, req.producer.id, body.lot_id)
  const context = await loadLotContext(req.scope, body.lot_id)
  const total = body.include_serials ? context.lot.serial_count : body.count!
  if (total < 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Lô này chưa có số sê-ri; hãy phát hành trước / This lot has no serials yet; issue some first.")
  }
  const { result } = await createLabelJobWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, lot_id: body.lot_id, size: body.size, include_serials: body.include_serials, total },
  })
  res.status(202).json({ job: presentLabelJob(result) })
}
