import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createFeaturedCatalogWorkflow } from "../../../workflows/promotion/workflows/save-featured-catalog"
import { ADMIN_CATALOG_FIELDS, retrieveAdminCatalog } from "./present"
import type { AdminCreateCatalogType, AdminListCatalogsType } from "./validators"

/** GET /admin/catalogs: every catalog, newest first, with how many products each holds. */
export const GET = async (req: AuthenticatedMedusaRequest & { validatedQuery: AdminListCatalogsType }, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, q } = req.validatedQuery
  const { data } = await query.graph({
    entity: "featured_catalog",
    fields: [...ADMIN_CATALOG_FIELDS, "items.id"],
    filters: { ...(status ? { status } : {}), ...(q ? { title: { $ilike: `%${q}%` } } : {}) },
    pagination: { order: { created_at: "DESC" } },
  })
  const catalogs = data.map(({ items, ...c }: Record<string, any>) => ({ ...c, product_count: (items ?? []).length }))
  res.json({ catalogs, count: catalogs.length })
}

/** POST /admin/catalogs: a new draft catalog with its products in order. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCatalogType>, res: MedusaResponse) => {
  const { result } = await createFeaturedCatalogWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ catalog: await retrieveAdminCatalog(req.scope, result.id) })
}
