import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateNotFound } from "../../../../workflows/certificates/utils/records"
import type { ProducerRequest } from "../../guard"
import { CERTIFICATE_PRODUCT_FIELDS, presentCertificate, PRODUCER_CERTIFICATE_FIELDS } from "../present"

/** GET /producer/certificates/:id: one of the producer's certificates (another producer's is "not found"). */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const id = req.params.id!
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [certificate] } = await query.graph({
    entity: "ocop_certificate",
    fields: [...PRODUCER_CERTIFICATE_FIELDS, ...CERTIFICATE_PRODUCT_FIELDS.map((f) => `product.${f}`), "product.producer.id"],
    filters: { id },
  })
  if ((certificate as any)?.product?.producer?.id !== req.producer.id) throw certificateNotFound(id)
  res.json({ certificate: presentCertificate(certificate!, (certificate as any).product) })
}
