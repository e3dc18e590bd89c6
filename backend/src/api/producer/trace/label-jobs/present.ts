type Job = { id: string; status: string; done: number; total: number; size: string; include_serials: boolean; file_url?: string | null; error?: string | null; created_at?: Date | string }

export function presentLabelJob(job: Job) {
  return {
    id: job.id,
    status: job.status,
    size: job.size,
    include_serials: job.include_serials,
    done: job.done,
    total: job.total,
    progress: job.total ? Math.min(1, job.done / job.total) : 0,
    file_url: job.status === "done" ? job.file_url ?? null : null,
    error: job.error ?? null,
  }
}
