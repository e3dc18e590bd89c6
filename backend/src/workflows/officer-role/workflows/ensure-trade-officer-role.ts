import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRbacRolePoliciesStep, createRbacRolesStep } from "@medusajs/medusa/core-flows"
import { planTradeOfficerRoleStep } from "../steps/plan-trade-officer-role"
import { TRADE_OFFICER_POLICY_KEYS, TRADE_OFFICER_ROLE } from "../trade-officer"

/**
 * Creates the trade officer role with its policies, or gives an existing one the policies
 * it lacks; run again, it changes nothing. Policies an administrator added to the role by
 * hand are left as they are. Needs Medusa's RBAC module (MEDUSA_FF_RBAC=true).
 */
export const ensureTradeOfficerRoleWorkflow = createWorkflow("ensure-trade-officer-role", () => {
  const plan = planTradeOfficerRoleStep({ name: TRADE_OFFICER_ROLE.name, policy_keys: TRADE_OFFICER_POLICY_KEYS })
  const created = when({ plan }, ({ plan }) => !plan.role_id).then(() =>
    createRbacRolesStep({ roles: [{ name: TRADE_OFFICER_ROLE.name, description: TRADE_OFFICER_ROLE.description }] })
  )
  const roleId = transform({ plan, created }, ({ plan, created }) => plan.role_id ?? created![0]!.id)
  createRbacRolePoliciesStep(
    transform({ plan, roleId }, ({ plan, roleId }) => ({
      policies: plan.missing_policy_ids.map((policy_id) => ({ role_id: roleId, policy_id })),
    }))
  )
  return new WorkflowResponse({ role_id: roleId })
})
