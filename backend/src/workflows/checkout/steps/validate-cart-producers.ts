import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { PlacementCart, ProductOwner } from "../utils/types"

export type ValidateCartProducersInput = { cart: PlacementCart; products: ProductOwner[] }

/**
 * Every line must belong to a producer who sells now (approved), since each order
 * goes to one producer to fulfil. A product without an owner, or of a pending or
 * suspended producer, is named so the buyer can remove it.
 */
export const validateCartProducersStep = createStep(
  "validate-cart-producers",
  async ({ cart, products }: ValidateCartProducersInput) => {
    const byId = new Map(products.map((p) => [p.id, p]))
    const unsellable = (cart.items ?? []).filter((item) => {
      const producer = item.product_id ? byId.get(item.product_id)?.producer : undefined
      return !producer || producer.status !== "approved"
    })
    if (unsellable.length) {
      const names = unsellable.map((item) => `"${item.product_title ?? item.title}"`).join(", ")
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Sản phẩm không còn được bán / No producer currently sells ${names}; remove it from the cart.`
      )
    }
  }
)
