import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toPublicVillageSummary } from "./helpers"
import type { StoreListCraftVillagesType } from "./validators"

/** GET /store/craft-villages[?craft=tea]: the villages for the index page and its map. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreListCraftVillagesType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { craft } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "craft_village",
    fields: req.queryConfig.fields,
    // `crafts` is a text[] column; $contains is PostgreSQL's array containment (@>).
    filters: craft ? ({ crafts: { $contains: [craft] } } as Record<string, unknown>) : {},
    pagination: { ...req.queryConfig.pagination, order: { name: "ASC" } },
  })
  res.json({
    craft_villages: data.map(toPublicVillageSummary),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
