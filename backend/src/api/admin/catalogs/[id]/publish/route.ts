import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishFeaturedCatalogWorkflow } from "../../../../../workflows/promotion/workflows/publish-featured-catalog"
import { retrieveAdminCatalog } from "../../present"
import type { AdminPublishCatalogType } from "../../validators"

/** POST /admin/catalogs/:id/publish { published }: show it on the storefront (in its window), or take it back to draft. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPublishCatalogType>, res: MedusaResponse) => {
  await publishFeaturedCatalogWorkflow(req.scope).run({ input: { id: req.params.id!, published: req.validatedBody.published } })
  res.json({ catalog: await retrieveAdminCatalog(req.scope, req.params.id!) })
}
