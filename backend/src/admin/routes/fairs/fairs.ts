/** Shapes, Vietnamese labels and form rules of the fairs admin API (/admin/fairs). */
export type FairStatus = "upcoming" | "ongoing" | "past"

export type FairProducer = { id: string; handle: string; name: string }

export type AdminFair = {
  id: string
  handle: string
  name: string
  name_en: string | null
  starts_on: string
  ends_on: string
  /** The first and last day as the officer picked them, on Vietnam's calendar (YYYY-MM-DD). */
  first_day: string
  last_day: string
  place: string
  province: string
  description: string | null
  description_en: string | null
  status: FairStatus
  producers: FairProducer[]
}

export const FAIR_STATUS_LABEL: Record<FairStatus, string> = { upcoming: "Sắp diễn ra", ongoing: "Đang diễn ra", past: "Đã kết thúc" }
export const FAIR_STATUS_COLOR: Record<FairStatus, "blue" | "green" | "grey"> = { upcoming: "blue", ongoing: "green", past: "grey" }

export type FairDraft = {
  name: string
  name_en: string
  handle: string
  first_day: string
  last_day: string
  place: string
  province: string
  description: string
  description_en: string
  producers: FairProducer[]
}

export const EMPTY_FAIR: FairDraft = {
  name: "",
  name_en: "",
  handle: "",
  first_day: "",
  last_day: "",
  place: "",
  province: "Tuyên Quang",
  description: "",
  description_en: "",
  producers: [],
}

export const draftOf = (f: AdminFair): FairDraft => ({
  name: f.name,
  name_en: f.name_en ?? "",
  handle: f.handle,
  first_day: f.first_day,
  last_day: f.last_day,
  place: f.place,
  province: f.province,
  description: f.description ?? "",
  description_en: f.description_en ?? "",
  producers: f.producers,
})

/** The body /admin/fairs expects: days as YYYY-MM-DD (the backend reads them as days in Vietnam). */
export const bodyOf = (d: FairDraft) => ({
  name: d.name.trim(),
  name_en: d.name_en.trim(),
  handle: d.handle.trim(),
  starts_on: d.first_day,
  ends_on: d.last_day,
  place: d.place.trim(),
  province: d.province.trim(),
  description: d.description.trim(),
  description_en: d.description_en.trim(),
  producer_ids: d.producers.map((p) => p.id),
})

// The same sentence the backend answers with, so the officer reads one rule either way.
export const DAYS_MESSAGE = "Ngày kết thúc phải từ ngày bắt đầu trở đi."

export type FairField = "name" | "handle" | "first_day" | "last_day" | "place" | "province"

/** What must be fixed before saving, by field; empty when the draft can be sent. */
export function draftProblems(d: FairDraft): Partial<Record<FairField, string>> {
  const problems: Partial<Record<FairField, string>> = {}
  if (!d.name.trim()) problems.name = "Nhập tên hội chợ."
  if (!d.handle.trim()) problems.handle = "Nhập đường dẫn."
  else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(d.handle.trim())) problems.handle = "Đường dẫn chỉ gồm chữ thường không dấu, số và gạch nối."
  if (!d.first_day) problems.first_day = "Chọn ngày bắt đầu."
  if (!d.last_day) problems.last_day = "Chọn ngày kết thúc."
  // YYYY-MM-DD strings compare in calendar order.
  else if (d.first_day && d.last_day < d.first_day) problems.last_day = DAYS_MESSAGE
  if (!d.place.trim()) problems.place = "Nhập địa điểm."
  if (!d.province.trim()) problems.province = "Nhập tỉnh/thành phố."
  return problems
}

/** 2026-12-01 → 01/12/2026, the way Vietnamese forms write a day. */
export const vnDate = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? day.split("-").reverse().join("/") : day)

const FIELD_LABEL: Record<string, string> = {
  name: "Tên hội chợ",
  name_en: "Tên tiếng Anh",
  handle: "Đường dẫn",
  starts_on: "Ngày bắt đầu",
  ends_on: "Ngày kết thúc",
  place: "Địa điểm",
  province: "Tỉnh/thành phố",
  description: "Giới thiệu",
  description_en: "Giới thiệu tiếng Anh",
  producer_ids: "Người bán tham gia",
}
const labelOf = (field: string) => FIELD_LABEL[field.split(".")[0] ?? field] ?? field

/** One issue of an API answer, in Vietnamese. */
function vietnameseIssue(issue: string): string {
  // Our own messages are written "tiếng Việt / English".
  const bilingual = issue.indexOf(" / ")
  if (bilingual > 0) {
    const vi = issue.slice(0, bilingual).trim()
    // Some name their field first ("starts_on: ngày dạng YYYY-MM-DD").
    return vi.replace(/^([a-z_]+):/, (whole, field: string) => (FIELD_LABEL[field] ? `${FIELD_LABEL[field]}:` : whole))
  }
  // Medusa's generic validation messages name the field in English.
  const required = issue.match(/^Field '([^']+)' is required/)
  if (required) return `Thiếu ${labelOf(required[1]!).toLowerCase()}`
  const small = issue.match(/^Value for field '([^']+)' too small/)
  if (small) return `${labelOf(small[1]!)} không được để trống`
  const big = issue.match(/^Value for field '([^']+)' too big, expected at most: '(\d+)'/)
  if (big) return `${labelOf(big[1]!)} dài quá ${big[2]} ký tự`
  if (/^Unrecognized fields/.test(issue)) return "Biểu mẫu gửi trường không hợp lệ"
  return `Máy chủ từ chối: ${issue}`
}

/** An error from the admin API as a sentence the officer can act on, in Vietnamese. */
export function vietnameseError(error: unknown): string {
  const status = (error as { status?: number }).status
  const message = error instanceof Error ? error.message : String(error)
  if (status === 401) return "Phiên đăng nhập đã hết hạn; hãy đăng nhập lại."
  if (status === 403) return "Tài khoản của bạn không có quyền làm việc này."
  if (status === 404) return "Không tìm thấy hội chợ này; có thể người khác vừa xoá."
  if (!status && /fetch|network/i.test(message)) return "Không kết nối được máy chủ; kiểm tra mạng rồi thử lại."
  const issues = message
    .replace(/^Invalid request:\s*/, "")
    .split("; ")
    .map((i) => i.trim())
    .filter(Boolean)
  const sentences = issues.map(vietnameseIssue).map((s) => s.replace(/[.\s]+$/, ""))
  return sentences.length ? `${sentences.join(". ")}.` : "Không lưu được; hãy thử lại."
}
