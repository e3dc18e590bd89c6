import { createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isValidGtin } from "@cln/domain"

/** `id` is the variant being updated (its own GTIN is not a clash); absent when creating. */
export type ValidateVariantGtinsInput = { variants: { id?: string; gtin?: string | null }[] }

/**
 * A GTIN (the barcode number the QR label builds its GS1 Digital Link from) must be
 * 8, 12, 13 or 14 digits with a valid check digit, and belong to one variant only.
 */
export const validateVariantGtinsStep = createStep(
  "validate-variant-gtins",
  async ({ variants }: ValidateVariantGtinsInput, { container }) => {
    const given = variants.filter((v): v is { id?: string; gtin: string } => !!v.gtin)
    const seen = new Set<string>()
    for (const { gtin } of given) {
      if (!isValidGtin(gtin)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Mã GTIN "${gtin}" không hợp lệ / GTIN "${gtin}" is invalid: it needs 8, 12, 13 or 14 digits with a valid GS1 check digit.`
        )
      }
      if (seen.has(gtin)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Mã GTIN "${gtin}" bị lặp / GTIN "${gtin}" is given twice.`)
      }
      seen.add(gtin)
    }
    if (!given.length) return
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "barcode"],
      filters: { barcode: given.map((v) => v.gtin) },
    })
    const taken = (data as { id: string; barcode: string }[]).find(
      (v) => given.find((g) => g.gtin === v.barcode)?.id !== v.id
    )
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Mã GTIN "${taken.barcode}" đã được dùng / GTIN "${taken.barcode}" is already used by another product.`
      )
    }
  }
)
