import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateCraftVillageWorkflow } from "../../../../workflows/craft-village/workflows/update-craft-village"
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

/** POST /admin/craft-villages/:id: an officer updates the village's figures or status. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCraftVillageType>, res: MedusaResponse) => {
  const village = await retrieve(req, req.params.id!)
  // Cross-field rules also hold against the stored values the request leaves unchanged.
  const next = { ...village, ...req.validatedBody } as any
  if (next.workers_trained > next.workers || next.households_env_compliant > next.households) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Số được đào tạo/đạt chuẩn không thể lớn hơn tổng số / Trained workers or compliant households cannot exceed the totals"
    )
  }
  await updateCraftVillageWorkflow(req.scope).run({ input: { id: req.params.id!, update: req.validatedBody } })
  res.json({ craft_village: await retrieve(req, req.params.id!) })
}
