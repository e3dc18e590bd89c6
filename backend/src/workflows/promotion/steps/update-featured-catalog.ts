import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getSelectsAndRelationsFromObjectArray } from "@medusajs/framework/utils"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import type { FeaturedCatalogData } from "./create-featured-catalog"

export type FeaturedCatalogUpdate = Partial<FeaturedCatalogData> & {
  id: string
  status?: "draft" | "published"
  published_at?: Date | null
}

/** Updates a catalog's own fields; a rollback writes back what was there. */
export const updateFeaturedCatalogStep = createStep(
  "update-featured-catalog",
  async (update: FeaturedCatalogUpdate, { container }) => {
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    const { selects } = getSelectsAndRelationsFromObjectArray([update])
    const [previous] = await service.listFeaturedCatalogs({ id: update.id }, { select: ["id", ...selects] })
    const updated = await service.updateFeaturedCatalogs(update)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    await service.updateFeaturedCatalogs(previous as any)
  }
)
