import { toCalendarDate } from "@cln/domain"
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

export type FairStatus = "upcoming" | "ongoing" | "past"

/**
 * Where a fair stands on a day in Vietnam: its days are Vietnamese calendar days, so it is
 * on from the first to the last, both included, whatever the server's time zone.
 */
export function fairStatus(fair: { starts_on: Date | string; ends_on: Date | string }, now = new Date()): FairStatus {
  const today = toCalendarDate(now)
  if (today < toCalendarDate(new Date(fair.starts_on))) return "upcoming"
  if (today > toCalendarDate(new Date(fair.ends_on))) return "past"
  return "ongoing"
}

export const presentFair = ({ producers, ...fair }: Row): Row => ({
  ...fair,
  // The days as the officer picked them (YYYY-MM-DD), and where the fair stands today.
  first_day: toCalendarDate(new Date(fair.starts_on)),
  last_day: toCalendarDate(new Date(fair.ends_on)),
  status: fairStatus(fair as { starts_on: Date; ends_on: Date }),
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
