import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../modules/traceability"
import type TraceabilityModuleService from "../modules/traceability/service"
import { labelJobStaleSeconds } from "../workflows/traceability/utils/label-job-staleness"
import { requeueLabelJobsWorkflow } from "../workflows/traceability/workflows/label-jobs"

/**
 * Label sheets whose render died with its worker, or whose event was lost, would stay
 * "queued" or "running" for ever: the producer's panel would spin and nobody would know.
 * Every 15 s the worker finds jobs without a heartbeat for LABEL_JOB_STALE_SECONDS and
 * queues them again; the render claims each job once (steps/render-label-job.ts).
 */
export default async function resumeLabelJobsJob(container: MedusaContainer) {
  const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
  const staleSeconds = labelJobStaleSeconds()
  const stale = await service.listLabelJobs(
    { status: ["queued", "running"], updated_at: { $lt: new Date(Date.now() - staleSeconds * 1000) } },
    { select: ["id", "status", "done", "total"], take: 100 }
  )
  if (!stale.length) return
  await requeueLabelJobsWorkflow(container).run({ input: { ids: stale.map((job) => job.id) } })
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const job of stale) {
    logger.warn(`Label job ${job.id}: ${job.status} with no progress for ${staleSeconds} s (at ${job.done} of ${job.total}); queued again (process ${process.pid})`)
  }
}

export const config = {
  name: "resume-label-jobs",
  // LABEL_JOB_SWEEP_SCHEDULE replaces it (a cron pattern, six fields for seconds).
  schedule: process.env.LABEL_JOB_SWEEP_SCHEDULE || "*/15 * * * * *",
}
