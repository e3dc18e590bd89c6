import { generateTraceCode } from "@cln/domain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The producer's own lot number, or a readable default: the production date and a short
 * random suffix (e.g. L261129-7KQ). A step, so the number is drawn once per run.
 */
export const resolveLotNumberStep = createStep(
  "resolve-lot-number",
  async (input: { lot_number?: string | null; produced_at?: Date | string | null }) => {
    if (input.lot_number) return new StepResponse(input.lot_number)
    const day = new Date(input.produced_at ?? Date.now()).toISOString().slice(2, 10).replace(/-/g, "")
    return new StepResponse(`L${day}-${generateTraceCode().slice(0, 3)}`)
  }
)
