import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { producerCertificateRecords } from "../../../certificate-records"

/**
 * GET /admin/products/:id/certificates: the product's OCOP certificates and badge, the
 * marks it claims, and its producer's rights of use (product page widget).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [product] } = await query.graph({
    entity: "product",
    fields: ["id", "producer.id", "producer.name", "producer.handle", "ocop_badge.*", "geo_marks.id", "geo_marks.handle", "geo_marks.kind", "geo_marks.name", "geo_marks.certificate_number"],
    filters: { id: req.params.id! },
  })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found.`)
  const p = product as any
  const records = p.producer ? await producerCertificateRecords(req.scope, p.producer.id, p.id) : null
  res.json({
    producer: p.producer ? { id: p.producer.id, name: p.producer.name, handle: p.producer.handle } : null,
    badge: p.ocop_badge ?? null,
    marks: (p.geo_marks ?? []).filter(Boolean),
    certificates: records?.certificates ?? [],
    rights: records?.rights ?? [],
  })
}
