import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateArtisanStep, type ArtisanDetails } from "../steps/update-artisans"

export type UpdateArtisanWorkflowInput = { id: string; update: ArtisanDetails }

/** An officer records an artisan's new title or corrects their biography. */
export const updateArtisanWorkflow = createWorkflow("update-artisan", (input: UpdateArtisanWorkflowInput) => {
  useQueryGraphStep({ entity: "artisan", fields: ["id"], filters: { id: input.id }, options: { throwIfKeyNotFound: true } })
  return new WorkflowResponse(updateArtisanStep(input))
})
