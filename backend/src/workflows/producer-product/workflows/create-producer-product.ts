import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createTranslationsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { getStorefrontContextStep } from "../steps/get-storefront-context"
import { resolveProductHandleStep } from "../steps/resolve-product-handle"
import { validateCraftCategoryStep } from "../steps/validate-craft-category"
import { validateVariantGtinsStep } from "../steps/validate-variant-gtins"
import { validateVariantSkusStep } from "../steps/validate-variant-skus"
import { ENGLISH_LOCALE } from "../utils/constants"

export type ProducerProductVariantInput = {
  title_vi: string
  title_en?: string
  sku?: string
  price_vnd: number
  price_usd?: number
  stock: number
  gtin?: string
}

export type CreateProducerProductWorkflowInput = {
  producer_id: string
  product: {
    title_vi: string
    title_en?: string
    subtitle_vi?: string
    subtitle_en?: string
    description_vi: string
    description_en?: string
    /** Handle of the craft's product category. */
    craft: string
    images: string[]
    option_title_vi: string
    option_title_en?: string
    variants: ProducerProductVariantInput[]
    status: "draft" | "published"
  }
}

type CreatedProduct = {
  id: string
  options: { id: string; values: { id: string; value: string }[] }[]
  variants: { id: string; title: string; inventory_items?: { inventory_item_id: string }[] }[]
}

const prices = (v: ProducerProductVariantInput) => [
  { currency_code: "vnd", amount: v.price_vnd },
  ...(v.price_usd ? [{ currency_code: "usd", amount: v.price_usd }] : []),
]

/**
 * A producer lists a product: Vietnamese content on the product, English through the
 * Translation module, VND (and USD) prices, stock at the storefront's stock location,
 * filed under its craft and owned by the producer (the products-created hook links it).
 * Every check runs before anything is written.
 */
export const createProducerProductWorkflow = createWorkflow(
  "create-producer-product",
  (input: CreateProducerProductWorkflowInput) => {
    const category = validateCraftCategoryStep(transform({ input }, ({ input }) => ({ craft: input.product.craft })))
    validateVariantSkusStep(transform({ input }, ({ input }) => ({ variants: input.product.variants.map((v) => ({ sku: v.sku })) })))
    validateVariantGtinsStep(transform({ input }, ({ input }) => ({ variants: input.product.variants.map((v) => ({ gtin: v.gtin })) })))
    const storefront = getStorefrontContextStep()
    const handle = resolveProductHandleStep(transform({ input }, ({ input }) => ({ title: input.product.title_vi })))

    const created = createProductsWorkflow.runAsStep({
      input: transform({ input, category, storefront, handle }, ({ input, category, storefront, handle }) => {
        const p = input.product
        return {
          products: [
            {
              title: p.title_vi,
              subtitle: p.subtitle_vi,
              description: p.description_vi,
              handle,
              status: p.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
              thumbnail: p.images[0],
              images: p.images.map((url) => ({ url })),
              category_ids: category ? [category.id] : [],
              sales_channels: [{ id: storefront.sales_channel_id }],
              shipping_profile_id: storefront.shipping_profile_id ?? undefined,
              metadata: { craft: p.craft },
              options: [{ title: p.option_title_vi, values: p.variants.map((v) => v.title_vi) }],
              variants: p.variants.map((v) => ({
                title: v.title_vi,
                sku: v.sku,
                barcode: v.gtin,
                manage_inventory: true,
                allow_backorder: false,
                options: { [p.option_title_vi]: v.title_vi },
                prices: prices(v),
              })),
            },
          ],
          additional_data: { producer_id: input.producer_id },
        }
      }),
    })
    const productId = transform({ created }, ({ created }) => created[0]!.id)

    const { data: detail } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "options.id", "options.values.id", "options.values.value", "variants.id", "variants.title", "variants.inventory_items.inventory_item_id"],
      filters: { id: productId },
    }).config({ name: "get-created-producer-product" })

    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, detail, storefront }, ({ input, detail, storefront }) => {
        const product = detail[0] as unknown as CreatedProduct
        return {
          inventory_levels: input.product.variants.flatMap((v) => {
            const variant = product.variants.find((pv) => pv.title === v.title_vi)
            const itemId = variant?.inventory_items?.[0]?.inventory_item_id
            return itemId ? [{ inventory_item_id: itemId, location_id: storefront.location_id, stocked_quantity: v.stock }] : []
          }),
        }
      }),
    })

    const translations = transform({ input, detail }, ({ input, detail }) => {
      const p = input.product
      const product = detail[0] as unknown as CreatedProduct
      const rows: { reference: string; reference_id: string; locale_code: string; translations: Record<string, string> }[] = []
      const productFields = Object.fromEntries(
        ([["title", p.title_en], ["subtitle", p.subtitle_en], ["description", p.description_en]] as const).filter(([, v]) => !!v)
      ) as Record<string, string>
      if (Object.keys(productFields).length) {
        rows.push({ reference: "product", reference_id: product.id, locale_code: ENGLISH_LOCALE, translations: productFields })
      }
      const option = product.options[0]
      if (option && p.option_title_en) {
        rows.push({ reference: "product_option", reference_id: option.id, locale_code: ENGLISH_LOCALE, translations: { title: p.option_title_en } })
      }
      for (const v of p.variants) {
        if (!v.title_en) continue
        const variant = product.variants.find((pv) => pv.title === v.title_vi)
        const value = option?.values.find((ov) => ov.value === v.title_vi)
        if (variant) rows.push({ reference: "product_variant", reference_id: variant.id, locale_code: ENGLISH_LOCALE, translations: { title: v.title_en } })
        if (value) rows.push({ reference: "product_option_value", reference_id: value.id, locale_code: ENGLISH_LOCALE, translations: { value: v.title_en } })
      }
      return rows
    })
    when({ translations }, ({ translations }) => translations.length > 0).then(() => {
      createTranslationsWorkflow.runAsStep({ input: { translations } })
    })

    const producerProductCreated = createHook("producerProductCreated", {
      product_id: productId,
      producer_id: input.producer_id,
    })
    return new WorkflowResponse({ id: productId }, { hooks: [producerProductCreated] })
  }
)
