import { createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** `id` is the variant being updated (its own SKU is not a clash); absent when creating. */
export type ValidateVariantSkusInput = { variants: { id?: string; sku?: string | null }[] }

/**
 * SKUs are unique across the whole marketplace (Medusa's variant index requires it); the
 * message names the SKU so the producer can change it.
 */
export const validateVariantSkusStep = createStep(
  "validate-variant-skus",
  async ({ variants }: ValidateVariantSkusInput, { container }) => {
    const given = variants.filter((v): v is { id?: string; sku: string } => !!v.sku)
    const seen = new Set<string>()
    for (const { sku } of given) {
      if (seen.has(sku)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã SKU "${sku}" bị lặp / SKU "${sku}" is given twice.`)
      }
      seen.add(sku)
    }
    if (!given.length) return
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "sku"],
      filters: { sku: given.map((v) => v.sku) },
    })
    const taken = (data as { id: string; sku: string }[]).find((v) => given.find((g) => g.sku === v.sku)?.id !== v.id)
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Mã SKU "${taken.sku}" đã được dùng / SKU "${taken.sku}" is already used by another product.`
      )
    }
  }
)
