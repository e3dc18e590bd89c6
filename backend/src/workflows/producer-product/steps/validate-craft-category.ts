import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type ValidateCraftCategoryInput = { craft?: string | null }

/**
 * A product is filed under its craft: the handle of an active, public product category
 * (tea, brocade, ...). The message lists the crafts that exist. No craft given: null.
 */
export const validateCraftCategoryStep = createStep(
  "validate-craft-category",
  async ({ craft }: ValidateCraftCategoryInput, { container }) => {
    if (!craft) return new StepResponse(null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_category",
      fields: ["id", "handle"],
      filters: { is_active: true, is_internal: false },
    })
    const categories = data as { id: string; handle: string }[]
    const found = categories.find((c) => c.handle === craft)
    if (!found) {
      const valid = categories.map((c) => c.handle).sort().join(", ")
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Không có ngành nghề "${craft}" / Unknown craft "${craft}"; valid crafts: ${valid || "(none)"}.`
      )
    }
    return new StepResponse({ id: found.id, handle: found.handle })
  }
)
