import { createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export type ValidatePaymentProviderInput = { provider_id: string; region_id?: string | null }

/**
 * The buyer's payment method must be configured on this server (its keys set, so its
 * provider is registered and enabled) and offered in the cart's region. Anything else
 * is refused before any order is written: a method is never faked.
 */
export const validatePaymentProviderStep = createStep(
  "validate-payment-provider",
  async ({ provider_id, region_id }: ValidatePaymentProviderInput, { container }) => {
    const refuse = () => {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Phương thức thanh toán này chưa được hỗ trợ / The payment method "${provider_id}" is not available for this cart.`
      )
    }
    const [provider] = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: provider_id, is_enabled: true })
    if (!provider || !region_id) return refuse()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: offered } = await query.graph({
      entity: "region_payment_provider",
      fields: ["payment_provider_id"],
      filters: { region_id, payment_provider_id: provider_id },
    })
    if (!offered.length) refuse()
  }
)
