import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { CATALOG_MODULE } from "../../../modules/catalog"
import { deleteTradeFairStep } from "../steps/delete-trade-fair"

/**
 * An officer removes a fair: its participant links go with it (the producers stay), and
 * both come back if a later step fails.
 */
export const deleteTradeFairWorkflow = createWorkflow("delete-trade-fair", (input: { id: string }) => {
  removeRemoteLinkStep({ [CATALOG_MODULE]: { trade_fair_id: input.id } })
  deleteTradeFairStep(input.id)
  return new WorkflowResponse({ id: input.id })
})
