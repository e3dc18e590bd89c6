import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { submitOcopCertificateWorkflow } from "../../../workflows/certificates/workflows/submit-ocop-certificate"
import type { ProducerRequest } from "../guard"
import { bySubmittedDesc, CERTIFICATE_PRODUCT_FIELDS, presentCertificate, PRODUCER_CERTIFICATE_FIELDS } from "./present"
import type { ProducerSubmitOcopCertificateType } from "./validators"

/** GET /producer/certificates: the OCOP certificates of the producer's products, newest first. */
export const GET = async (req: ProducerRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: [
      ...CERTIFICATE_PRODUCT_FIELDS.map((f) => `products.${f}`),
      ...PRODUCER_CERTIFICATE_FIELDS.map((f) => `products.ocop_certificates.${f}`),
    ],
    filters: { id: req.producer.id },
  })
  const certificates = ((data[0] as any)?.products ?? [])
    .filter(Boolean)
    .flatMap((product: any) => (product.ocop_certificates ?? []).filter(Boolean).map((c: any) => presentCertificate(c, product)))
    .sort(bySubmittedDesc)
  res.json({ certificates })
}

/** POST /producer/certificates: submit an OCOP decision for one of the producer's products. */
export const POST = async (req: ProducerRequest<ProducerSubmitOcopCertificateType>, res: MedusaResponse) => {
  const { result } = await submitOcopCertificateWorkflow(req.scope).run({ input: { ...req.validatedBody, producer_id: req.producer.id } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [certificate] } = await query.graph({
    entity: "ocop_certificate",
    fields: [...PRODUCER_CERTIFICATE_FIELDS, ...CERTIFICATE_PRODUCT_FIELDS.map((f) => `product.${f}`)],
    filters: { id: result.id },
  })
  res.status(201).json({ certificate: presentCertificate(certificate!, (certificate as any).product) })
}
