import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sendSettlement, settlementReport, type SettlementQueryType } from "../../../../utils/settlement-report"

/** GET /admin/producers/:id/settlements?from&to&format: any producer's settlement, for officers. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${req.params.id} was not found.`)
  const q = req.validatedQuery as unknown as SettlementQueryType
  sendSettlement(res, await settlementReport(req.scope, req.params.id!, q), q.format)
}
