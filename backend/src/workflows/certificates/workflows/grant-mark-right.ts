import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { calendarDateToStored, type CalendarDate } from "@cln/domain"
import { GEO_INDICATION_MODULE } from "../../../modules/geo-indication"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { CertificateEvents } from "../events"
import { createMarkRightsStep } from "../steps/create-mark-rights"
import { validateMarkRightGrantStep } from "../steps/validate-mark-right-grant"

export type GrantMarkRightInput = {
  geo_mark_id: string
  producer_id: string
  granted_at: CalendarDate
  expires_at?: CalendarDate | null
  today?: CalendarDate | null
}

/** The managing body's grant of a producer's right to use a mark, as an officer records it. */
export const grantMarkRightWorkflow = createWorkflow("grant-mark-right", (input: GrantMarkRightInput) => {
  validateMarkRightGrantStep(input)
  const created = createMarkRightsStep(
    transform({ input }, ({ input }) => [
      {
        geo_mark_id: input.geo_mark_id,
        granted_at: calendarDateToStored(input.granted_at),
        expires_at: input.expires_at ? calendarDateToStored(input.expires_at) : null,
      },
    ])
  )
  createRemoteLinkStep(
    transform({ input, created }, ({ input, created }) => [
      { [PRODUCER_MODULE]: { producer_id: input.producer_id }, [GEO_INDICATION_MODULE]: { mark_right_id: created[0]!.id } },
    ])
  )
  emitEventStep({
    eventName: CertificateEvents.MARK_RIGHT_GRANTED,
    data: transform({ input, created }, ({ input, created }) => ({ id: created[0]!.id, producer_id: input.producer_id, geo_mark_id: input.geo_mark_id })),
  })
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]!))
})
