import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** GET /admin/producers: applications and sellers, filtered by status or searched by name. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  const { data: producers, metadata } = await query.graph({
    entity: "producer",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...(q ? { q } : {}) } as Record<string, unknown>,
    pagination: req.queryConfig.pagination,
  })
  res.json({ producers, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
