import { renderLabelSheetPdf, type LabelSizeKey } from "@cln/labels"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { PassThrough } from "node:stream"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"
import { lotLabels } from "../utils/label-contents"
import { loadLotContext } from "../utils/lot-context"
import { labelJobStaleSeconds } from "../utils/label-job-staleness"

// Progress is written at most this often: the panel polls about once a second, and each
// write is also the render's heartbeat (updated_at), by which a dead render is told apart.
const PROGRESS_EVERY_MS = 400

/**
 * Takes the job for this render, in one UPDATE so that two deliveries of its event (the
 * queue's redelivery of a job whose worker died, and the sweep's, see
 * jobs/resume-label-jobs.ts) never render it twice: a queued job, or a running one whose
 * heartbeat stopped (its process was killed). A done, failed or live job is left alone.
 */
async function claimLabelJob(container: MedusaContainer, id: string): Promise<boolean> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const claimed = await knex("label_job")
    .where({ id })
    .whereNull("deleted_at")
    .andWhere((q) =>
      q.where("status", "queued").orWhere((running) =>
        running.where("status", "running").andWhere("updated_at", "<", knex.raw("now() - make_interval(secs => ?)", [labelJobStaleSeconds()]))
      )
    )
    .update({ status: "running", done: 0, error: null, updated_at: knex.fn.now() })
    .returning(["id"])
  return claimed.length === 1
}

/**
 * Renders a label job's A4 sheet, reporting progress as pages are laid out, and stores
 * the PDF with the File module. A failure marks the job failed with the reason, so the
 * panel shows it instead of waiting forever. A render cut short (the worker killed) is
 * started again from the first page by the next delivery of its event: a sheet is one
 * PDF stream, so nothing of the dead render is kept, and nothing is stored twice.
 */
export const renderLabelJobStep = createStep(
  "render-label-job",
  async (input: { job_id: string }, { container }) => {
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    if (!(await claimLabelJob(container, input.job_id))) {
      const current = await service.listLabelJobs({ id: input.job_id }, { select: ["id", "status"] })
      logger.info(`Label job ${input.job_id}: ${current[0]?.status ?? "gone"}, not rendered again`)
      return new StepResponse(current[0] ?? null)
    }
    const job = await service.retrieveLabelJob(input.job_id, { relations: ["lot"] })
    const started = Date.now()
    try {
      const context = await loadLotContext(container, job.lot.id)
      const chunks: Buffer[] = []
      const out = new PassThrough()
      out.on("data", (chunk: Buffer) => chunks.push(chunk))
      let lastWrite = 0
      const labels = lotLabels(container, context, { include_serials: job.include_serials, count: job.total })
      await renderLabelSheetPdf(labels, job.size as LabelSizeKey, out, {
        total: job.total,
        onProgress: (done) => {
          const now = Date.now()
          if (now - lastWrite < PROGRESS_EVERY_MS) return
          lastWrite = now
          void service.updateLabelJobs({ id: job.id, done: Math.min(done, job.total) }).catch(() => undefined)
        },
      })
      const pdf = Buffer.concat(chunks)
      const fileService = container.resolve(Modules.FILE)
      const [file] = await fileService.createFiles([
        { filename: `labels/${job.id}-${context.lot.lot_number}.pdf`, mimeType: "application/pdf", content: pdf.toString("base64"), access: "public" },
      ])
      const finished = await service.updateLabelJobs({ id: job.id, status: "done", done: job.total, file_key: file!.id, file_url: file!.url })
      // Which process rendered it (the worker, in production) and how long it took.
      const { workerMode } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
      logger.info(`Label job ${job.id}: ${job.total} labels rendered in ${((Date.now() - started) / 1000).toFixed(1)} s by the ${workerMode ?? "shared"} process ${process.pid}`)
      return new StepResponse(finished)
    } catch (e) {
      await service.updateLabelJobs({ id: job.id, status: "failed", error: (e as Error).message })
      throw e
    }
  }
)
