import { generateTraceCode } from "@cln/domain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

type Undo = { lot_id: string; code_ids: string[]; serial_count: number }

/** Issues N unit serials for a lot: random, unguessable codes, one per item. */
export const issueUnitSerialsStep = createStep(
  "issue-unit-serials",
  async (input: { lot_id: string; count: number }, { container }) => {
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    const lot = await service.retrieveLot(input.lot_id, { select: ["id", "serial_count"] })
    const codes = new Set<string>()
    while (codes.size < input.count) codes.add(generateTraceCode())
    const created = await service.createTraceCodes([...codes].map((code) => ({ code, kind: "unit" as const, lot_id: lot.id })))
    // Counted, not added, so two issues racing on one lot still leave the right total.
    const [, serialCount] = await service.listAndCountTraceCodes({ lot_id: lot.id, kind: "unit" }, { take: 1, select: ["id"] })
    await service.updateLots({ id: lot.id, serial_count: serialCount })
    const undo: Undo = { lot_id: lot.id, code_ids: created.map((c) => c.id), serial_count: lot.serial_count }
    return new StepResponse({ issued: created.length, serial_count: serialCount, codes: created.map((c) => c.code) }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    await service.deleteTraceCodes(undo.code_ids)
    await service.updateLots({ id: undo.lot_id, serial_count: undo.serial_count })
  }
)
