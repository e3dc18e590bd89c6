import { isRightCurrent, storedDateToCalendar, toCalendarDate } from "@cln/domain"
import { isApprovedProducer, visibleProducts } from "../craft-villages/helpers"
import { PUBLIC_MARK_DETAIL_FIELDS, PUBLIC_MARK_FIELDS } from "./query-config"

type Row = Record<string, any>

const pick = (row: Row, fields: readonly string[]): Row => Object.fromEntries(fields.map((f) => [f, row[f] ?? null]))
const present = (rows: (Row | null | undefined)[] | null | undefined): Row[] => (rows ?? []).filter((r): r is Row => !!r)

/** Rights in force today held by approved producers: the only ones a buyer sees. */
function currentRights(mark: Row, today = toCalendarDate(new Date())): Row[] {
  return present(mark.rights).filter(
    (r) =>
      isApprovedProducer(r.producer) &&
      isRightCurrent({ status: r.status, expires_at: r.expires_at ? storedDateToCalendar(r.expires_at) : null }, today)
  )
}

export function toPublicMarkSummary(mark: Row): Row {
  return { ...pick(mark, PUBLIC_MARK_FIELDS), producer_count: new Set(currentRights(mark).map((r) => r.producer.id)).size }
}

export function toPublicMark(mark: Row, salesChannelIds: readonly string[]) {
  const claims = present(mark.products)
  const producers = new Map<string, Row>()
  for (const right of currentRights(mark).sort((a, b) => String(a.producer.name).localeCompare(String(b.producer.name), "vi"))) {
    if (producers.has(right.producer.id)) continue
    const p = right.producer
    producers.set(p.id, {
      id: p.id,
      handle: p.handle,
      name: p.name,
      logo_url: p.logo_url ?? null,
      commune: p.craft_village?.commune ?? null,
      province: p.craft_village?.province ?? null,
      right: { granted_at: right.granted_at, expires_at: right.expires_at ?? null },
      products: visibleProducts(
        claims.filter((product) => product.producer?.id === p.id),
        salesChannelIds
      ),
    })
  }
  return { mark: pick(mark, PUBLIC_MARK_DETAIL_FIELDS), producers: [...producers.values()] }
}
