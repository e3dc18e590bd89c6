import type { LabelJob, LabelJobStatus } from "./types"

/**
 * A label job's progress as the panel shows it. Backends report it as labels done (`done`
 * of `total`) or as `progress`, a fraction (0..1) or a count; all become a whole percentage.
 */

export type JobProgress = {
  status: LabelJobStatus
  done: number
  total: number
  /** 0..100, whole; 100 only when the job is done. */
  percent: number
  finished: boolean
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/** Labels done so far, from whichever field the backend sent. */
export function labelsDone(job: Pick<LabelJob, "done" | "progress" | "total" | "status">): number {
  const total = Math.max(0, job.total || 0)
  if (job.status === "done") return total
  if (typeof job.done === "number" && Number.isFinite(job.done)) return clamp(Math.floor(job.done), 0, total)
  const progress = job.progress
  if (typeof progress !== "number" || !Number.isFinite(progress) || progress <= 0) return 0
  // A fraction below 1 is a share of the total; anything larger counts labels.
  return clamp(progress < 1 ? Math.floor(progress * total) : Math.floor(progress), 0, total)
}

/** Done / total as a whole percentage, rounded down so that 100 % means finished. */
export function progressPercent(done: number, total: number, finished = false): number {
  if (finished) return 100
  if (!(total > 0) || !(done > 0)) return 0
  return clamp(Math.floor((done / total) * 100), 0, 99)
}

export function jobProgress(job: Pick<LabelJob, "done" | "progress" | "total" | "status">): JobProgress {
  const total = Math.max(0, job.total || 0)
  const done = labelsDone(job)
  const finished = job.status === "done"
  return { status: job.status, done, total, percent: progressPercent(done, total, finished), finished }
}

/** Whether the panel should ask again. */
export const jobStillRunning = (status: LabelJobStatus) => status === "queued" || status === "running"
