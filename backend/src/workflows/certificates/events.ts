export const CertificateEvents = {
  OCOP_SUBMITTED: "ocop_certificate.submitted",
  OCOP_VERIFIED: "ocop_certificate.verified",
  OCOP_REJECTED: "ocop_certificate.rejected",
  OCOP_REVOKED: "ocop_certificate.revoked",
  OCOP_EXPIRED: "ocop_certificate.expired",
  GEO_MARK_CREATED: "geo_mark.created",
  MARK_RIGHT_GRANTED: "mark_right.granted",
  MARK_RIGHT_REVOKED: "mark_right.revoked",
  MARK_RIGHT_EXPIRED: "mark_right.expired",
  PRODUCT_MARK_CLAIMED: "product_mark.claimed",
  PRODUCT_MARK_UNCLAIMED: "product_mark.unclaimed",
} as const
