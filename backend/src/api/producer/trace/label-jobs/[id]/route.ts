import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../../modules/traceability/service"
import type { ProducerRequest } from "../../../guard"
import { presentLabelJob } from "../present"

/** GET /producer/trace/label-jobs/:id: progress of one of the producer's label jobs. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const service: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const [job] = await service.listLabelJobs({ id: req.params.id!, requested_by: req.producer.id })
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy tác vụ in "${req.params.id}" / Label job "${req.params.id}" was not found.`)
  res.json({ job: presentLabelJob(job) })
}
