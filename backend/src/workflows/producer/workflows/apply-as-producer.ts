import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createProducerMembersStep } from "../steps/create-producer-members"
import { validateProducerApplicationStep } from "../steps/validate-producer-application"
import { createProducersWorkflow } from "./create-producers"
import { ProducerEvents } from "../events"

export type ApplyAsProducerWorkflowInput = {
  auth_identity_id: string
  /** The auth identity's current producer actor, if any (one application per sign-in). */
  actor_id?: string | null
  producer: {
    handle: string
    name: string
    legal_kind: "household" | "cooperative" | "enterprise"
    tax_code?: string | null
    phone: string
    email: string
    address: string
    story?: string | null
    craft_village_id?: string | null
  }
  member: { name: string; email: string; phone?: string | null }
}

/**
 * A public application to sell: a pending producer, its first member (the applicant), and
 * the applicant's sign-in bound to that member. Officers approve or reject it later.
 */
export const applyAsProducerWorkflow = createWorkflow("apply-as-producer", (input: ApplyAsProducerWorkflowInput) => {
  validateProducerApplicationStep(
    transform({ input }, ({ input }) => ({
      auth_identity_id: input.auth_identity_id,
      actor_id: input.actor_id,
      handle: input.producer.handle,
      member_email: input.member.email,
    }))
  )
  const producers = createProducersWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ producers: [{ ...input.producer, status: "pending" as const }] })),
  })
  const producer = transform({ producers }, ({ producers }) => producers[0]!)
  const members = createProducerMembersStep(
    transform({ input, producer }, ({ input, producer }) => [{ ...input.member, producer_id: producer.id, role: "owner" as const }])
  )
  setAuthAppMetadataStep(
    transform({ input, members }, ({ input, members }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "producer",
      value: members[0]!.id,
    }))
  )
  emitEventStep({
    eventName: ProducerEvents.APPLIED,
    data: transform({ producer }, ({ producer }) => ({ id: producer.id })),
  })
  return new WorkflowResponse(producer)
})
