import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_CERTIFICATE_FIELDS } from "../../../utils/ocop-certificate-fields"

/** What an officer sees of a certificate: everything, with its product and producer. */
export const ADMIN_CERTIFICATE_FIELDS = [
  ...OCOP_CERTIFICATE_FIELDS,
  "reviewed_by",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
  "product.producer.id",
  "product.producer.name",
  "product.producer.handle",
]

type Row = Record<string, any>

export function presentAdminCertificate(c: Row): Row {
  const { product, ...certificate } = c
  return {
    ...certificate,
    product: product ? { id: product.id, title: product.title, handle: product.handle, thumbnail: product.thumbnail ?? null } : null,
    producer: product?.producer ? { id: product.producer.id, name: product.producer.name, handle: product.producer.handle } : null,
  }
}

export async function retrieveAdminCertificate(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [certificate] } = await query.graph({ entity: "ocop_certificate", fields: ADMIN_CERTIFICATE_FIELDS, filters: { id } })
  return certificate ? presentAdminCertificate(certificate) : null
}
