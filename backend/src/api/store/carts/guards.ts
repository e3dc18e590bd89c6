import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cartNotFoundMessage, isCartHiddenFrom } from "../../../workflows/checkout/utils/cart-owner"
import { StoreCartParams } from "./validators"

/**
 * Every request on /store/carts/:id and below (read, update, lines, shipping,
 * promotions, taxes, customer, summary, place-order, complete...): a registered
 * customer's cart answers 404 to anyone else, exactly as an unknown id does, so its
 * contents, address and email stay private. The rule is the one placement checks.
 */
export async function ensureCartOwner(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.params.id!
  if (!StoreCartParams.safeParse(req.params).success) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, cartNotFoundMessage(cartId))
  }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "customer.id", "customer.has_account"],
    filters: { id: cartId },
  })
  const cart = data[0] as { id: string; customer?: { id: string; has_account: boolean } | null } | undefined
  if (!cart || isCartHiddenFrom(cart, req.auth_context?.actor_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, cartNotFoundMessage(cartId))
  }
  next()
}
