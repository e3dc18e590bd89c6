import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow, deleteTranslationsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { validateProducerOwnsProductStep } from "../steps/validate-producer-owns-product"

export type DeleteProducerProductWorkflowInput = { producer_id: string; product_id: string }

type ProductRefs = {
  id: string
  variants?: { id: string }[]
  options?: { id: string; is_exclusive?: boolean; values?: { id: string }[] }[]
}

/**
 * Deletes a producer's own product with Medusa's product deletion (variants, inventory
 * items, links, including the producer link) and its translations. Orders keep their
 * line-item snapshots.
 */
export const deleteProducerProductWorkflow = createWorkflow(
  "delete-producer-product",
  (input: DeleteProducerProductWorkflowInput) => {
    validateProducerOwnsProductStep(
      transform({ input }, ({ input }) => ({ producer_id: input.producer_id, product_id: input.product_id }))
    )
    const { data: rows } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "variants.id", "options.id", "options.is_exclusive", "options.values.id"],
      filters: { id: input.product_id },
    }).config({ name: "get-producer-product-before-delete" })
    // Options shared with other products keep their translations.
    const referenceIds = transform({ rows }, ({ rows }) => {
      const product = rows[0] as unknown as ProductRefs
      const ownOptions = (product.options ?? []).filter((o) => o.is_exclusive !== false)
      return [
        product.id,
        ...(product.variants ?? []).map((v) => v.id),
        ...ownOptions.map((o) => o.id),
        ...ownOptions.flatMap((o) => (o.values ?? []).map((v) => v.id)),
      ]
    })
    const { data: translations } = useQueryGraphStep({
      entity: "translation",
      fields: ["id"],
      filters: { reference_id: referenceIds },
    }).config({ name: "get-producer-product-translations-before-delete" })

    deleteProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.product_id] })) })

    const translationIds = transform({ translations }, ({ translations }) => (translations as { id: string }[]).map((t) => t.id))
    when({ translationIds }, ({ translationIds }) => translationIds.length > 0).then(() => {
      deleteTranslationsWorkflow.runAsStep({ input: { ids: translationIds } })
    })
    return new WorkflowResponse({ id: input.product_id })
  }
)
