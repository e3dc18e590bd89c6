/** Shapes and Vietnamese labels of the certificate admin API (/admin/ocop, /admin/geo-marks). */
export type CertificateStatus = "submitted" | "verified" | "rejected" | "expired" | "revoked"
export type RightStatus = "current" | "revoked" | "expired"

export type AdminOcopCertificate = {
  id: string
  product_group: string
  score: number
  stars: number
  certificate_number: string | null
  decision_number: string
  decision_date: string
  issuing_level: "province" | "central"
  issuing_body: string
  valid_until: string
  status: CertificateStatus
  status_reason: string | null
  evidence_url: string
  submitted_at: string
  reviewed_at: string | null
  product: { id: string; title: string; handle: string } | null
  producer: { id: string; name: string; handle: string } | null
}

export type AdminGeoMark = {
  id: string
  handle: string
  kind: "geographic_indication" | "collective_mark" | "certification_mark"
  name: string
  certificate_number: string | null
  product_name: string
  managing_body: string
  current_right_count?: number
  product_count?: number
}

export type AdminMarkRight = {
  id: string
  status: RightStatus
  granted_at: string
  expires_at: string | null
  revoked_reason: string | null
  producer?: { id: string; name: string; handle: string } | null
  mark?: AdminGeoMark | null
}

export const CERTIFICATE_STATUS_LABEL: Record<CertificateStatus, string> = {
  submitted: "Chờ xác minh",
  verified: "Đã xác minh",
  rejected: "Không xác minh",
  expired: "Hết hạn",
  revoked: "Bị thu hồi",
}

export const CERTIFICATE_STATUS_COLOR: Record<CertificateStatus, "orange" | "green" | "red" | "grey"> = {
  submitted: "orange",
  verified: "green",
  rejected: "red",
  expired: "grey",
  revoked: "red",
}

export const RIGHT_STATUS_LABEL: Record<RightStatus, string> = { current: "Còn hiệu lực", revoked: "Bị thu hồi", expired: "Hết hạn" }
export const RIGHT_STATUS_COLOR: Record<RightStatus, "green" | "red" | "grey"> = { current: "green", revoked: "red", expired: "grey" }

export const MARK_KIND_LABEL: Record<AdminGeoMark["kind"], string> = {
  geographic_indication: "Chỉ dẫn địa lý",
  collective_mark: "Nhãn hiệu tập thể",
  certification_mark: "Nhãn hiệu chứng nhận",
}

export const PRODUCT_GROUP_LABEL: Record<string, string> = {
  food: "Thực phẩm",
  drinks: "Đồ uống",
  herbal: "Thảo dược",
  handicrafts: "Thủ công mỹ nghệ",
  ornamental: "Sinh vật cảnh",
  tourism: "Du lịch cộng đồng",
}

export const LEVEL_LABEL = { province: "Cấp tỉnh", central: "Cấp Trung ương" } as const

/** Certificate dates are calendar days stored at 00:00 UTC: show that day. */
export const day = (value: string | null | undefined) => (value ? value.slice(0, 10).split("-").reverse().join("/") : "—")
export const stars = (n: number) => "★".repeat(n)
