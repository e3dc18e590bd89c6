import { diffVillageFigures, VILLAGE_FIGURE_FIELDS, type VillageFigureChange, type VillageFigures } from "@cln/domain"
import type { UpdateCraftVillageData } from "../../craft-village/steps/update-craft-villages"
import type { VillageRecordChangeSource } from "../../../modules/craft-village/models/village-record-change"

/** A village as stored, with the figures the audit trail follows. */
export type StoredVillageFigures = VillageFigures & { id: string; handle: string }

/** One village to update: by id (an officer's edit) or by handle (an import row). */
export type VillageRecordUpdate = {
  id?: string
  handle?: string
  /** The spreadsheet row, for the import's answer. */
  row?: number
  update: UpdateCraftVillageData
}

export type PlannedVillageChange = VillageFigureChange & { craft_village_id: string; handle: string; row: number | null }

export type VillageRecordPlan = {
  /** Villages to write: the figures that change plus any other field the edit sets. */
  updates: ({ id: string } & UpdateCraftVillageData)[]
  changes: PlannedVillageChange[]
  unchanged: string[]
}

export type VillageRecordChangeInput = {
  craft_village_id: string
  field: string
  from_value: string
  to_value: string
  changed_by: string | null
  source: VillageRecordChangeSource
  import_id: string | null
}

const figuresOf = (v: VillageFigures): VillageFigures => ({
  households: v.households,
  workers: v.workers,
  workers_trained: v.workers_trained,
  households_env_compliant: v.households_env_compliant,
  status: v.status,
})

/** Finds the stored village an update is for, by id or handle (handles match ignoring case). */
export function storedVillageOf(stored: readonly StoredVillageFigures[], u: VillageRecordUpdate): StoredVillageFigures | undefined {
  if (u.id) return stored.find((v) => v.id === u.id)
  const handle = u.handle?.trim().toLowerCase()
  return stored.find((v) => v.handle.toLowerCase() === handle)
}

/**
 * What an update really changes. A village whose figures stay the same and that has no
 * other field to set is left alone, so re-importing last year's sheet writes nothing and
 * adds nothing to the audit trail.
 */
export function planVillageRecords(stored: readonly StoredVillageFigures[], requested: readonly VillageRecordUpdate[]): VillageRecordPlan {
  const plan: VillageRecordPlan = { updates: [], changes: [], unchanged: [] }
  for (const u of requested) {
    const village = storedVillageOf(stored, u)
    if (!village) continue
    const current = figuresOf(village)
    const next = figuresOf({ ...current, ...pickFigures(u.update) })
    const changes = diffVillageFigures(current, next)
    const others = Object.keys(u.update).filter((k) => !(VILLAGE_FIGURE_FIELDS as readonly string[]).includes(k))
    if (!changes.length && !others.length) {
      plan.unchanged.push(village.id)
      continue
    }
    const update: { id: string } & UpdateCraftVillageData = { id: village.id }
    for (const c of changes) (update as Record<string, unknown>)[c.field] = c.to
    for (const k of others) (update as Record<string, unknown>)[k] = (u.update as Record<string, unknown>)[k]
    plan.updates.push(update)
    plan.changes.push(...changes.map((c) => ({ ...c, craft_village_id: village.id, handle: village.handle, row: u.row ?? null })))
  }
  return plan
}

function pickFigures(update: UpdateCraftVillageData): Partial<VillageFigures> {
  const picked: Partial<VillageFigures> = {}
  for (const field of VILLAGE_FIGURE_FIELDS) {
    const value = (update as Record<string, unknown>)[field]
    if (value !== undefined) (picked as Record<string, unknown>)[field] = value
  }
  return picked
}

/** The audit rows for a plan; values are written as text (a count or a status key). */
export function auditRowsOf(
  plan: VillageRecordPlan,
  context: { changed_by: string | null; source: VillageRecordChangeSource; import_id: string | null }
): VillageRecordChangeInput[] {
  return plan.changes.map((c) => ({
    craft_village_id: c.craft_village_id,
    field: c.field,
    from_value: String(c.from),
    to_value: String(c.to),
    changed_by: context.changed_by,
    source: context.source,
    import_id: context.import_id,
  }))
}
