import { OCOP_CERTIFICATE_FIELDS } from "../../utils/ocop-certificate-fields"

/** The certificate fields a producer sees (the reviewing officer's id stays internal). */
export const PRODUCER_CERTIFICATE_FIELDS = OCOP_CERTIFICATE_FIELDS

export const CERTIFICATE_PRODUCT_FIELDS = ["id", "title", "handle", "thumbnail"] as const

type Row = Record<string, any>

export function presentCertificate(certificate: Row, product: Row | null) {
  return {
    ...Object.fromEntries(PRODUCER_CERTIFICATE_FIELDS.map((f) => [f, certificate[f] ?? null])),
    product: product ? Object.fromEntries(CERTIFICATE_PRODUCT_FIELDS.map((f) => [f, product[f] ?? null])) : null,
  }
}

/** Newest submissions first. */
export const bySubmittedDesc = (a: Row, b: Row) => new Date(b.submitted_at).getTime() - new Date(a.submitted_at).getTime()
