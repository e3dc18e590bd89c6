import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ADMIN_MARK_FIELDS, ADMIN_RIGHT_FIELDS } from "./geo-marks/present"
import { ADMIN_CERTIFICATE_FIELDS, presentAdminCertificate } from "./ocop/certificates/present"

type Row = Record<string, any>

/**
 * Certificates and rights of use of one producer, for the widgets on the producer and
 * product pages of Medusa Admin. Certificates are read by id after walking the links.
 */
export async function producerCertificateRecords(container: MedusaContainer, producerId: string, productId?: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [producer] } = await query.graph({
    entity: "producer",
    fields: [
      "id",
      "products.id",
      "products.ocop_certificates.id",
      ...ADMIN_RIGHT_FIELDS.map((f) => `mark_rights.${f}`),
      ...ADMIN_MARK_FIELDS.map((f) => `mark_rights.geo_mark.${f}`),
    ],
    filters: { id: producerId },
  })
  if (!producer) return null
  const certificateIds = ((producer as Row).products ?? [])
    .filter((p: Row | null) => p && (!productId || p.id === productId))
    .flatMap((p: Row) => (p.ocop_certificates ?? []).filter(Boolean).map((c: Row) => c.id))
  const { data: certificates } = certificateIds.length
    ? await query.graph({ entity: "ocop_certificate", fields: ADMIN_CERTIFICATE_FIELDS, filters: { id: certificateIds } })
    : { data: [] }
  const rights = ((producer as Row).mark_rights ?? []).filter(Boolean).map((r: Row) => {
    const { geo_mark, ...right } = r
    return { ...right, mark: geo_mark ?? null }
  })
  return {
    certificates: (certificates as Row[])
      .map(presentAdminCertificate)
      .sort((a, b) => new Date(b.submitted_at).getTime() - new Date(a.submitted_at).getTime()),
    rights,
  }
}
