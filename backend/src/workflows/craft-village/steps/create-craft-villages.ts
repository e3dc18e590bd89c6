import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRAFT_VILLAGE_MODULE } from "../../../modules/craft-village"
import type CraftVillageModuleService from "../../../modules/craft-village/service"

export type CreateCraftVillageInput = Parameters<CraftVillageModuleService["createCraftVillages"]>[0] extends
  | (infer T)[]
  | infer T
  ? T
  : never

export const createCraftVillagesStep = createStep(
  "create-craft-villages",
  async (villages: CreateCraftVillageInput[], { container }) => {
    const service: CraftVillageModuleService = container.resolve(CRAFT_VILLAGE_MODULE)
    const created = await service.createCraftVillages(villages)
    return new StepResponse(
      created,
      created.map((v) => v.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: CraftVillageModuleService = container.resolve(CRAFT_VILLAGE_MODULE)
    await service.deleteCraftVillages(ids)
  }
)
