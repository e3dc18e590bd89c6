import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import { cartNotFoundMessage } from "../../../../../workflows/checkout/utils/cart-owner"
import {
  summarizeCartByProducer,
  type SummarizeCartInput,
  type SummaryProducer,
} from "../../../../../workflows/checkout/utils/summarize-cart-by-producer"
import type { StoreGetCartSummaryType } from "./validators"

const SUMMARY_CART_FIELDS = [
  "id",
  "currency_code",
  "email",
  "sales_channel_id",
  "shipping_address.*",
  "items.id",
  "items.title",
  "items.product_id",
  "items.product_title",
  "items.product_handle",
  "items.variant_id",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.requires_shipping",
  "items.variant.product.shipping_profile.id",
  "shipping_methods.shipping_option_id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.total",
]

/**
 * GET /store/carts/:id/summary: the cart as the orders placing it will make, one group
 * per producer with its lines (and what is still in stock), its own shipping charge and
 * total. Who may read it is checked by the cart guard (see ../../guards.ts).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetCartSummaryType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: SUMMARY_CART_FIELDS, filters: { id: req.params.id } })
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, cartNotFoundMessage(req.params.id!))
  const input = cart as unknown as SummarizeCartInput["cart"] & { sales_channel_id?: string | null }
  const items = input.items ?? []

  const productIds = [...new Set(items.map((i) => i.product_id).filter((id): id is string => !!id))]
  const optionIds = (input.shipping_methods ?? []).map((m) => m.shipping_option_id).filter((id): id is string => !!id)
  const variantIds = [...new Set(items.map((i) => i.variant_id).filter((id): id is string => !!id))]
  const [{ data: products }, { data: options }, availability] = await Promise.all([
    productIds.length
      ? query.graph({
          entity: "product",
          fields: ["id", "producer.id", "producer.handle", "producer.name", "producer.craft_village.handle", "producer.craft_village.name"],
          filters: { id: productIds },
        })
      : Promise.resolve({ data: [] as any[] }),
    optionIds.length
      ? query.graph({ entity: "shipping_option", fields: ["id", "shipping_profile_id"], filters: { id: optionIds } })
      : Promise.resolve({ data: [] as any[] }),
    variantIds.length && input.sales_channel_id
      ? getVariantAvailability(query, { variant_ids: variantIds, sales_channel_id: input.sales_channel_id })
      : Promise.resolve({} as Record<string, { availability: number | null }>),
  ])

  const producerByProduct: Record<string, SummaryProducer> = {}
  for (const p of products as any[]) {
    if (!p.producer) continue
    const village = p.producer.craft_village
    producerByProduct[p.id] = {
      id: p.producer.id,
      handle: p.producer.handle,
      name: p.producer.name,
      village: village ? { handle: village.handle, name: village.name } : null,
    }
  }
  const summary = summarizeCartByProducer({
    cart: input,
    producerByProduct,
    profileByOption: Object.fromEntries((options as any[]).map((o) => [o.id, o.shipping_profile_id])),
    availableByVariant: Object.fromEntries(Object.entries(availability).map(([id, a]) => [id, a.availability])),
  })
  res.json(summary)
}
