import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"

export type FeaturedCatalogData = {
  handle: string
  title: string
  title_en?: string | null
  story?: string | null
  story_en?: string | null
  hero_image_url?: string | null
  starts_at?: Date | null
  ends_at?: Date | null
}

export const createFeaturedCatalogStep = createStep(
  "create-featured-catalog",
  async (data: FeaturedCatalogData, { container }) => {
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    const created = await service.createFeaturedCatalogs(data)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    await service.deleteFeaturedCatalogs(id)
  }
)
