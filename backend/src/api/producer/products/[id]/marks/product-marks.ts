import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../../../guard"

/** The marks a product claims, as the claim routes answer them. */
const PRODUCT_MARK_FIELDS = ["id", "handle", "kind", "name", "name_en", "certificate_number"]

export async function productMarks(req: ProducerRequest, productId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({ entity: "product", fields: PRODUCT_MARK_FIELDS.map((f) => `geo_marks.${f}`), filters: { id: productId } })
  return ((product as any)?.geo_marks ?? []).filter(Boolean)
}

