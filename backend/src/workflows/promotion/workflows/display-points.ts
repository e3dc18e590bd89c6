import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createDisplayPointStep,
  recordDisplayPointScanStep,
  updateDisplayPointStep,
  validateDisplayPointStep,
  type DisplayPointData,
} from "../steps/display-points"

/** An officer registers a place that shows craft products, optionally with the catalog it shows. */
export const createDisplayPointWorkflow = createWorkflow("create-display-point", (input: DisplayPointData) => {
  validateDisplayPointStep(transform({ input }, ({ input }) => ({ handle: input.handle, catalog_id: input.catalog_id })))
  return new WorkflowResponse(createDisplayPointStep(input))
})

export const updateDisplayPointWorkflow = createWorkflow("update-display-point", (input: Partial<DisplayPointData> & { id: string }) => {
  validateDisplayPointStep(transform({ input }, ({ input }) => ({ id: input.id, handle: input.handle, catalog_id: input.catalog_id })))
  return new WorkflowResponse(updateDisplayPointStep(input))
})

/** A passer-by scanned the point's poster. */
export const recordDisplayPointScanWorkflow = createWorkflow(
  "record-display-point-scan",
  (input: { display_point_id: string; locale: string | null }) => new WorkflowResponse(recordDisplayPointScanStep(input))
)
