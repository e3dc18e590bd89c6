import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { VILLAGE_IMPORT_MAX_BYTES } from "../../../utils/program/spreadsheet"
import { AdminProgramDashboardQuery, AdminProgramReportQuery, AdminVillageImportQuery, AdminVillageImportTemplateQuery } from "./validators"

// The sheet stays in memory (2 MB at most) and is parsed by the route.
const upload = multer({ storage: multer.memoryStorage(), defParamCharset: "utf8", limits: { fileSize: VILLAGE_IMPORT_MAX_BYTES, files: 1, fields: 5 } })
const receive = upload.array("file", 1)

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: "Tệp tối đa 2 MB / The file can be at most 2 MB.",
  LIMIT_FILE_COUNT: "Chỉ gửi một tệp / Send one file only.",
  LIMIT_UNEXPECTED_FILE: 'Gửi một tệp trong trường "file" / Send one file in the "file" field.',
}

/** Receives the spreadsheet; multer's own errors become clear 400 answers. */
function receiveSpreadsheet(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receive(req as any, res as any, (err?: unknown) => {
    if (!err) return next()
    if (err instanceof multer.MulterError) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, MULTER_MESSAGES[err.code] ?? `Không nhận được tệp / The upload could not be read (${err.code}).`))
    }
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "Không đọc được tệp tải lên / The upload could not be read."))
  })
}

export const adminProgramRoutes: MiddlewareRoute[] = [
  { matcher: "/admin/program/dashboard", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminProgramDashboardQuery, {})] },
  { matcher: "/admin/program/report", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminProgramReportQuery, {})] },
  {
    matcher: "/admin/program/village-import/template",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminVillageImportTemplateQuery, {})],
  },
  {
    matcher: "/admin/program/village-import",
    methods: ["POST"],
    middlewares: [validateAndTransformQuery(AdminVillageImportQuery, {}), receiveSpreadsheet],
  },
]
