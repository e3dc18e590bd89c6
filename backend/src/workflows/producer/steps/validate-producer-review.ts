import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type ProducerReviewAction = "approve" | "reject" | "suspend" | "reinstate"
type Status = "pending" | "approved" | "rejected" | "suspended"

/** Which status each officer action starts from and leads to. */
export const REVIEW_TRANSITIONS: Record<ProducerReviewAction, { from: Status[]; to: Status; needsReason: boolean }> = {
  approve: { from: ["pending", "rejected"], to: "approved", needsReason: false },
  reject: { from: ["pending"], to: "rejected", needsReason: true },
  suspend: { from: ["approved"], to: "suspended", needsReason: true },
  reinstate: { from: ["suspended"], to: "approved", needsReason: false },
}

export const validateProducerReviewStep = createStep(
  "validate-producer-review",
  async (input: { producer_id: string; action: ProducerReviewAction; reason?: string | null }, { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [producer] = await service.listProducers({ id: input.producer_id }, { relations: ["members"] })
    if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${input.producer_id} was not found.`)
    const rule = REVIEW_TRANSITIONS[input.action]
    if (!rule.from.includes(producer.status as Status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cannot ${input.action} a producer whose status is "${producer.status}" (allowed from: ${rule.from.join(", ")}).`
      )
    }
    if (rule.needsReason && !input.reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A reason is required to ${input.action} a producer; the producer will read it.`)
    }
    return new StepResponse({
      id: producer.id,
      name: producer.name,
      email: producer.email,
      status: producer.status as Status,
      next_status: rule.to,
      member_emails: (producer.members ?? []).map((m) => m.email),
    })
  }
)
