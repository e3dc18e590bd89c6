import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertProducerOwnsLot } from "../utils/ownership"

export const validateProducerOwnsLotStep = createStep(
  "validate-producer-owns-lot",
  async (input: { producer_id: string; lot_id: string }, { container }) => {
    await assertProducerOwnsLot(container, input.producer_id, input.lot_id)
    return new StepResponse(undefined)
  }
)
