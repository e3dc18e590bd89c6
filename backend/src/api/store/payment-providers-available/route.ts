import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreListAvailablePaymentProvidersType } from "./validators"

/**
 * GET /store/payment-providers-available?region_id=: the payment methods a buyer in this
 * region can choose. Medusa's /store/payment-providers lists every provider linked to
 * the region, including one whose keys were removed (disabled); this lists only the
 * enabled ones, i.e. those configured on this server, cash on delivery first.
 */
export const GET = async (req: MedusaRequest<unknown, StoreListAvailablePaymentProvidersType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region_payment_provider",
    fields: ["payment_provider.id", "payment_provider.is_enabled"],
    filters: { region_id: req.validatedQuery.region_id },
  })
  const ids = (data as { payment_provider?: { id: string; is_enabled: boolean } | null }[])
    .map((row) => row.payment_provider)
    .filter((p): p is { id: string; is_enabled: boolean } => !!p?.is_enabled)
    .map((p) => p.id)
    .sort((a, b) => (a === "pp_system_default" ? -1 : b === "pp_system_default" ? 1 : a.localeCompare(b)))
  res.json({ payment_providers: ids.map((id) => ({ id })) })
}
