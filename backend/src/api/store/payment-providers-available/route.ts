import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreListAvailablePaymentProvidersType } from "./validators"

/**
 * GET /store/payment-providers-available?region_id= (or ?cart_id=, for the cart's region):
 * the payment methods a buyer in this region can choose. Medusa's /store/payment-providers lists every provider linked to
 * the region, including one whose keys were removed (disabled); this lists only the
 * enabled ones, i.e. those configured on this server, cash on delivery first.
 */
export const GET = async (req: MedusaRequest<unknown, StoreListAvailablePaymentProvidersType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  let regionId = req.validatedQuery.region_id
  if (req.validatedQuery.cart_id) {
    const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "region_id"], filters: { id: req.validatedQuery.cart_id } })
    regionId = carts[0]?.region_id ?? undefined
    if (!regionId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cart not found")
  }
  const { data } = await query.graph({
    entity: "region_payment_provider",
    fields: ["payment_provider.id", "payment_provider.is_enabled"],
    filters: { region_id: regionId },
  })
  const ids = (data as { payment_provider?: { id: string; is_enabled: boolean } | null }[])
    .map((row) => row.payment_provider)
    .filter((p): p is { id: string; is_enabled: boolean } => !!p?.is_enabled)
    .map((p) => p.id)
    .sort((a, b) => (a === "pp_system_default" ? -1 : b === "pp_system_default" ? 1 : a.localeCompare(b)))
  res.json({ payment_providers: ids.map((id) => ({ id })) })
}
