import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { TraceabilityEvents } from "../workflows/traceability/events"
import { renderLabelJobWorkflow } from "../workflows/traceability/workflows/label-jobs"

export default async function labelJobCreated({ event, container }: SubscriberArgs<{ id: string }>) {
  await renderLabelJobWorkflow(container).run({ input: { job_id: event.data.id } })
}

export const config: SubscriberConfig = { event: TraceabilityEvents.LABEL_JOB_CREATED }
