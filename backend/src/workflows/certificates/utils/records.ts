import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { storedDateToCalendar, toCalendarDate, type CalendarDate } from "@cln/domain"

/**
 * Reads the certificate workflows share. Certificates, marks and rights live in their own
 * modules; who owns what (product → producer, right → producer) comes through links.
 */

type Row = Record<string, any>

/** Today on Vietnam's calendar unless a caller (the daily job, a test) names the day. */
export const todayOr = (today?: CalendarDate | null): CalendarDate => today ?? toCalendarDate(new Date())

/** A stored certificate date as its calendar day, or null. */
export const day = (value: Date | string | null | undefined): CalendarDate | null => (value ? storedDateToCalendar(value) : null)

export const certificateNotFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy chứng nhận OCOP "${id}" / OCOP certificate "${id}" was not found.`)

export const markNotFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy nhãn/chỉ dẫn địa lý "${id}" / Mark "${id}" was not found.`)

export const rightNotFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy quyền sử dụng "${id}" / Right of use "${id}" was not found.`)

export type ProducerContact = { id: string; name: string; emails: string[] }

/** Each producer's name and the addresses its notifications go to (the producer's and its members'). */
export async function producerContacts(container: MedusaContainer, producerIds: string[]): Promise<Map<string, ProducerContact>> {
  const ids = [...new Set(producerIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["id", "name", "email", "members.email"], filters: { id: ids } })
  return new Map(
    (data as Row[]).map((p) => [
      p.id,
      { id: p.id, name: p.name, emails: [...new Set([p.email, ...(p.members ?? []).map((m: Row) => m?.email)].filter(Boolean))] as string[] },
    ])
  )
}

/** The product each certificate rates and that product's producer. */
export async function certificateOwners(
  container: MedusaContainer,
  certificateIds: string[]
): Promise<Map<string, { product_id: string | null; product_title: string | null; producer_id: string | null }>> {
  if (!certificateIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certificate",
    fields: ["id", "product.id", "product.title", "product.producer.id"],
    filters: { id: certificateIds },
  })
  return new Map(
    (data as Row[]).map((c) => [
      c.id,
      { product_id: c.product?.id ?? null, product_title: c.product?.title ?? null, producer_id: c.product?.producer?.id ?? null },
    ])
  )
}

/** The producer holding each right. */
export async function rightHolders(container: MedusaContainer, rightIds: string[]): Promise<Map<string, string | null>> {
  if (!rightIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "mark_right", fields: ["id", "producer.id"], filters: { id: rightIds } })
  return new Map((data as Row[]).map((r) => [r.id, r.producer?.id ?? null]))
}

export type MarkClaim = { product_id: string; geo_mark_id: string }

/** Claims (product ↔ mark links) of the given marks by products of the given producer. */
export async function claimsOfProducer(container: MedusaContainer, producerId: string, geoMarkIds: string[]): Promise<MarkClaim[]> {
  if (!geoMarkIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: owned } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: producerId } })
  const productIds = ((owned[0] as Row | undefined)?.products ?? []).filter(Boolean).map((p: Row) => p.id as string)
  if (!productIds.length) return []
  const { data } = await query.graph({ entity: "product", fields: ["id", "geo_marks.id"], filters: { id: productIds } })
  const wanted = new Set(geoMarkIds)
  return (data as Row[]).flatMap((p) =>
    (p.geo_marks ?? []).filter((m: Row | null) => m && wanted.has(m.id)).map((m: Row) => ({ product_id: p.id as string, geo_mark_id: m.id as string }))
  )
}
