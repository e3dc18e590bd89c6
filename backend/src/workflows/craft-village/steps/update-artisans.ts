import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CRAFT_VILLAGE_MODULE } from "../../../modules/craft-village"
import type CraftVillageModuleService from "../../../modules/craft-village/service"

export type ArtisanDetails = {
  name?: string
  title?: "tho_gioi" | "nghe_nhan" | "nghe_nhan_uu_tu" | "nghe_nhan_nhan_dan"
  title_year?: number | null
  ethnic_group?: string
  bio?: string
  bio_en?: string | null
}

/** Changes an artisan's record (e.g. a new title); the rollback restores the changed fields. */
export const updateArtisanStep = createStep(
  "update-artisan",
  async ({ id, update }: { id: string; update: ArtisanDetails }, { container }) => {
    const service: CraftVillageModuleService = container.resolve(CRAFT_VILLAGE_MODULE)
    const fields = Object.keys(update) as (keyof ArtisanDetails)[]
    const before = await service.retrieveArtisan(id, { select: ["id", ...fields] })
    const updated = await service.updateArtisans({ id, ...update } as any)
    return new StepResponse(updated, { id, ...Object.fromEntries(fields.map((f) => [f, (before as any)[f]])) })
  },
  async (before, { container }) => {
    if (!before) return
    const service: CraftVillageModuleService = container.resolve(CRAFT_VILLAGE_MODULE)
    await service.updateArtisans(before as any)
  }
)
