import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** GET /admin/craft-villages: the province's craft-village register, filterable. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: craft_villages, metadata } = await query.graph({
    entity: "craft_village",
    fields: req.queryConfig.fields,
    filters: req.filterableFields as Record<string, unknown>,
    pagination: req.queryConfig.pagination,
  })
  res.json({ craft_villages, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
