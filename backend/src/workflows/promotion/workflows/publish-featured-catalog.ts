import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { IProductModuleService } from "@medusajs/framework/types"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CATALOG_MODULE } from "../../../modules/catalog"
import type CatalogModuleService from "../../../modules/catalog/service"
import { PromotionEvents } from "../events"
import { assertCatalogProducts } from "../steps/validate-catalog"
import { updateFeaturedCatalogStep } from "../steps/update-featured-catalog"

export type PublishFeaturedCatalogInput = { id: string; published: boolean }

/**
 * Publishing checks the catalog again as it is now: products may have been unpublished
 * or deleted since it was saved, and an empty catalog has nothing to show.
 */
const validatePublishableStep = createStep("validate-catalog-publishable", async (input: PublishFeaturedCatalogInput, { container }) => {
  const catalogs: CatalogModuleService = container.resolve(CATALOG_MODULE)
  const [catalog] = await catalogs.listFeaturedCatalogs({ id: input.id }, { select: ["id"], relations: ["items"], take: 1 })
  if (!catalog) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy danh mục / Catalog ${input.id} was not found.`)
  if (!input.published) return new StepResponse(undefined)
  const productIds = [...(catalog.items ?? [])].sort((a, b) => a.rank - b.rank).map((i) => i.product_id)
  if (!productIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Danh mục chưa có sản phẩm nào / Add at least one product before publishing.")
  }
  await assertCatalogProducts(container.resolve<IProductModuleService>(Modules.PRODUCT), productIds)
  return new StepResponse(undefined)
})

export const publishFeaturedCatalogWorkflow = createWorkflow("publish-featured-catalog", (input: PublishFeaturedCatalogInput) => {
  validatePublishableStep(input)
  const catalog = updateFeaturedCatalogStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      status: input.published ? ("published" as const) : ("draft" as const),
      published_at: input.published ? new Date() : null,
    }))
  )
  emitEventStep({
    eventName: transform({ input }, ({ input }) =>
      input.published ? PromotionEvents.CATALOG_PUBLISHED : PromotionEvents.CATALOG_UNPUBLISHED
    ),
    data: { id: input.id },
  })
  return new WorkflowResponse(catalog)
})
