import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { calendarDateToStored, type CalendarDate } from "@cln/domain"
import { CertificateEvents } from "../events"
import { createGeoMarksStep, type CreateGeoMarkData } from "../steps/create-geo-marks"
import { validateGeoMarkStep } from "../steps/validate-geo-mark"

export type CreateGeoMarkInput = Omit<CreateGeoMarkData, "decision_date"> & { decision_date?: CalendarDate | null }

/** An officer registers a geographic indication or a collective/certification mark as the IP Office granted it. */
export const createGeoMarkWorkflow = createWorkflow("create-geo-mark", (input: CreateGeoMarkInput) => {
  validateGeoMarkStep(transform({ input }, ({ input }) => ({ handle: input.handle })))
  const created = createGeoMarksStep(
    transform({ input }, ({ input }) => [
      { ...input, decision_date: input.decision_date ? calendarDateToStored(input.decision_date) : null },
    ])
  )
  emitEventStep({
    eventName: CertificateEvents.GEO_MARK_CREATED,
    data: transform({ created }, ({ created }) => ({ id: created[0]!.id })),
  })
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]!))
})
