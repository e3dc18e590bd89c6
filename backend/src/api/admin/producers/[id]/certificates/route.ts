import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { producerCertificateRecords } from "../../../certificate-records"

/** GET /admin/producers/:id/certificates: the producer's OCOP certificates and rights of use (producer page widget). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const records = await producerCertificateRecords(req.scope, req.params.id!)
  if (!records) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${req.params.id} was not found.`)
  res.json(records)
}
