import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import {
  createTradeFairStep,
  fairProducerLinks,
  listFairProducersStep,
  updateTradeFairStep,
  validateTradeFairStep,
  type TradeFairData,
} from "../steps/trade-fairs"

/** An officer records a fair and the producers taking part. */
export const createTradeFairWorkflow = createWorkflow("create-trade-fair", (input: TradeFairData & { producer_ids: string[] }) => {
  validateTradeFairStep(input)
  const fair = createTradeFairStep(transform({ input }, ({ input: { producer_ids: _ids, ...data } }) => data))
  createRemoteLinkStep(transform({ fair, input }, ({ fair, input }) => fairProducerLinks(fair.id, input.producer_ids)))
  return new WorkflowResponse(fair)
})

/** Edits a fair; when producer_ids is given it becomes the whole list of participants. */
export const updateTradeFairWorkflow = createWorkflow(
  "update-trade-fair",
  (input: Partial<TradeFairData> & { id: string; producer_ids?: string[] }) => {
    validateTradeFairStep(input)
    const fair = updateTradeFairStep(transform({ input }, ({ input: { producer_ids: _ids, ...data } }) => data))
    when({ input }, ({ input }) => !!input.producer_ids).then(() => {
      const current = listFairProducersStep(input.id)
      const { add, remove } = transform({ input, current }, ({ input, current }) => ({
        add: fairProducerLinks(input.id, input.producer_ids!.filter((id) => !current.includes(id))),
        remove: fairProducerLinks(input.id, current.filter((id) => !input.producer_ids!.includes(id))),
      }))
      dismissRemoteLinkStep(remove)
      createRemoteLinkStep(add)
    })
    return new WorkflowResponse(fair)
  }
)
