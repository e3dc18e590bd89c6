import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRAFT_VILLAGE_MODULE } from "../../../modules/craft-village"
import type CraftVillageModuleService from "../../../modules/craft-village/service"

export type CreateArtisanInput = Parameters<CraftVillageModuleService["createArtisans"]>[0] extends
  | (infer T)[]
  | infer T
  ? T
  : never

export const createArtisansStep = createStep(
  "create-artisans",
  async (artisans: CreateArtisanInput[], { container }) => {
    const service: CraftVillageModuleService = container.resolve(CRAFT_VILLAGE_MODULE)
    const created = await service.createArtisans(artisans)
    return new StepResponse(
      created,
      created.map((a) => a.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: CraftVillageModuleService = container.resolve(CRAFT_VILLAGE_MODULE)
    await service.deleteArtisans(ids)
  }
)
