import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { TRACEABILITY_MODULE } from "../../../modules/traceability"
import type TraceabilityModuleService from "../../../modules/traceability/service"

export type ScanInput = {
  /** Given by the storefront's edge: a scan already written under this id is not written again. */
  id?: string
  trace_code_id: string
  scanned_at: Date
  country: string | null
  region: string | null
  city: string | null
  place: Record<string, unknown> | null
  fingerprint: string | null
  verdict: string
}

type Undo = { scan_ids: string[]; per_code: [string, number][] }

/**
 * Writes a batch of scans and moves each code's aggregate (count, first and last scan)
 * in the same step. The aggregate is updated with one relative UPDATE per code so that
 * two server processes flushing at once never lose a count.
 */
export const recordScansStep = createStep(
  "record-scans",
  async (scans: ScanInput[], { container }) => {
    if (!scans.length) return new StepResponse(0, { scan_ids: [], per_code: [] } as Undo)
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    // One multi-row INSERT: creating a thousand ORM entities cost about as much CPU as the
    // rest of a scan's path, and kept the database behind the scans arriving (docs/benchmarks.md).
    const rows = scans.map((scan) => ({
      id: scan.id ?? generateEntityId(undefined, "scan"),
      trace_code_id: scan.trace_code_id,
      scanned_at: scan.scanned_at,
      country: scan.country,
      region: scan.region,
      city: scan.city,
      place: scan.place === null ? null : JSON.stringify(scan.place),
      fingerprint: scan.fingerprint,
      verdict: scan.verdict,
    }))
    // A scan the edge sent twice (it gave up waiting on a batch the backend then wrote) has
    // the same id both times: only its first writing counts, here or in another process.
    const created: { id: string }[] = await knex("scan").insert(rows).onConflict("id").ignore().returning(["id"])
    const inserted = new Set(created.map((row) => row.id))
    const byCode = new Map<string, ScanInput[]>()
    scans.forEach((scan, i) => {
      const id = rows[i]!.id
      if (!inserted.delete(id)) return
      byCode.set(scan.trace_code_id, [...(byCode.get(scan.trace_code_id) ?? []), scan])
    })
    for (const [codeId, codeScans] of byCode) {
      const first = codeScans.reduce((a, b) => (a.scanned_at <= b.scanned_at ? a : b))
      const last = codeScans.reduce((a, b) => (a.scanned_at >= b.scanned_at ? a : b))
      await knex("trace_code")
        .where("id", codeId)
        .update({
          scan_count: knex.raw("scan_count + ?", [codeScans.length]),
          first_scanned_at: knex.raw("coalesce(first_scanned_at, ?)", [first.scanned_at]),
          first_scan_place: knex.raw("coalesce(first_scan_place, ?::jsonb)", [JSON.stringify(first.place ?? {})]),
          last_scanned_at: knex.raw("greatest(last_scanned_at, ?)", [last.scanned_at]),
        })
    }
    const undo: Undo = { scan_ids: created.map((s) => s.id), per_code: [...byCode].map(([id, list]) => [id, list.length]) }
    return new StepResponse(created.length, undo)
  },
  async (undo, { container }) => {
    if (!undo?.scan_ids.length) return
    const service: TraceabilityModuleService = container.resolve(TRACEABILITY_MODULE)
    await service.deleteScans(undo.scan_ids)
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    for (const [codeId, n] of undo.per_code) {
      await knex("trace_code").where("id", codeId).update({ scan_count: knex.raw("greatest(scan_count - ?, 0)", [n]) })
    }
  }
)
