import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { VillageRecordChangeSource } from "../../../modules/craft-village/models/village-record-change"
import { CraftVillageEvents } from "../../craft-village/events"
import { recordVillageChangesStep } from "../steps/record-village-changes"
import { updateVillageRecordsStep } from "../steps/update-village-records"
import { validateVillageRecordsStep } from "../steps/validate-village-records"
import { auditRowsOf, planVillageRecords, type StoredVillageFigures, type VillageRecordUpdate } from "../utils/plan-village-records"

export type UpdateVillageRecordsWorkflowInput = {
  /** By id (an officer's edit) or by handle (import rows); one kind per run. */
  villages: VillageRecordUpdate[]
  /** The admin user making the change. */
  changed_by: string | null
  source: VillageRecordChangeSource
  import_id?: string | null
}

/**
 * Updates craft villages' records and writes one audit row per figure that changes
 * (households, workers, workers trained, compliant households, status). An officer's edit
 * and a spreadsheet import both go through here, so the trail is complete whichever way
 * the figures arrive; any failure rolls back the villages and the trail together.
 */
export const updateVillageRecordsWorkflow = createWorkflow("update-village-records", (input: UpdateVillageRecordsWorkflowInput) => {
  const filters = transform({ input }, ({ input }) =>
    input.villages.some((v) => v.id) ? { id: input.villages.map((v) => v.id!) } : { handle: input.villages.map((v) => v.handle!.trim().toLowerCase()) }
  )
  const { data: stored } = useQueryGraphStep({
    entity: "craft_village",
    fields: ["id", "handle", "households", "workers", "workers_trained", "households_env_compliant", "status"],
    filters,
  })
  validateVillageRecordsStep(
    transform({ stored, input }, ({ stored, input }) => ({ stored: stored as StoredVillageFigures[], updates: input.villages }))
  )
  const plan = transform({ stored, input }, ({ stored, input }) => planVillageRecords(stored as StoredVillageFigures[], input.villages))
  const updated = updateVillageRecordsStep(transform({ plan }, ({ plan }) => plan.updates))
  const changes = recordVillageChangesStep(
    transform({ plan, input }, ({ plan, input }) =>
      auditRowsOf(plan, { changed_by: input.changed_by, source: input.source, import_id: input.import_id ?? null })
    )
  )

  emitEventStep({
    eventName: CraftVillageEvents.CRAFT_VILLAGE_UPDATED,
    data: transform({ plan }, ({ plan }) => plan.updates.map((u) => ({ id: u.id }))),
  })

  const result = transform({ plan, updated, changes }, ({ plan, updated, changes }) => ({
    villages: updated,
    updated: plan.updates.length,
    unchanged: plan.unchanged.length,
    changes: plan.changes.map((c, i) => ({ ...c, id: changes[i]?.id ?? null })),
  }))
  const villageRecordsUpdated = createHook("villageRecordsUpdated", { result, source: input.source, import_id: input.import_id })
  return new WorkflowResponse(result, { hooks: [villageRecordsUpdated] })
})
