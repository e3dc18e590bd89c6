import type { MedusaResponse } from "@medusajs/framework/http"
import { issueUnitSerialsWorkflow } from "../../../../../../workflows/traceability/workflows/issue-unit-serials"
import type { ProducerRequest } from "../../../../guard"
import { TRACEABILITY_MODULE } from "../../../../../../modules/traceability"
import type TraceabilityModuleService from "../../../../../../modules/traceability/service"
import { labelUrl, loadLotContext } from "../../../../../../workflows/traceability/utils/lot-context"
import { assertProducerOwnsLot } from "../../../../../../workflows/traceability/utils/ownership"
import type { ProducerIssueSerialsType, ProducerListSerialsType } from "../../../validators"

/** GET /producer/trace/lots/:id/serials: the lot's unit serials with their label URL and scans. */
export const GET = async (req: ProducerRequest & { validatedQuery: ProducerListSerialsType }, res: MedusaResponse) => {
  const lotId = req.params.id!
  await assertProducerOwnsLot(req.scope, req.producer.id, lotId)
  const service: TraceabilityModuleService = req.scope.resolve(TRACEABILITY_MODULE)
  const { limit, offset } = req.validatedQuery
  const [[codes, count], context] = await Promise.all([
    service.listAndCountTraceCodes(
      { lot_id: lotId, kind: "unit" },
      { select: ["code", "scan_count", "first_scanned_at", "last_scanned_at"], order: { created_at: "ASC", code: "ASC" }, skip: offset, take: limit }
    ),
    loadLotContext(req.scope, lotId),
  ])
  res.json({
    serials: codes.map((c) => ({ code: c.code, url: labelUrl(context, c.code), scan_count: c.scan_count, first_scanned_at: c.first_scanned_at, last_scanned_at: c.last_scanned_at })),
    count,
    limit,
    offset,
  })
}

/** POST /producer/trace/lots/:id/serials: issue N unit serials (one QR per item). */
export const POST = async (req: ProducerRequest<ProducerIssueSerialsType>, res: MedusaResponse) => {
  const { result } = await issueUnitSerialsWorkflow(req.scope).run({
    input: { producer_id: req.producer.id, lot_id: req.params.id!, count: req.validatedBody.count },
  })
  res.status(201).json({ issued: result.issued, serial_count: result.serial_count })
}
