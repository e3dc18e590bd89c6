export type ProducerStatus = "pending" | "approved" | "rejected" | "suspended"
export type ReviewAction = "approve" | "reject" | "suspend" | "reinstate"

export type AdminProducer = {
  id: string
  handle: string
  name: string
  legal_kind: "household" | "cooperative" | "enterprise"
  tax_code: string | null
  phone: string
  email: string
  address: string
  story: string | null
  status: ProducerStatus
  status_reason: string | null
  reviewed_at: string | null
  commission_percent: number
  created_at: string
  craft_village: { handle: string; name: string; commune: string } | null
  members: { id: string; name: string; email: string }[]
}

export const STATUS_LABEL: Record<ProducerStatus, string> = {
  pending: "Chờ duyệt",
  approved: "Đã duyệt",
  rejected: "Không duyệt",
  suspended: "Tạm ngừng",
}

export const STATUS_COLOR: Record<ProducerStatus, "orange" | "green" | "red" | "grey"> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
  suspended: "grey",
}

export const LEGAL_KIND_LABEL: Record<AdminProducer["legal_kind"], string> = {
  household: "Hộ sản xuất",
  cooperative: "Hợp tác xã",
  enterprise: "Doanh nghiệp",
}

/** The officer actions open from each status (mirrors the backend's review rules). */
export const ACTIONS_FROM: Record<ProducerStatus, ReviewAction[]> = {
  pending: ["approve", "reject"],
  rejected: ["approve"],
  approved: ["suspend"],
  suspended: ["reinstate"],
}

export const ACTION_LABEL: Record<ReviewAction, string> = {
  approve: "Duyệt",
  reject: "Từ chối",
  suspend: "Tạm ngừng bán",
  reinstate: "Cho bán lại",
}

export const NEEDS_REASON: Record<ReviewAction, boolean> = {
  approve: false,
  reject: true,
  suspend: true,
  reinstate: false,
}
