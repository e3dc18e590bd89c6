/**
 * Shapes of the certificate API (issue 5): OCOP badges and GI/mark claims on store
 * products, the GI pages' marks, and the producer panel's certificates and rights.
 */

export type OcopProductGroup = "food" | "drinks" | "herbal" | "handicrafts" | "ornamental" | "tourism"
export type IssuingLevel = "province" | "central"
export type MarkKind = "geographic_indication" | "collective_mark" | "certification_mark"
export type CertificateStatus = "submitted" | "verified" | "rejected" | "expired" | "revoked"

/** `product.ocop_badge`: a verified, unexpired OCOP certificate (`+ocop_badge.*`). */
export type OcopBadge = {
  stars: number
  score: number | null
  product_group: OcopProductGroup | string | null
  decision_number: string | null
  decision_date: string | null
  issuing_level: IssuingLevel | string | null
  issuing_body: string | null
  valid_until: string | null
  certificate_number?: string | null
  certificate_id?: string | null
}

/** One of `product.geo_marks`: a mark the product validly claims (`+geo_marks.*`). */
export type GeoMarkBadge = {
  id: string
  handle: string
  kind: MarkKind | string
  name: string
  name_en?: string | null
  certificate_number?: string | null
}

/** `GET /store/marks` → `marks[]`. */
export type MarkSummary = GeoMarkBadge & {
  decision_number?: string | null
  decision_date?: string | null
  product_name?: string | null
  managing_body?: string | null
  image_url?: string | null
  producer_count?: number | null
}

export type MarkProperty = { name: string; name_en?: string | null; value: string }
export type MarkAreaCommune = { commune: string; province?: string | null; former_names?: string[] | null }

/** `GET /store/marks/:handle` → `mark`. */
export type MarkDetail = MarkSummary & {
  description?: string | null
  description_en?: string | null
  properties?: MarkProperty[] | null
  area?: MarkAreaCommune[] | null
  area_geojson?: unknown
}

/** `GET /store/marks/:handle` → `producers[]`. */
export type MarkProducer = {
  id: string
  handle: string
  name: string
  logo_url?: string | null
  commune?: string | null
  province?: string | null
  right?: { granted_at?: string | null; expires_at?: string | null } | null
  products?: { id: string; handle: string; title: string; thumbnail?: string | null }[] | null
}

export type MarkPage = { mark: MarkDetail; producers: MarkProducer[] }

/** `GET /producer/certificates` → `certificates[]`. */
export type ProducerCertificate = {
  id: string
  status: CertificateStatus | string
  status_reason?: string | null
  stars?: number | null
  score?: number | null
  product_group?: string | null
  decision_number?: string | null
  decision_date?: string | null
  issuing_level?: string | null
  issuing_body?: string | null
  valid_until?: string | null
  evidence_url?: string | null
  certificate_number?: string | null
  product?: { id: string; title: string; handle?: string | null } | null
}

/** `GET /producer/mark-rights` → `rights[]`. */
export type MarkRight = {
  id: string
  status: string
  granted_at?: string | null
  expires_at?: string | null
  revoked_reason?: string | null
  mark?: MarkSummary | null
  /** The producer's products that carry the mark. */
  claimed_product_ids?: string[] | null
}
