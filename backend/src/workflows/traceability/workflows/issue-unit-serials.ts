import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issueUnitSerialsStep } from "../steps/issue-unit-serials"
import { validateProducerOwnsLotStep } from "../steps/validate-producer-owns-lot"

export const issueUnitSerialsWorkflow = createWorkflow(
  "issue-unit-serials",
  (input: { producer_id?: string; lot_id: string; count: number }) => {
    when({ input }, ({ input }) => !!input.producer_id).then(() => {
      validateProducerOwnsLotStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id!, lot_id: input.lot_id })))
    })
    const issued = issueUnitSerialsStep(transform({ input }, ({ input }) => ({ lot_id: input.lot_id, count: input.count })))
    return new WorkflowResponse(issued)
  }
)
