import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { EPCIS_MEDIA_TYPE } from "@cln/domain"
import { lotEpcisDocument } from "../../../../utils/traceability/epcis"
import { TraceCodeParam } from "../../../validators"

/** GET /trace/lots/:code/epcis: a lot's journey as an EPCIS 2.0 document, by the lot's public code. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const code = TraceCodeParam.safeParse(req.params.code)
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const lot = code.success ? await knex("lot").where({ code: code.data }).whereNull("deleted_at").first("id") : null
  if (!lot) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy lô / Lot not found.")
  res.setHeader("Content-Type", EPCIS_MEDIA_TYPE)
  res.setHeader("Content-Disposition", `inline; filename="epcis-${code.data}.jsonld"`)
  res.send(JSON.stringify(await lotEpcisDocument(req.scope, lot.id)))
}
