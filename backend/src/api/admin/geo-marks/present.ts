import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_MARK_DETAIL_FIELDS, PUBLIC_MARK_FIELDS } from "../../store/marks/query-config"

/** Officers see what the public sees of a mark, plus when it was entered. */
export const ADMIN_MARK_FIELDS = [...PUBLIC_MARK_FIELDS, "created_at"]
export const ADMIN_MARK_DETAIL_FIELDS = [...PUBLIC_MARK_DETAIL_FIELDS, "created_at"]
export const ADMIN_RIGHT_FIELDS = ["id", "status", "granted_at", "expires_at", "revoked_reason", "reminders_sent", "created_at"]

type Row = Record<string, any>

const presentRight = (r: Row) => ({
  ...Object.fromEntries(ADMIN_RIGHT_FIELDS.map((f) => [f, r[f] ?? null])),
  producer: r.producer ? { id: r.producer.id, name: r.producer.name, handle: r.producer.handle } : null,
})

/** A mark with all its rights (each with its producer) and the products claiming it. */
export async function retrieveAdminMark(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [mark] } = await query.graph({
    entity: "geo_mark",
    fields: [
      ...ADMIN_MARK_DETAIL_FIELDS,
      ...ADMIN_RIGHT_FIELDS.map((f) => `rights.${f}`),
      "rights.producer.id",
      "rights.producer.name",
      "rights.producer.handle",
      "products.id",
      "products.title",
      "products.handle",
      "products.producer.id",
    ],
    filters: { id },
  })
  if (!mark) return null
  const { rights, products, ...rest } = mark as Row
  return {
    ...rest,
    rights: (rights ?? []).filter(Boolean).map(presentRight),
    products: (products ?? []).filter(Boolean).map((p: Row) => ({ id: p.id, title: p.title, handle: p.handle, producer_id: p.producer?.id ?? null })),
  }
}

export { presentRight }
