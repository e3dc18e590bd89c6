import {
  listShippingOptionsForCartWithPricingWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SHIPPING_ZONE_ATTRIBUTE, shippingZoneOfAddress } from "../checkout/utils/shipping-zone"

/**
 * Shipping is priced by zone (Tuyên Quang, the rest of Vietnam, abroad): each option has
 * a rule `shipping_zone eq <zone>`, and the context of every listing of a cart's options
 * gets the zone of its delivery address. Both listing workflows get it, so the options
 * shown are the ones adding a shipping method accepts (that one lists with pricing).
 * The hook's cart has no address metadata, where the province code is kept, so the
 * address is read here.
 */
async function shippingZoneContext({ cart }: { cart: { id: string } }, { container }: { container: MedusaContainer }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["shipping_address.country_code", "shipping_address.metadata"],
    filters: { id: cart.id },
  })
  const zone = shippingZoneOfAddress((data[0] as any)?.shipping_address)
  return new StepResponse(zone ? { [SHIPPING_ZONE_ATTRIBUTE]: zone } : {})
}

listShippingOptionsForCartWorkflow.hooks.setShippingOptionsContext(shippingZoneContext)
listShippingOptionsForCartWithPricingWorkflow.hooks.setShippingOptionsContext(shippingZoneContext)
