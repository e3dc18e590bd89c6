import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { CRAFT_VILLAGE_MODULE } from "../../modules/craft-village"
import { applyAsProducerWorkflow } from "../../workflows/producer/workflows/apply-as-producer"
import type { StoreApplyAsProducerType } from "./validators"

/**
 * POST /producer-applications: sent with the registration token of
 * POST /auth/producer/emailpass/register. Creates a pending producer whose first member
 * is the applicant; the applicant signs in once an officer approves.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyAsProducerType>, res: MedusaResponse) => {
  const { craft_village_handle, member_name, ...producer } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  let craftVillageId: string | null = null
  if (craft_village_handle) {
    const { data: [village] } = await query.graph({
      entity: CRAFT_VILLAGE_MODULE,
      fields: ["id"],
      filters: { handle: craft_village_handle },
    })
    if (!village) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Không có làng nghề "${craft_village_handle}" / Unknown craft village "${craft_village_handle}"`)
    }
    craftVillageId = village.id
  }
  const authModule = req.scope.resolve(Modules.AUTH)
  const identity = await authModule.retrieveAuthIdentity(req.auth_context.auth_identity_id, { select: ["id", "app_metadata"] })
  const { result } = await applyAsProducerWorkflow(req.scope).run({
    input: {
      auth_identity_id: identity.id,
      actor_id: (identity.app_metadata?.producer_id as string | undefined) ?? null,
      producer: { ...producer, craft_village_id: craftVillageId },
      member: { name: member_name, email: producer.email, phone: producer.phone },
    },
  })
  const { data: [application] } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "name", "status", "created_at"],
    filters: { id: result.id },
  })
  res.status(201).json({ producer: application })
}
