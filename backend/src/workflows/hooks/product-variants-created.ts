import { createProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createMissingVariantTraceCodes, removeVariantTraceCodes } from "../traceability/utils/variant-trace-codes"

/**
 * Every new variant gets its product-level trace code inside the workflow that creates
 * it (createProductsWorkflow runs this one too), so a variant never exists without a QR
 * code and the code goes again if the creation rolls back.
 */
createProductVariantsWorkflow.hooks.productVariantsCreated(
  async ({ product_variants }, { container }) => {
    const created = await createMissingVariantTraceCodes(container, product_variants.map((v) => v.id))
    return new StepResponse(created, created)
  },
  async (created, { container }) => removeVariantTraceCodes(container, created)
)
