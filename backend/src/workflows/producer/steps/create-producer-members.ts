import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export type CreateProducerMemberInput = {
  producer_id: string
  email: string
  name: string
  phone?: string | null
  role?: "owner" | "staff"
}

export const createProducerMembersStep = createStep(
  "create-producer-members",
  async (members: CreateProducerMemberInput[], { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const created = await service.createProducerMembers(
      members.map(({ producer_id, ...member }) => ({ ...member, producer: producer_id }))
    )
    return new StepResponse(
      created,
      created.map((m) => m.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.deleteProducerMembers(ids)
  }
)
