import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { villageImportTemplate } from "../../../../../utils/program/spreadsheet"
import type { AdminVillageImportTemplateQueryType } from "../../validators"

/** GET /admin/program/village-import/template?format=xlsx|csv: an empty sheet with the columns an import reads. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminVillageImportTemplateQueryType>, res: MedusaResponse) => {
  const { format } = req.validatedQuery
  const file = await villageImportTemplate(format)
  res.setHeader(
    "Content-Type",
    format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  )
  res.setHeader("Content-Disposition", `attachment; filename="mau-so-lieu-lang-nghe.${format}"`)
  res.status(200).send(file)
}
