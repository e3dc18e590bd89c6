import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerRequest } from "../guard"

const MARK_FIELDS = ["id", "handle", "kind", "name", "name_en", "certificate_number", "product_name", "managing_body", "image_url"]

/**
 * GET /producer/mark-rights: the producer's rights to use marks (current, revoked,
 * expired), each with its mark and which of the producer's products claim it.
 */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: [
      "mark_rights.id",
      "mark_rights.status",
      "mark_rights.granted_at",
      "mark_rights.expires_at",
      "mark_rights.revoked_reason",
      ...MARK_FIELDS.map((f) => `mark_rights.geo_mark.${f}`),
      "products.id",
      "products.geo_marks.id",
    ],
    filters: { id: req.producer.id },
  })
  const producer = (data[0] as any) ?? {}
  const claims = (producer.products ?? []).filter(Boolean).flatMap((p: any) => (p.geo_marks ?? []).filter(Boolean).map((m: any) => [m.id, p.id]))
  const rights = (producer.mark_rights ?? [])
    .filter(Boolean)
    .map((r: any) => ({
      id: r.id,
      status: r.status,
      granted_at: r.granted_at,
      expires_at: r.expires_at ?? null,
      revoked_reason: r.revoked_reason ?? null,
      mark: r.geo_mark ? Object.fromEntries(MARK_FIELDS.map((f) => [f, r.geo_mark[f] ?? null])) : null,
      claimed_product_ids: claims.filter(([markId]: string[]) => markId === r.geo_mark?.id).map(([, productId]: string[]) => productId),
    }))
    .sort((a: any, b: any) => new Date(b.granted_at).getTime() - new Date(a.granted_at).getTime())
  res.json({ rights })
}
