import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { PlacementCart } from "../utils/types"

/** A cart becomes orders once; placing it again is refused and changes nothing. */
export const validateCartNotPlacedStep = createStep(
  "validate-cart-not-placed",
  async ({ cart }: { cart: PlacementCart }) => {
    if (cart.completed_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Giỏ hàng này đã được đặt hàng rồi / This cart has already been placed as an order; start a new cart to buy again."
      )
    }
  }
)
