import type { MedusaResponse } from "@medusajs/framework/http"
import type { TraceQuantity } from "@cln/domain"
import { recordTraceEventWorkflow } from "../../../../../../workflows/traceability/workflows/record-trace-event"
import type { ProducerRequest } from "../../../../guard"
import type { ProducerRecordTraceEventType } from "../../../validators"

/** POST /producer/trace/lots/:id/events: record one step of the lot's journey (appended to its chain). */
export const POST = async (req: ProducerRequest<ProducerRecordTraceEventType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const data: Record<string, unknown> = {}
  if (body.note) data.note = body.note
  if (body.photo_url) data.photo_url = body.photo_url
  const { result } = await recordTraceEventWorkflow(req.scope).run({
    input: {
      producer_id: req.producer.id,
      lot_id: req.params.id!,
      step: body.step,
      event_time: body.event_time ?? new Date(),
      place_name: body.place_name,
      inputs: body.inputs as TraceQuantity[],
      outputs: body.outputs as TraceQuantity[],
      data,
    },
  })
  res.status(201).json({ event: result })
}
