import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { presentVillageRecordChange } from "../../present"

/** GET /admin/craft-villages/:id/changes: the village's audit trail, newest first, with who made each change. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [village] } = await query.graph({ entity: "craft_village", fields: ["id"], filters: { id: req.params.id! } })
  if (!village) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Craft village ${req.params.id} was not found.`)

  const { data: changes, metadata } = await query.graph({
    entity: "village_record_change",
    fields: req.queryConfig.fields,
    filters: { ...(req.filterableFields as Record<string, unknown>), craft_village_id: req.params.id! },
    pagination: { ...req.queryConfig.pagination, order: { changed_at: "DESC", id: "DESC" } },
  })
  const officerIds = [...new Set(changes.map((c: any) => c.changed_by).filter(Boolean))] as string[]
  const { data: officers } = officerIds.length
    ? await query.graph({ entity: "user", fields: ["id", "email", "first_name", "last_name"], filters: { id: officerIds } })
    : { data: [] as any[] }
  const officerOf = new Map(officers.map((u: any) => [u.id, u]))
  res.json({
    changes: changes.map((c: any) => ({ ...presentVillageRecordChange(c), changed_by_user: officerOf.get(c.changed_by) ?? null })),
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
  })
}
