import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * A lot number names one lot of a variant: it is the `10` of the variant's Digital Link,
 * so two lots of one variant with one number would make labels ambiguous.
 */
export const validateLotNumberStep = createStep(
  "validate-lot-number",
  async (input: { variant_id: string; lot_number: string }, { container }) => {
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const taken = await knex("product_product_variant_traceability_lot as vl")
      .join("lot", "lot.id", "vl.lot_id")
      .where({ "vl.product_variant_id": input.variant_id, "lot.lot_number": input.lot_number })
      .whereNull("vl.deleted_at")
      .whereNull("lot.deleted_at")
      .first("lot.id")
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Số lô "${input.lot_number}" đã dùng cho sản phẩm này / Lot number "${input.lot_number}" is already used for this product.`
      )
    }
    return new StepResponse(undefined)
  }
)
