import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateVillageRecordsWorkflow } from "../../../../workflows/program/workflows/update-village-records"
import { adminCraftVillageFields } from "../query-config"
import type { AdminUpdateCraftVillageType } from "../validators"

async function retrieve(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [village] } = await query.graph({
    entity: "craft_village",
    fields: [...adminCraftVillageFields, "artisans.id", "artisans.name", "artisans.title", "producers.id", "producers.name", "producers.status"],
    filters: { id },
  })
  if (!village) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Craft village ${id} was not found.`)
  return village
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ craft_village: await retrieve(req, req.params.id!) })
}

/**
 * POST /admin/craft-villages/:id: an officer updates the village's figures or status. The
 * audited workflow checks the figures against the stored ones and records who changed what.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCraftVillageType>, res: MedusaResponse) => {
  await updateVillageRecordsWorkflow(req.scope).run({
    input: { villages: [{ id: req.params.id!, update: req.validatedBody }], changed_by: req.auth_context.actor_id, source: "edit" },
  })
  res.json({ craft_village: await retrieve(req, req.params.id!) })
}
