import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type ValidateProducerApplicationInput = {
  auth_identity_id: string
  handle: string
  member_email: string
  actor_id?: string | null
}

/**
 * One sign-in makes one application; handles and member emails are unique, and the
 * message says which one is taken so the applicant can change it.
 */
export const validateProducerApplicationStep = createStep(
  "validate-producer-application",
  async (input: ValidateProducerApplicationInput, { container }) => {
    if (input.actor_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This account has already applied as a producer.")
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [byHandle] = await service.listProducers({ handle: input.handle }, { select: ["id"], withDeleted: true })
    if (byHandle) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The shop address "${input.handle}" is already taken; choose another.`)
    }
    const [byEmail] = await service.listProducerMembers({ email: input.member_email }, { select: ["id"] })
    if (byEmail) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The email ${input.member_email} already belongs to a producer account.`)
    }
  }
)
