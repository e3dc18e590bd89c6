import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { TraceabilityEvents } from "../events"
import { appendTraceEventStep, type TraceEventInput } from "../steps/append-trace-event"
import { validateProducerOwnsLotStep } from "../steps/validate-producer-owns-lot"

/** Records one step of a lot's journey. `producer_id` is set for producer requests (seed scripts act as the platform). */
export const recordTraceEventWorkflow = createWorkflow(
  "record-trace-event",
  (input: TraceEventInput & { producer_id?: string }) => {
    when({ input }, ({ input }) => !!input.producer_id).then(() => {
      validateProducerOwnsLotStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id!, lot_id: input.lot_id })))
    })
    const event = appendTraceEventStep(transform({ input }, ({ input }) => {
      const { producer_id: _producer, ...event } = input
      return event
    }))
    emitEventStep({ eventName: TraceabilityEvents.TRACE_EVENT_RECORDED, data: transform({ event }, ({ event }) => ({ id: event.id })) })
    return new WorkflowResponse(event)
  }
)
