import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const FAIR_FIELDS = [
  "id",
  "handle",
  "name",
  "name_en",
  "starts_on",
  "ends_on",
  "place",
  "province",
  "description",
  "description_en",
  "producers.id",
  "producers.handle",
  "producers.name",
]

type Row = Record<string, any>

export const presentFair = ({ producers, ...fair }: Row): Row => ({
  ...fair,
  producers: ((producers ?? []) as Row[])
    .filter(Boolean)
    .map((p) => ({ id: p.id, handle: p.handle, name: p.name }))
    .sort((a, b) => String(a.name).localeCompare(String(b.name), "vi")),
})

export async function listFairs(container: MedusaContainer, filters: Row = {}): Promise<Row[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "trade_fair", fields: FAIR_FIELDS, filters, pagination: { order: { starts_on: "ASC" } } })
  return data.map(presentFair)
}
