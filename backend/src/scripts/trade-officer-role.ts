import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, FeatureFlag } from "@medusajs/framework/utils"
import { ensureTradeOfficerRoleWorkflow } from "../workflows/officer-role/workflows/ensure-trade-officer-role"
import { TRADE_OFFICER_ROLE } from "../workflows/officer-role/trade-officer"

/**
 * The trade officer role, when roles are on (MEDUSA_FF_RBAC=true); without them every
 * admin user may do everything and there is nothing to create. Returns the role's id.
 * Called by the seed; on its own: `medusa exec ./src/scripts/trade-officer-role.ts`.
 */
export async function ensureTradeOfficerRole(container: MedusaContainer): Promise<string | null> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // The same router Medusa's own `medusa user` reads to decide on the super admin role.
  if (!FeatureFlag.isFeatureEnabled("rbac")) {
    logger.info("Roles are off (MEDUSA_FF_RBAC is not true): no trade officer role to create")
    return null
  }
  const { result } = await ensureTradeOfficerRoleWorkflow(container).run()
  logger.info(`Role "${TRADE_OFFICER_ROLE.name}" ready (${result.role_id}); give it to officers in Settings → Users`)
  return result.role_id
}

export default async function tradeOfficerRole({ container }: ExecArgs) {
  await ensureTradeOfficerRole(container)
}
