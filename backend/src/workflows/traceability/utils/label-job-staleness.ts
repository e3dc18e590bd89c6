/**
 * How long a label job may go without a heartbeat (its progress writes, several a second
 * while it renders) before its render is taken for dead and the job is rendered again:
 * LABEL_JOB_STALE_SECONDS, 30 by default. A queued job waits as long for its event before
 * the sweep sends it again (the event was lost with Redis, or its delivery died).
 */
export function labelJobStaleSeconds(env: Record<string, string | undefined> = process.env): number {
  const seconds = Number(env.LABEL_JOB_STALE_SECONDS)
  return Number.isFinite(seconds) && seconds >= 5 ? seconds : 30
}
