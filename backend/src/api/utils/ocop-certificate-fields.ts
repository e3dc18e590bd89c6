/**
 * The fields of an OCOP certificate that both its producer and the officers see. Officers
 * also see who reviewed it; that id stays internal for producers.
 */
export const OCOP_CERTIFICATE_FIELDS = [
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
