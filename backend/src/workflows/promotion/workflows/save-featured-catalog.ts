import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PromotionEvents } from "../events"
import { createFeaturedCatalogStep, type FeaturedCatalogData } from "../steps/create-featured-catalog"
import { replaceCatalogItemsStep } from "../steps/replace-catalog-items"
import { updateFeaturedCatalogStep } from "../steps/update-featured-catalog"
import { validateCatalogStep } from "../steps/validate-catalog"

export type CreateFeaturedCatalogInput = FeaturedCatalogData & { product_ids: string[] }

/** An officer starts a catalog (a draft) with its products in the order given. */
export const createFeaturedCatalogWorkflow = createWorkflow("create-featured-catalog", (input: CreateFeaturedCatalogInput) => {
  validateCatalogStep(input)
  const catalog = createFeaturedCatalogStep(
    transform({ input }, ({ input: { product_ids: _ids, ...data } }) => data)
  )
  replaceCatalogItemsStep(transform({ catalog, input }, ({ catalog, input }) => ({ catalog_id: catalog.id, product_ids: input.product_ids })))
  emitEventStep({ eventName: PromotionEvents.CATALOG_SAVED, data: transform({ catalog }, ({ catalog }) => ({ id: catalog.id })) })
  return new WorkflowResponse(catalog)
})

export type UpdateFeaturedCatalogInput = Partial<FeaturedCatalogData> & { id: string; product_ids?: string[] }

/**
 * An officer edits a catalog: its texts, schedule and, when given, its products in their
 * new order (adding, removing and reordering are one change).
 */
export const updateFeaturedCatalogWorkflow = createWorkflow("update-featured-catalog", (input: UpdateFeaturedCatalogInput) => {
  validateCatalogStep(input)
  const catalog = updateFeaturedCatalogStep(transform({ input }, ({ input: { product_ids: _ids, ...data } }) => data))
  when({ input }, ({ input }) => !!input.product_ids).then(() => {
    replaceCatalogItemsStep(transform({ input }, ({ input }) => ({ catalog_id: input.id, product_ids: input.product_ids! })))
  })
  emitEventStep({ eventName: PromotionEvents.CATALOG_SAVED, data: { id: input.id } })
  return new WorkflowResponse(catalog)
})
