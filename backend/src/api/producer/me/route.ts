import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProducerWorkflow } from "../../../workflows/producer/workflows/update-producer"
import type { ProducerRequest } from "../guard"
import type { ProducerUpdateMeType } from "./validators"

/**
 * Everything the producer's own record holds (it is theirs to read in full); officers see
 * the same plus the members (admin/producers/query-config.ts).
 */
export const PRODUCER_PROFILE_FIELDS = [
  "id",
  "handle",
  "name",
  "legal_kind",
  "tax_code",
  "phone",
  "email",
  "address",
  "story",
  "story_en",
  "logo_url",
  "status",
  "status_reason",
  "reviewed_at",
  "commission_percent",
  "created_at",
  "updated_at",
  "craft_village.id",
  "craft_village.handle",
  "craft_village.name",
  "craft_village.commune",
  "craft_village.province",
]

/** GET /producer/me: the signed-in member's producer, whatever its status. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  res.json(await profile(req))
}

/** POST /producer/me: the producer updates its own contact details and story. */
export const POST = async (req: ProducerRequest<ProducerUpdateMeType>, res: MedusaResponse) => {
  await updateProducerWorkflow(req.scope).run({ input: { id: req.producer.id, update: req.validatedBody } })
  res.json(await profile(req))
}

async function profile(req: ProducerRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [producer] } = await query.graph({
    entity: "producer",
    fields: PRODUCER_PROFILE_FIELDS,
    filters: { id: req.producer.id },
  })
  const { data: [member] } = await query.graph({
    entity: "producer_member",
    fields: ["id", "name", "email", "phone", "role"],
    filters: { id: req.producer.member_id },
  })
  return { producer, member }
}
