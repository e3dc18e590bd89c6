import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createDisplayPointWorkflow } from "../../../workflows/promotion/workflows/display-points"
import type { AdminCreateDisplayPointType } from "../catalogs/validators"
import { listAdminDisplayPoints, retrieveAdminDisplayPoint } from "./present"

/** GET /admin/display-points: every point with its catalog and scan count. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const display_points = await listAdminDisplayPoints(req.scope)
  res.json({ display_points, count: display_points.length })
}

/** POST /admin/display-points: register a point, optionally with the catalog it shows. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateDisplayPointType>, res: MedusaResponse) => {
  const { result } = await createDisplayPointWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ display_point: await retrieveAdminDisplayPoint(req.scope, result.id) })
}
