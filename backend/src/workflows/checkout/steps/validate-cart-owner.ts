import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { cartNotFoundMessage, isCartHiddenFrom } from "../utils/cart-owner"
import type { PlacementCart } from "../utils/types"

export type ValidateCartOwnerInput = {
  cart_id: string
  cart: PlacementCart | undefined
  /** The signed-in customer placing the order, if any. */
  customer_id?: string | null
}

/**
 * The cart must exist, and a cart of a registered customer may only be placed by that
 * customer. Another buyer learns nothing: the answer is the same as for an unknown id.
 * A guest's cart is placed by whoever holds its id, as in Medusa's own checkout.
 */
export const validateCartOwnerStep = createStep(
  "validate-cart-owner",
  async ({ cart_id, cart, customer_id }: ValidateCartOwnerInput) => {
    if (!cart || isCartHiddenFrom(cart, customer_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        cartNotFoundMessage(cart_id)
      )
    }
  }
)
