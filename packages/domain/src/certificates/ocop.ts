import { addCalendarMonths, daysBetween, isCalendarDate, type CalendarDate } from "./dates"

/**
 * OCOP (One Commune One Product) rules of Decision 148/QĐ-TTg (2023) as amended by
 * Decision 1489/QĐ-TTg (2025): six product groups, stars from a score out of 100,
 * certificates from 3★, valid 36 months, 3★–4★ certified by the province, 5★ by the
 * central council.
 */

export const OCOP_PRODUCT_GROUPS = {
  food: { vi: "Thực phẩm", en: "Food" },
  drinks: { vi: "Đồ uống", en: "Drinks" },
  herbal: { vi: "Thảo dược", en: "Herbal and medicinal products" },
  handicrafts: { vi: "Thủ công mỹ nghệ", en: "Handicrafts" },
  ornamental: { vi: "Sinh vật cảnh", en: "Ornamental plants and animals" },
  tourism: { vi: "Dịch vụ du lịch cộng đồng và điểm du lịch", en: "Community and eco-tourism services and sites" },
} as const
export type OcopProductGroup = keyof typeof OCOP_PRODUCT_GROUPS
export const OCOP_PRODUCT_GROUP_KEYS = Object.keys(OCOP_PRODUCT_GROUPS) as [OcopProductGroup, ...OcopProductGroup[]]

export type OcopStars = 1 | 2 | 3 | 4 | 5

/** Lowest score of each star rating; 2★ starts at 30, so 29.99 is still 1★. */
export const OCOP_STAR_THRESHOLDS: readonly { stars: OcopStars; min: number }[] = [
  { stars: 5, min: 90 },
  { stars: 4, min: 70 },
  { stars: 3, min: 50 },
  { stars: 2, min: 30 },
  { stars: 1, min: 0 },
]

/** Certificates are issued from 3★ (a score of 50) up. */
export const OCOP_MIN_CERTIFIED_STARS = 3
export const OCOP_MIN_CERTIFIED_SCORE = 50
/** A certificate is valid for 36 months from its decision date. */
export const OCOP_VALIDITY_MONTHS = 36

export function isOcopScore(score: unknown): score is number {
  return typeof score === "number" && Number.isFinite(score) && score >= 0 && score <= 100
}

/** Stars for a score out of 100 (decimals allowed, e.g. 94.9 → 5). Throws outside 0–100. */
export function starsFromScore(score: number): OcopStars {
  if (!isOcopScore(score)) throw new RangeError(`An OCOP score is a number from 0 to 100, not ${score}`)
  return OCOP_STAR_THRESHOLDS.find((t) => score >= t.min)!.stars
}

export const OCOP_ISSUING_LEVELS = ["province", "central"] as const
export type OcopIssuingLevel = (typeof OCOP_ISSUING_LEVELS)[number]

/**
 * Which level certifies a rating: the province 3★ and 4★ (it only nominates 5★), the
 * central council 5★; below 3★ nobody issues a certificate (null).
 */
export function issuingLevelFor(stars: number): OcopIssuingLevel | null {
  if (stars === 3 || stars === 4) return "province"
  if (stars === 5) return "central"
  return null
}

export function canIssue(level: OcopIssuingLevel, stars: number): boolean {
  return issuingLevelFor(stars) === level
}

/** Last day a certificate is valid: its decision date plus 36 calendar months. */
export function certificateValidUntil(decisionDate: CalendarDate): CalendarDate {
  return addCalendarMonths(decisionDate, OCOP_VALIDITY_MONTHS)
}

export type OcopCertificateStatus = "submitted" | "verified" | "rejected" | "expired" | "revoked"

/** A certificate earns a badge only when an officer verified it and it has not run out (valid through its last day). */
export function isCertificateCurrent(cert: { status: string; valid_until: CalendarDate }, today: CalendarDate): boolean {
  return cert.status === "verified" && isCalendarDate(cert.valid_until) && cert.valid_until >= today
}

/** Producers are reminded 60, 30 and 7 days before a certificate (or a right of use) runs out. */
export const EXPIRY_REMINDER_DAYS = [60, 30, 7] as const
export type ExpiryReminderDays = (typeof EXPIRY_REMINDER_DAYS)[number]

/**
 * The reminder due today for something valid through `validUntil`, or null. Only the
 * tightest window that today falls in counts (a job that missed days sends the 7-day
 * reminder, not three at once), and a reminder already sent is never due again.
 */
export function dueExpiryReminder(
  validUntil: CalendarDate,
  today: CalendarDate,
  alreadySent: readonly number[] = []
): ExpiryReminderDays | null {
  const daysLeft = daysBetween(today, validUntil)
  if (daysLeft < 0) return null
  const windowDays = [...EXPIRY_REMINDER_DAYS].sort((a, b) => a - b).find((d) => daysLeft <= d)
  if (windowDays === undefined) return null
  // A tighter reminder already sent means the wider ones are past too.
  if (alreadySent.some((sent) => sent <= windowDays)) return null
  return windowDays
}
