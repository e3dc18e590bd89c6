import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import ProducerProductLink from "../../../links/producer-product"

/**
 * The one answer for a product id a producer may not touch, whether it belongs to another
 * producer or does not exist at all, so that ids of other producers' products cannot be
 * discovered by probing.
 */
export function productNotFound(id: string) {
  return new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Không tìm thấy sản phẩm "${id}" / Product "${id}" was not found.`
  )
}

/**
 * Ids of the products a producer owns, from the producer ↔ product link. With `among`,
 * only those of the given ids that the producer owns.
 */
export async function listOwnedProductIds(
  query: Omit<RemoteQueryFunction, symbol>,
  producerId: string,
  among?: string[]
): Promise<string[]> {
  const { data } = await query.graph({
    entity: ProducerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { producer_id: producerId, ...(among ? { product_id: among } : {}) },
  })
  return (data as { product_id: string }[]).map((row) => row.product_id)
}
