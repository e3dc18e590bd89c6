import type { NextRequest } from "next/server"
import { getLabelJob } from "@/lib/data/lots"
import { notFoundResponse, streamProducerFile } from "@/lib/lots/backend-file"
import { isPlausibleId } from "@/lib/lots/forms"

/** GET /[locale]/seller/lots/label-jobs/:jobId/file: the finished label sheet (PDF) of a background job. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; jobId: string }> }) {
  const { locale, jobId } = await params
  if (!isPlausibleId(jobId)) return notFoundResponse()
  const result = await getLabelJob(jobId)
  if (!result.ok || result.data.job.status !== "done" || !result.data.job.file_url) return notFoundResponse()
  return streamProducerFile(request, locale, result.data.job.file_url, {
    contentType: "application/pdf",
    filename: `tem-${jobId}.pdf`,
  })
}
