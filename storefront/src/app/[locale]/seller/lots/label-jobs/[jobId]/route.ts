import { NextResponse, type NextRequest } from "next/server"
import { getLabelJob } from "@/lib/data/lots"
import { isPlausibleId } from "@/lib/lots/forms"
import { jobProgress } from "@/lib/lots/progress"

/**
 * GET /[locale]/seller/lots/label-jobs/:jobId: a label job's progress as JSON, for the
 * lot page's progress bar (it asks every second while the job runs).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; jobId: string }> }) {
  const { locale, jobId } = await params
  const headers = { "cache-control": "no-store" }
  if (!isPlausibleId(jobId)) return NextResponse.json({ message: "Not found" }, { status: 404, headers })
  const result = await getLabelJob(jobId)
  if (!result.ok) return NextResponse.json({ message: result.message }, { status: result.status, headers })
  const { job } = result.data
  const progress = jobProgress(job)
  return NextResponse.json(
    {
      ...progress,
      id: job.id,
      error: job.error ?? null,
      download: progress.finished ? `/${locale}/seller/lots/label-jobs/${encodeURIComponent(job.id)}/file` : null,
    },
    { headers }
  )
}
