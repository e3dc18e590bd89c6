import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { TraceabilityEvents } from "../events"
import { createLabelJobStep } from "../steps/create-label-jobs"
import { renderLabelJobStep } from "../steps/render-label-job"
import { validateProducerOwnsLotStep } from "../steps/validate-producer-owns-lot"

/** Queues a label sheet too large to render within a request; a subscriber renders it. */
export const createLabelJobWorkflow = createWorkflow(
  "create-label-job",
  (input: { producer_id: string; lot_id: string; size: string; include_serials: boolean; total: number }) => {
    validateProducerOwnsLotStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id, lot_id: input.lot_id })))
    const job = createLabelJobStep(
      transform({ input }, ({ input }) => ({
        lot_id: input.lot_id, size: input.size, include_serials: input.include_serials, total: input.total, requested_by: input.producer_id,
      }))
    )
    emitEventStep({ eventName: TraceabilityEvents.LABEL_JOB_CREATED, data: transform({ job }, ({ job }) => ({ id: job.id })) })
    return new WorkflowResponse(job)
  }
)

// Each render is kept a week (Admin → Settings → Workflows, table workflow_execution): an
// operator sees which sheets failed and why, and that each request was rendered once.
const RENDER_RETENTION_SECONDS = 7 * 24 * 3600

export const renderLabelJobWorkflow = createWorkflow({ name: "render-label-job", retentionTime: RENDER_RETENTION_SECONDS }, (input: { job_id: string }) => {
  return new WorkflowResponse(renderLabelJobStep(input))
})

/**
 * Sends label_job.created again for jobs whose render stopped (its worker was killed) or
 * whose event never arrived (lost with Redis): the render claims each job once, so a
 * second delivery of the same event changes nothing.
 */
export const requeueLabelJobsWorkflow = createWorkflow("requeue-label-jobs", (input: { ids: string[] }) => {
  const events = transform({ input }, ({ input }) => input.ids.map((id) => ({ id })))
  emitEventStep({ eventName: TraceabilityEvents.LABEL_JOB_CREATED, data: events })
  return new WorkflowResponse(events)
})
