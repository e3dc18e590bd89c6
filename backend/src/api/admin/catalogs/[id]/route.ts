import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteFeaturedCatalogWorkflow } from "../../../../workflows/promotion/workflows/delete-featured-catalog"
import { updateFeaturedCatalogWorkflow } from "../../../../workflows/promotion/workflows/save-featured-catalog"
import { retrieveAdminCatalog } from "../present"
import type { AdminUpdateCatalogType } from "../validators"

async function found(req: AuthenticatedMedusaRequest) {
  const catalog = await retrieveAdminCatalog(req.scope, req.params.id!)
  if (!catalog) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy danh mục / Catalog ${req.params.id} was not found.`)
  return catalog
}

/** GET /admin/catalogs/:id: the catalog with its products in order and the points showing it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ catalog: await found(req) })
}

/** POST /admin/catalogs/:id: edit texts, schedule, and products (their order is the list's). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCatalogType>, res: MedusaResponse) => {
  await updateFeaturedCatalogWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ catalog: await found(req) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await found(req)
  await deleteFeaturedCatalogWorkflow(req.scope).run({ input: { id: req.params.id! } })
  res.json({ id: req.params.id, object: "featured_catalog", deleted: true })
}
