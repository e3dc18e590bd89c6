import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateArtisanWorkflow } from "../../../../workflows/craft-village/workflows/update-artisan"
import { ADMIN_ARTISAN_FIELDS } from "../route"
import type { AdminUpdateArtisanType } from "../validators"

/** POST /admin/artisans/:id: record a new title or correct an artisan's record. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateArtisanType>, res: MedusaResponse) => {
  await updateArtisanWorkflow(req.scope).run({ input: { id: req.params.id!, update: req.validatedBody } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [artisan] } = await query.graph({ entity: "artisan", fields: ADMIN_ARTISAN_FIELDS, filters: { id: req.params.id } })
  res.json({ artisan })
}
