import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  batchInventoryItemLevelsWorkflow,
  batchTranslationsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { getStorefrontContextStep } from "../steps/get-storefront-context"
import { validateCraftCategoryStep } from "../steps/validate-craft-category"
import { validateProducerOwnsProductStep } from "../steps/validate-producer-owns-product"
import { validateVariantGtinsStep } from "../steps/validate-variant-gtins"
import { validateVariantSkusStep } from "../steps/validate-variant-skus"
import { validateVariantUpdatesStep } from "../steps/validate-variant-updates"
import { ENGLISH_LOCALE } from "../utils/constants"

export type ProducerVariantUpdate = {
  id: string
  price_vnd?: number
  /** null removes the USD price. */
  price_usd?: number | null
  stock?: number
  sku?: string | null
  gtin?: string | null
}

export type UpdateProducerProductWorkflowInput = {
  producer_id: string
  product_id: string
  update: {
    title_vi?: string
    title_en?: string | null
    subtitle_vi?: string | null
    subtitle_en?: string | null
    description_vi?: string
    description_en?: string | null
    craft?: string
    images?: string[]
    variants?: ProducerVariantUpdate[]
  }
}

type CurrentProduct = {
  id: string
  variants: {
    id: string
    prices?: { id: string; amount: number; currency_code: string }[]
    inventory_items?: {
      inventory_item_id: string
      inventory?: { location_levels?: { location_id: string; stocked_quantity: number }[] }
    }[]
  }[]
}

type TranslationBatch = {
  create: { reference: string; reference_id: string; locale_code: string; translations: Record<string, string> }[]
  update: { id: string; translations: Record<string, unknown> }[]
  delete: string[]
}

type Translation = { id: string; reference_id: string; translations: Record<string, unknown> | null }

const has = <T extends object>(o: T, key: keyof T) => Object.prototype.hasOwnProperty.call(o, key) && o[key] !== undefined

/**
 * A producer edits one of its products: Vietnamese content, English translations, craft,
 * photos, and each variant's prices, stock, SKU and GTIN. Ownership is checked first, so
 * another producer's product is "not found" and left untouched; then every other check;
 * then the core product, variant, inventory and translation workflows.
 */
