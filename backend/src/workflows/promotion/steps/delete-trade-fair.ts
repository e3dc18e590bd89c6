import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"

/** Soft-deletes a fair, so that a failed run can bring it back as it was. */
export const deleteTradeFairStep = createStep(
  "delete-trade-fair",
  async (id: string, { container }) => {
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    await service.softDeleteTradeFairs(id)
    return new StepResponse(undefined, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: CatalogModuleService = container.resolve(CATALOG_MODULE)
    await service.restoreTradeFairs(id)
  }
)
