import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getSelectsAndRelationsFromObjectArray } from "@medusajs/framework/utils"
import { CRAFT_VILLAGE_MODULE } from "../../../modules/craft-village"
import type CraftVillageModuleService from "../../../modules/craft-village/service"
import type { CreateCraftVillageInput } from "./create-craft-villages"

/** The village's own fields; its artisans are created and changed by their own workflows. */
export type UpdateCraftVillageData = Partial<Omit<CreateCraftVillageInput, "id" | "artisans">>

export type UpdateCraftVillagesStepInput = {
  selector: { id: string | string[] }
  update: UpdateCraftVillageData
}

export const updateCraftVillagesStep = createStep(
  "update-craft-villages",
  async ({ selector, update }: UpdateCraftVillagesStepInput, { container }) => {
    const service: CraftVillageModuleService = container.resolve(CRAFT_VILLAGE_MODULE)
    // Keep the fields about to change, so a rollback writes them back.
    const { selects, relations } = getSelectsAndRelationsFromObjectArray([update])
    const previous = await service.listCraftVillages(selector, { select: ["id", ...selects], relations })
    const updated = await service.updateCraftVillages({ selector, data: update })
    return new StepResponse(
      updated,
      previous.map(({ artisans: _artisans, ...village }) => village)
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const service: CraftVillageModuleService = container.resolve(CRAFT_VILLAGE_MODULE)
    await service.updateCraftVillages(previous)
  }
)