export const updateProducerProductWorkflow = createWorkflow(
  "update-producer-product",
  (input: UpdateProducerProductWorkflowInput) => {
    validateProducerOwnsProductStep(
      transform({ input }, ({ input }) => ({ producer_id: input.producer_id, product_id: input.product_id }))
    )
    const category = validateCraftCategoryStep(transform({ input }, ({ input }) => ({ craft: input.update.craft })))

    const { data: currentRows } = useQueryGraphStep({
      entity: "product",
      fields: [
        "id",
        "variants.id",
        "variants.prices.id",
        "variants.prices.amount",
        "variants.prices.currency_code",
        "variants.inventory_items.inventory_item_id",
        "variants.inventory_items.inventory.location_levels.location_id",
        "variants.inventory_items.inventory.location_levels.stocked_quantity",
      ],
      filters: { id: input.product_id },
    }).config({ name: "get-producer-product-before-update" })
    const current = transform({ currentRows }, ({ currentRows }) => currentRows[0] as unknown as CurrentProduct)

    validateVariantUpdatesStep(
      transform({ input, current }, ({ input, current }) => ({
        variant_ids: current.variants.map((v) => v.id),
        updates: input.update.variants ?? [],
      }))
    )
    validateVariantSkusStep(
      transform({ input }, ({ input }) => ({
        variants: (input.update.variants ?? []).filter((v) => has(v, "sku")).map((v) => ({ id: v.id, sku: v.sku })),
      }))
    )
    validateVariantGtinsStep(
      transform({ input }, ({ input }) => ({
        variants: (input.update.variants ?? []).filter((v) => has(v, "gtin")).map((v) => ({ id: v.id, gtin: v.gtin })),
      }))
    )
    const storefront = getStorefrontContextStep()

    const productUpdate = transform({ input, category }, ({ input, category }) => {
      const u = input.update
      return {
        ...(has(u, "title_vi") ? { title: u.title_vi } : {}),
        ...(has(u, "subtitle_vi") ? { subtitle: u.subtitle_vi } : {}),
        ...(has(u, "description_vi") ? { description: u.description_vi } : {}),
        ...(u.images ? { images: u.images.map((url) => ({ url })), thumbnail: u.images[0] ?? null } : {}),
        ...(category ? { category_ids: [category.id], metadata: { craft: category.handle } } : {}),
      }
    })
    when({ productUpdate }, ({ productUpdate }) => Object.keys(productUpdate).length > 0).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ input, productUpdate }, ({ input, productUpdate }) => ({
          selector: { id: input.product_id },
          update: productUpdate,
        })),
      })
    })

    const variantUpdates = transform({ input, current }, ({ input, current }) =>
      (input.update.variants ?? []).flatMap((v) => {
        const changesPrice = has(v, "price_vnd") || has(v, "price_usd")
        if (!changesPrice && !has(v, "sku") && !has(v, "gtin")) return []
        const existing = current.variants.find((cv) => cv.id === v.id)?.prices ?? []
        const price = (currency: string) => existing.find((p) => p.currency_code === currency)
        const vnd = price("vnd")
        const usd = price("usd")
        const vndAmount = v.price_vnd ?? vnd?.amount
        const usdAmount = has(v, "price_usd") ? v.price_usd : usd?.amount
        return [
          {
            id: v.id,
            ...(has(v, "sku") ? { sku: v.sku ?? null } : {}),
            ...(has(v, "gtin") ? { barcode: v.gtin ?? null } : {}),
            ...(changesPrice
              ? {
                  prices: [
                    ...(vndAmount ? [{ ...(vnd ? { id: vnd.id } : {}), currency_code: "vnd", amount: vndAmount }] : []),
                    ...(usdAmount ? [{ ...(usd ? { id: usd.id } : {}), currency_code: "usd", amount: usdAmount }] : []),
                  ],
                }
              : {}),
          },
        ]
      })
    )
    when({ variantUpdates }, ({ variantUpdates }) => variantUpdates.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({ input: { product_variants: variantUpdates } })
    })

    const levels = transform({ input, current, storefront }, ({ input, current, storefront }) => {
      const create: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
      const update: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
      for (const v of input.update.variants ?? []) {
        if (!has(v, "stock")) continue
        const item = current.variants.find((cv) => cv.id === v.id)?.inventory_items?.[0]
        if (!item) continue
        const level = { inventory_item_id: item.inventory_item_id, location_id: storefront.location_id, stocked_quantity: v.stock! }
        const exists = item.inventory?.location_levels?.some((l) => l.location_id === storefront.location_id)
        ;(exists ? update : create).push(level)
      }
      return { create, update }
    })
    when({ levels }, ({ levels }) => levels.create.length + levels.update.length > 0).then(() => {
      batchInventoryItemLevelsWorkflow.runAsStep({ input: levels })
    })

    const englishChanges = transform({ input }, ({ input }) => {
      const u = input.update
      const product = Object.fromEntries(
        (["title", "subtitle", "description"] as const)
          .filter((f) => has(u, `${f}_en`))
          .map((f) => [f, u[`${f}_en`] ?? null])
      )
      return { product }
    })
    const { data: existingTranslations } = useQueryGraphStep({
      entity: "translation",
      fields: ["id", "reference_id", "translations"],
      filters: { reference: "product", reference_id: input.product_id, locale_code: ENGLISH_LOCALE },
    }).config({ name: "get-producer-product-translations" })
    const translationBatch = transform(
      { input, englishChanges, existingTranslations },
      ({ input, englishChanges, existingTranslations }): TranslationBatch => {
        const fields = englishChanges.product
        if (!Object.keys(fields).length) return { create: [], update: [], delete: [] }
        const existing = (existingTranslations as unknown as Translation[])[0]
        // A field set to null stays null in the English text, so the storefront shows the
        // Vietnamese one instead (the Translation module merges updates into the stored JSON).
        if (existing) {
          return { create: [], update: [{ id: existing.id, translations: { ...(existing.translations ?? {}), ...fields } }], delete: [] }
        }
        const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined)) as Record<string, string>
        return {
          create: Object.keys(given).length
            ? [{ reference: "product", reference_id: input.product_id, locale_code: ENGLISH_LOCALE, translations: given }]
            : [],
          update: [],
          delete: [],
        }
      }
    )
    when({ translationBatch }, ({ translationBatch }) => translationBatch.create.length + translationBatch.update.length > 0).then(() => {
      batchTranslationsWorkflow.runAsStep({ input: translationBatch })
    })

    const producerProductUpdated = createHook("producerProductUpdated", {
      product_id: input.product_id,
      producer_id: input.producer_id,
    })
    return new WorkflowResponse({ id: input.product_id }, { hooks: [producerProductUpdated] })
  }
)
