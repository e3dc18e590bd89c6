import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderProgramReportPdf } from "../../../../utils/program/pdf-report"
import { programYearReport } from "../../../../utils/program/program-data"
import { renderProgramReportXlsx } from "../../../../utils/program/xlsx-report"
import { currentProgramYear, type AdminProgramReportQueryType } from "../validators"

const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const

/** GET /admin/program/report?year=&format=xlsx|pdf: the yearly report as a download. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminProgramReportQueryType>, res: MedusaResponse) => {
  const { format, locale } = req.validatedQuery
  const year = req.validatedQuery.year ?? currentProgramYear()
  const report = await programYearReport(req.scope, year)
  const file = format === "xlsx" ? await renderProgramReportXlsx(report, locale) : await renderProgramReportPdf(report, locale)
  // An ASCII name (báo cáo làng nghề without diacritics) that every browser and mail client keeps.
  const name = `${locale === "vi" ? "bao-cao-lang-nghe" : "craft-village-report"}-${year}.${format}`
  res.setHeader("Content-Type", CONTENT_TYPES[format])
  res.setHeader("Content-Disposition", `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`)
  res.setHeader("Content-Length", String(file.length))
  res.setHeader("Cache-Control", "no-store")
  res.status(200).send(file)
}
