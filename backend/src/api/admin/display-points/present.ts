import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const FIELDS = [
  "id",
  "handle",
  "name",
  "name_en",
  "kind",
  "address",
  "commune",
  "province",
  "lat",
  "lng",
  "active",
  "created_at",
  "catalog.id",
  "catalog.handle",
  "catalog.title",
  "catalog.status",
]

type Row = Record<string, any>

/** Points with how often their poster was scanned, counted in the database rather than loaded. */
async function withScanCounts(container: MedusaContainer, points: Row[]): Promise<Row[]> {
  if (!points.length) return []
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { display_point_id: string; scans: string }[] = await pg("display_point_scan")
    .select("display_point_id")
    .count({ scans: "*" })
    .whereIn(
      "display_point_id",
      points.map((p) => p.id)
    )
    .whereNull("deleted_at")
    .groupBy("display_point_id")
  const counts = new Map(rows.map((r) => [r.display_point_id, Number(r.scans)]))
  return points.map((p) => ({ ...p, catalog: p.catalog ?? null, scan_count: counts.get(p.id) ?? 0 }))
}

export async function listAdminDisplayPoints(container: MedusaContainer): Promise<Row[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "display_point", fields: FIELDS, pagination: { order: { name: "ASC" } } })
  return withScanCounts(container, data)
}

export async function retrieveAdminDisplayPoint(container: MedusaContainer, id: string): Promise<Row | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "display_point", fields: FIELDS, filters: { id } })
  return data[0] ? (await withScanCounts(container, data))[0]! : null
}
