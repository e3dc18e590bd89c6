import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export type ValidateVariantUpdatesInput = {
  /** The product's current variant ids. */
  variant_ids: string[]
  updates: { id: string }[]
}

/**
 * Updates name variants of this product only, each once. A variant of any other product
 * gets the same answer as a variant that does not exist.
 */
export const validateVariantUpdatesStep = createStep(
  "validate-variant-updates",
  async ({ variant_ids, updates }: ValidateVariantUpdatesInput) => {
    const ids = new Set(variant_ids)
    const seen = new Set<string>()
    for (const { id } of updates) {
      if (!ids.has(id)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Sản phẩm không có phân loại "${id}" / Variant "${id}" is not a variant of this product.`
        )
      }
      if (seen.has(id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Phân loại "${id}" bị lặp / Variant "${id}" is given twice.`)
      }
      seen.add(id)
    }
  }
)
