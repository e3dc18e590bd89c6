import type { MedusaResponse } from "@medusajs/framework/http"
import { EPCIS_MEDIA_TYPE } from "@cln/domain"
import { lotEpcisDocument } from "../../../../../utils/traceability/epcis"
import { assertProducerOwnsLot } from "../../../../../../workflows/traceability/utils/ownership"
import type { ProducerRequest } from "../../../../guard"

/** GET /producer/trace/lots/:id/epcis: the lot's events as an EPCIS 2.0 document (download). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  await assertProducerOwnsLot(req.scope, req.producer.id, req.params.id!)
  const document = await lotEpcisDocument(req.scope, req.params.id!)
  res.setHeader("Content-Type", EPCIS_MEDIA_TYPE)
  res.setHeader("Content-Disposition", `attachment; filename="epcis-${req.params.id}.jsonld"`)
  res.send(JSON.stringify(document, null, 2))
}
