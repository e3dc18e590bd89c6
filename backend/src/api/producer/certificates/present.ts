/** The certificate fields a producer sees (the reviewing officer's id stays internal). */
export const PRODUCER_CERTIFICATE_FIELDS = [
  "id",
  "product_group",
  "score",
  "stars",
  "certificate_number",
  "decision_number",
  "decision_date",
  "issuing_level",
  "issuing_body",
  "valid_until",
  "status",
  "status_reason",
  "evidence_url",
  "submitted_at",
  "reviewed_at",
  "reminders_sent",
  "created_at",
] as const

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
