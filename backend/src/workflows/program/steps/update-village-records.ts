import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRAFT_VILLAGE_MODULE } from "../../../modules/craft-village"
import type CraftVillageModuleService from "../../../modules/craft-village/service"
import type { UpdateCraftVillageData } from "../../craft-village/steps/update-craft-villages"

export type UpdateVillageRecordsStepInput = ({ id: string } & UpdateCraftVillageData)[]

/** Writes several villages at once, each with its own fields; a rollback writes back what was there. */
export const updateVillageRecordsStep = createStep(
  "update-village-records",
  async (updates: UpdateVillageRecordsStepInput, { container }) => {
    if (!updates.length) return new StepResponse([] as { id: string }[], [] as UpdateVillageRecordsStepInput)
    const service: CraftVillageModuleService = container.resolve(CRAFT_VILLAGE_MODULE)
    const fields = [...new Set(updates.flatMap((u) => Object.keys(u)))]
    const previous = await service.listCraftVillages({ id: updates.map((u) => u.id) }, { select: fields as any })
    const updated = (await service.updateCraftVillages(updates as any)) as unknown as { id: string }[]
    return new StepResponse(updated, previous as unknown as UpdateVillageRecordsStepInput)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: CraftVillageModuleService = container.resolve(CRAFT_VILLAGE_MODULE)
    await service.updateCraftVillages(previous as any)
  }
)
