import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { PlacementCart } from "../utils/types"

/**
 * Everything a producer needs to ship a parcel and reach the buyer: at least one line,
 * an email, a shipping address and a chosen delivery option. All that is missing is
 * named at once, so the storefront can send the buyer back to the right step.
 */
export const validateCartCheckoutDetailsStep = createStep(
  "validate-cart-checkout-details",
  async ({ cart }: { cart: PlacementCart }) => {
    if (!cart.items?.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Giỏ hàng trống / The cart is empty: add a product before placing the order.")
    }
    const missing: string[] = []
    if (!cart.email) missing.push("email")
    if (!cart.shipping_address?.address_1 || !cart.shipping_address?.country_code) {
      missing.push("địa chỉ giao hàng / shipping address")
    }
    if (!cart.shipping_methods?.length) missing.push("phương thức giao hàng / shipping method")
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Giỏ hàng chưa đủ thông tin để đặt hàng / The cart is missing: ${missing.join(", ")}.`
      )
    }
  }
)
