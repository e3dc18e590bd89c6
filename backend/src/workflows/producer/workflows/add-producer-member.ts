import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createProducerMembersStep } from "../steps/create-producer-members"

export type AddProducerMemberWorkflowInput = {
  auth_identity_id: string
  producer_id: string
  name: string
  email: string
  phone?: string | null
  role?: "owner" | "staff"
}

/** Gives an existing producer another member who signs in with the given auth identity. */
export const addProducerMemberWorkflow = createWorkflow("add-producer-member", (input: AddProducerMemberWorkflowInput) => {
  const members = createProducerMembersStep(
    transform({ input }, ({ input: { auth_identity_id: _identity, ...member } }) => [member])
  )
  setAuthAppMetadataStep(
    transform({ input, members }, ({ input, members }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "producer",
      value: members[0]!.id,
    }))
  )
  return new WorkflowResponse(transform({ members }, ({ members }) => members[0]!))
})
