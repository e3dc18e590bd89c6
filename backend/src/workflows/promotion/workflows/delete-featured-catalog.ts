import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PromotionEvents } from "../events"
import { deleteFeaturedCatalogStep } from "../steps/delete-featured-catalog"

export const deleteFeaturedCatalogWorkflow = createWorkflow("delete-featured-catalog", (input: { id: string }) => {
  deleteFeaturedCatalogStep(input.id)
  emitEventStep({ eventName: PromotionEvents.CATALOG_DELETED, data: { id: input.id } })
  return new WorkflowResponse({ id: input.id })
})
