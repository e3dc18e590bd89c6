import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vietnamYearOf } from "@cln/domain"
import { sendProgramDigestWorkflow } from "../workflows/program/workflows/send-program-digest"

/**
 * Every Monday morning in Vietnam: the craft-village program's figures (targets met and
 * short, villages at risk) in the trade officers' admin feed. Medusa runs scheduled jobs
 * in the worker (or shared) process only, and with Redis one process runs each tick.
 */
export default async function sendProgramDigestJob(container: MedusaContainer, context?: { scheduledFor?: Date }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const scheduledFor = context?.scheduledFor ?? new Date()
  const { result } = await sendProgramDigestWorkflow(container).run({
    input: { year: vietnamYearOf(scheduledFor), scheduled_for: scheduledFor.toISOString() },
  })
  logger.info(
    `Program digest for ${result.scheduled_for}: ${result.targets_met} targets met, ${result.targets_short} short, ${result.villages_at_risk} villages at risk (process ${process.pid})`
  )
}

export const config = {
  name: "send-program-digest",
  // 00:00 UTC on Mondays is 07:00 in Asia/Ho_Chi_Minh. PROGRAM_DIGEST_SCHEDULE replaces it
  // (a cron pattern; six fields for seconds, which the multi-process test uses).
  schedule: process.env.PROGRAM_DIGEST_SCHEDULE || "0 0 * * 1",
}
