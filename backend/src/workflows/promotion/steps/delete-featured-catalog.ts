import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"

/** Soft-deletes a catalog and its items; display points that showed it show nothing until given another. */
export const deleteFeaturedCatalogStep = createStep(
  "delete-featured-catalog",
  async (id: string, { container }) => {
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    const points = await service.listDisplayPoints({ catalog_id: id }, { select: ["id"] })
    if (points.length) await service.updateDisplayPoints(points.map((p) => ({ id: p.id, catalog_id: null })))
    await service.softDeleteFeaturedCatalogs(id)
    return new StepResponse(undefined, { id, points: points.map((p) => p.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    await service.restoreFeaturedCatalogs(undo.id)
    if (undo.points.length) await service.updateDisplayPoints(undo.points.map((id) => ({ id, catalog_id: undo.id })))
  }
)
