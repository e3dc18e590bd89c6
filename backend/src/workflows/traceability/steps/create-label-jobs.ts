import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export type LabelJobInput = { lot_id: string; size: string; include_serials: boolean; total: number; requested_by?: string | null }

export const createLabelJobStep = createStep(
  "create-label-job",
  async (input: LabelJobInput, { container }) => {
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const job = await service.createLabelJobs(input)
    return new StepResponse(job, job.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    await service.deleteLabelJobs(id)
  }
)
