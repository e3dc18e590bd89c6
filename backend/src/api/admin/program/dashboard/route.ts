import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { programDashboard } from "../../../../utils/program/program-data"
import { currentProgramYear, type AdminProgramDashboardQueryType } from "../validators"

/** GET /admin/program/dashboard?year=: the plan's targets with this year's sales and scans. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminProgramDashboardQueryType>, res: MedusaResponse) => {
  const year = req.validatedQuery.year ?? currentProgramYear()
  res.json(await programDashboard(req.scope, year))
}
