import { hashTraceEvent, stepToEventShape, traceEventContent, type TraceQuantity, type TraceStepKey } from "@cln/domain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export type TraceEventInput = {
  lot_id: string
  step: TraceStepKey
  event_time: Date
  event_time_zone_offset?: string
  place_name?: string | null
  read_point?: string | null
  biz_location?: string | null
  inputs?: TraceQuantity[]
  outputs?: TraceQuantity[]
  data?: Record<string, unknown>
}

type Undo = { event_id: string; lot_id: string; head_hash: string | null; event_count: number }

/**
 * Appends one event to the end of its lot's chain: the new event's hash covers its content
 * and the current head's hash, and the lot's head moves to it. Two appends racing on one
 * lot take the same sequence number; the unique (lot, sequence) index stops the second.
 */
export const appendTraceEventStep = createStep(
  "append-trace-event",
  async (input: TraceEventInput, { container }) => {
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const lot = await service.retrieveLot(input.lot_id, { select: ["id", "code", "head_hash", "event_count"] })
    const shape = stepToEventShape(input.step)
    const row = {
      lot_code: lot.code,
      sequence: lot.event_count + 1,
      step: input.step,
      ...shape,
      event_time: input.event_time,
      event_time_zone_offset: input.event_time_zone_offset ?? "+07:00",
      read_point: input.read_point ?? null,
      biz_location: input.biz_location ?? null,
      place_name: input.place_name ?? null,
      inputs: input.inputs ?? [],
      outputs: input.outputs ?? [],
      data: input.data ?? {},
    }
    const content = traceEventContent(row)
    const hash = hashTraceEvent(content, lot.head_hash ?? null)
    let event
    try {
      event = await service.createTraceEvents({
        lot_id: lot.id,
        sequence: content.sequence,
        step: content.step,
        event_type: content.event_type,
        action: content.action,
        biz_step: content.biz_step,
        disposition: content.disposition,
        event_time: new Date(content.event_time),
        event_time_zone_offset: content.event_time_zone_offset,
        read_point: content.read_point,
        biz_location: content.biz_location,
        place_name: content.place_name,
        inputs: content.inputs as any,
        outputs: content.outputs as any,
        data: content.data,
        prev_hash: lot.head_hash ?? null,
        hash,
      })
    } catch (e) {
      if (/unique|duplicate/i.test(String((e as Error).message))) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "Lô này vừa có sự kiện khác được ghi; hãy thử lại / Another event was just recorded for this lot; please try again."
        )
      }
      throw e
    }
    await service.updateLots({ id: lot.id, head_hash: hash, event_count: content.sequence })
    const undo: Undo = { event_id: event.id, lot_id: lot.id, head_hash: lot.head_hash ?? null, event_count: lot.event_count }
    return new StepResponse(event, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    await service.deleteTraceEvents(undo.event_id)
    await service.updateLots({ id: undo.lot_id, head_hash: undo.head_hash, event_count: undo.event_count })
  }
)
