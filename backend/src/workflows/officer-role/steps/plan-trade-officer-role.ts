import type { IRbacModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type TradeOfficerRolePlan = {
  /** The role, when it exists already. */
  role_id: string | null
  /** Policies the role should hold and does not yet. */
  missing_policy_ids: string[]
}

/**
 * What is there and what is missing: the role by its name, and the wanted policies by
 * key. Medusa writes its policies to the database when the application starts; a key
 * not found there is a mistake in our list, so the run stops and says which.
 */
export const planTradeOfficerRoleStep = createStep(
  "plan-trade-officer-role",
  async (input: { name: string; policy_keys: readonly string[] }, { container }) => {
    const rbac: IRbacModuleService = container.resolve(Modules.RBAC)
    const policies = await rbac.listRbacPolicies({ key: [...input.policy_keys] }, { select: ["id", "key"] })
    const unknown = input.policy_keys.filter((key) => !policies.some((p) => p.key === key))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Medusa không có quyền ${unknown.join(", ")} / Medusa has no policy ${unknown.join(", ")}; the trade officer role names a resource that does not exist.`
      )
    }
    const [role] = await rbac.listRbacRoles({ name: input.name }, { select: ["id"], take: 1 })
    const held = role ? new Set((await rbac.listRbacRolePolicies({ role_id: role.id }, { select: ["policy_id"] })).map((rp) => rp.policy_id)) : new Set<string>()
    const plan: TradeOfficerRolePlan = {
      role_id: role?.id ?? null,
      missing_policy_ids: policies.filter((p) => !held.has(p.id)).map((p) => p.id),
    }
    return new StepResponse(plan)
  }
)
