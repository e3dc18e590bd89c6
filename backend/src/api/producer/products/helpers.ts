import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ENGLISH_LOCALE } from "../../../workflows/producer-product/utils/constants"
import { listOwnedProductIds, productNotFound } from "../../../workflows/producer-product/utils/owned-products"
import { getStorefrontContext } from "../../../workflows/producer-product/utils/storefront"
import { producerProductFields } from "./query-config"

type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number }
type QueriedVariant = {
  id: string
  title: string
  sku: string | null
  barcode: string | null
  prices?: { amount: number; currency_code: string }[]
  inventory_items?: { inventory?: { location_levels?: Level[] } }[]
}
type QueriedProduct = { id: string; variants?: QueriedVariant[] } & Record<string, unknown>
type Translation = { reference_id: string; translations: Record<string, string> | null }

/**
 * Shapes products for the producer panel: each variant's prices as { amount, currency_code },
 * its stock (stocked and reserved) at the storefront's stock location, and the English
 * texts from the Translation module next to the Vietnamese ones.
 */
export async function presentProducerProducts(scope: MedusaContainer, products: QueriedProduct[]) {
  if (!products.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { location_id } = await getStorefrontContext(query)
  const variantIds = products.flatMap((p) => (p.variants ?? []).map((v) => v.id))
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference_id", "translations"],
    filters: { reference_id: [...products.map((p) => p.id), ...variantIds], locale_code: ENGLISH_LOCALE },
  })
  const english = new Map((data as Translation[]).map((t) => [t.reference_id, t.translations ?? {}]))
  return products.map(({ variants, ...product }) => {
    const en = english.get(product.id) ?? {}
    return {
      ...product,
      title_en: en.title ?? null,
      subtitle_en: en.subtitle ?? null,
      description_en: en.description ?? null,
      variants: (variants ?? []).map(({ prices, inventory_items, ...variant }) => {
        const level = inventory_items?.[0]?.inventory?.location_levels?.find((l) => l.location_id === location_id)
        return {
          ...variant,
          title_en: english.get(variant.id)?.title ?? null,
          prices: (prices ?? []).map((p) => ({ amount: p.amount, currency_code: p.currency_code })),
          inventory_quantity: level?.stocked_quantity ?? 0,
          reserved_quantity: level?.reserved_quantity ?? 0,
        }
      }),
    }
  })
}

/** One of the producer's own products; another producer's product is "not found". */
export async function retrieveProducerProduct(scope: MedusaContainer, producerId: string, productId: string, fields = producerProductFields) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [owned] = await listOwnedProductIds(query, producerId, [productId])
  if (!owned) throw productNotFound(productId)
  const { data: [product] } = await query.graph({ entity: "product", fields, filters: { id: owned } })
  if (!product) throw productNotFound(productId)
  const [presented] = await presentProducerProducts(scope, [product as unknown as QueriedProduct])
  return presented
}
