import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { calendarDateToStored, toCalendarDate } from "@cln/domain"
import type { StoreListCertifiedProductsType } from "../marks/validators"

type Row = Record<string, any>
const VISIBILITY = ["id", "status", "sales_channels.id"]

/**
 * GET /store/certified-products?min_stars=4&mark=cam-sanh-ham-yen: ids of the published
 * products with a current OCOP badge of at least `min_stars` and/or claiming the mark
 * (both given: both must hold). The storefront lists them through /store/products?id[]=…,
 * which cannot filter by linked records without the Index module.
 */
export const GET = async (req: MedusaStoreRequest & { validatedQuery: StoreListCertifiedProductsType }, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { min_stars, mark } = req.validatedQuery
  const channels = req.publishable_key_context.sales_channel_ids
  const visible = (p: Row | null | undefined): p is Row =>
    !!p && p.status === "published" && (p.sales_channels ?? []).some((c: Row | null) => c && channels.includes(c.id))

  let ids: Set<string> | null = null
  if (min_stars !== undefined) {
    const { data } = await query.graph({
      entity: "ocop_badge",
      fields: ["id", ...VISIBILITY.map((f) => `product.${f}`)],
      // The badge is deleted by the daily job; until it runs, a lapsed one is not counted.
      filters: { stars: { $gte: min_stars }, valid_until: { $gte: calendarDateToStored(toCalendarDate(new Date())) } },
    })
    ids = new Set((data as Row[]).map((b) => b.product).filter(visible).map((p) => p.id))
  }
  if (mark !== undefined) {
    const { data } = await query.graph({ entity: "geo_mark", fields: ["id", ...VISIBILITY.map((f) => `products.${f}`)], filters: { handle: mark } })
    const claimed = new Set<string>(((data[0] as Row | undefined)?.products ?? []).filter(visible).map((p: Row) => p.id as string))
    ids = ids ? new Set([...ids].filter((id) => claimed.has(id))) : claimed
  }
  res.json({ product_ids: [...(ids ?? [])].sort() })
}
