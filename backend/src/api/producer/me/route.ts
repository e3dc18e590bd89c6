import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../guard"

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
  res.json({ producer, member })
}
