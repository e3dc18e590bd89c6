import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const ADMIN_ARTISAN_FIELDS = [
  "id",
  "handle",
  "name",
  "title",
  "title_year",
  "ethnic_group",
  "bio",
  "bio_en",
  "craft_village.id",
  "craft_village.name",
  "producer.id",
  "producer.name",
]

/** GET /admin/artisans: honoured artisans, searchable and filterable by title. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: artisans, metadata } = await query.graph({
    entity: "artisan",
    fields: req.queryConfig.fields,
    filters: req.filterableFields as Record<string, unknown>,
    pagination: req.queryConfig.pagination,
  })
  res.json({ artisans, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}
