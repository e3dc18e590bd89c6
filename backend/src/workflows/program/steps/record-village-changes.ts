import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRAFT_VILLAGE_MODULE } from "../../../modules/craft-village"
import type CraftVillageModuleService from "../../../modules/craft-village/service"
import type { VillageRecordChangeInput } from "../utils/plan-village-records"

/** Adds the audit rows, all stamped with the same moment; a rollback removes them. */
export const recordVillageChangesStep = createStep(
  "record-village-changes",
  async (rows: VillageRecordChangeInput[], { container }) => {
    if (!rows.length) return new StepResponse([] as { id: string }[], [] as string[])
    const service: CraftVillageModuleService = container.resolve(CRAFT_VILLAGE_MODULE)
    const changed_at = new Date()
    const created: { id: string }[] = await service.createVillageRecordChanges(rows.map((r) => ({ ...r, changed_at })))
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: CraftVillageModuleService = container.resolve(CRAFT_VILLAGE_MODULE)
    await service.deleteVillageRecordChanges(ids)
  }
)
