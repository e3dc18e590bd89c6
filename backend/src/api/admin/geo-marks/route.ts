import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createGeoMarkWorkflow } from "../../../workflows/certificates/workflows/create-geo-mark"
import { ADMIN_MARK_FIELDS, retrieveAdminMark } from "./present"
import type { AdminCreateGeoMarkType, AdminListGeoMarksType } from "./validators"

type Row = Record<string, any>

/** GET /admin/geo-marks: registered marks with counts of current rights and claiming products. */
export const GET = async (req: AuthenticatedMedusaRequest & { validatedQuery: AdminListGeoMarksType }, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { kind, q } = req.validatedQuery
  const { data } = await query.graph({
    entity: "geo_mark",
    fields: [...ADMIN_MARK_FIELDS, "rights.id", "rights.status", "products.id"],
    filters: { ...(kind ? { kind } : {}), ...(q ? { name: { $ilike: `%${q}%` } } : {}) },
  })
  const geo_marks = (data as Row[])
    .map(({ rights, products, ...mark }): Row => ({
      ...mark,
      current_right_count: (rights ?? []).filter((r: Row | null) => r?.status === "current").length,
      right_count: (rights ?? []).filter(Boolean).length,
      product_count: (products ?? []).filter(Boolean).length,
    }))
    .sort((a, b) => String(a.name).localeCompare(String(b.name), "vi"))
  res.json({ geo_marks, count: geo_marks.length })
}

/** POST /admin/geo-marks: register a geographic indication or a collective/certification mark. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateGeoMarkType>, res: MedusaResponse) => {
  const { result } = await createGeoMarkWorkflow(req.scope).run({ input: req.validatedBody as any })
  res.status(201).json({ geo_mark: await retrieveAdminMark(req.scope, result.id) })
}
