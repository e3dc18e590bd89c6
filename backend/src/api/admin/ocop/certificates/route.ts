import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addCalendarDays, calendarDateToStored, toCalendarDate } from "@cln/domain"
import type { AdminListOcopCertificatesType } from "../validators"
import { ADMIN_CERTIFICATE_FIELDS, presentAdminCertificate } from "./present"

type Row = Record<string, any>

/**
 * GET /admin/ocop/certificates: the officers' list. `status=submitted` is the queue to
 * verify; `expiring_within_days=90` lists verified certificates ending within 90 days,
 * soonest first. `product_id` and `producer_id` narrow it to one product or producer.
 */
export const GET = async (req: AuthenticatedMedusaRequest & { validatedQuery: AdminListOcopCertificatesType }, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, expiring_within_days, product_id, producer_id, limit, offset } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (expiring_within_days !== undefined) {
    const today = toCalendarDate(new Date())
    filters.status = status ?? "verified"
    filters.valid_until = {
      $gte: calendarDateToStored(today),
      $lte: calendarDateToStored(addCalendarDays(today, expiring_within_days)),
    }
  }
  // Certificates reach products and producers through links: narrow to their ids first.
  const narrowTo = async (entity: string, id: string, path: string[]) => {
    const { data } = await query.graph({ entity, fields: [`${path.join(".")}.id`], filters: { id } })
    const walk = (rows: Row[], depth: number): string[] =>
      depth === path.length ? rows.map((r) => r.id) : rows.flatMap((r) => walk([r?.[path[depth]!]].flat().filter(Boolean), depth + 1))
    return walk(data as Row[], 0)
  }
  const idSets: string[][] = []
  if (product_id) idSets.push(await narrowTo("product", product_id, ["ocop_certificates"]))
  if (producer_id) idSets.push(await narrowTo("producer", producer_id, ["products", "ocop_certificates"]))
  if (idSets.length) {
    filters.id = idSets.reduce((a, b) => a.filter((id) => b.includes(id)))
    if (!(filters.id as string[]).length) return res.json({ certificates: [], count: 0, limit, offset })
  }

  const { data, metadata } = await query.graph({
    entity: "ocop_certificate",
    fields: ADMIN_CERTIFICATE_FIELDS,
    filters,
    pagination: {
      skip: offset,
      take: limit,
      order: expiring_within_days !== undefined ? { valid_until: "ASC" } : { submitted_at: "DESC" },
    },
  })
  res.json({ certificates: (data as Row[]).map(presentAdminCertificate), count: metadata?.count ?? data.length, limit, offset })
}
