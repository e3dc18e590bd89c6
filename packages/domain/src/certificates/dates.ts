/**
 * Calendar dates ("YYYY-MM-DD") for certificate rules. Decisions, validity and expiry are
 * days on the Vietnamese calendar, not instants: a certificate decided on 29 Feb 2024 is
 * valid until 28 Feb 2027 wherever the server runs.
 */

export type CalendarDate = string

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** The time zone whose calendar decides "today" for certificates. */
export const CERTIFICATE_TIME_ZONE = "Asia/Ho_Chi_Minh"

function parts(date: CalendarDate): [number, number, number] {
  const m = DATE_RE.exec(date)
  if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0")

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** True for a real day written YYYY-MM-DD (no 2023-02-29, no 2024-13-01). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string") return false
  const m = DATE_RE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
}

/**
 * The same day `months` later; when that month is shorter the last day of the month is
 * taken (31 Jan + 1 month → 28/29 Feb; 29 Feb 2024 + 36 months → 28 Feb 2027).
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`)
  if (!Number.isInteger(months)) throw new RangeError(`Months must be a whole number: ${months}`)
  const [y, m, d] = parts(date)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`
}

/** `date` plus `days` days (negative goes back). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = parts(date)
  const t = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS)
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const [y1, m1, d1] = parts(from)
  const [y2, m2, d2] = parts(to)
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS)
}

/** The calendar day an instant falls on in a time zone (Vietnam's by default). */
export function toCalendarDate(instant: Date, timeZone: string = CERTIFICATE_TIME_ZONE): CalendarDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Not a valid date")
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant)
}

/** A stored certificate date (UTC midnight of the calendar day) back as its calendar day. */
export function storedDateToCalendar(value: Date | string): CalendarDate {
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) throw new RangeError("Not a valid date")
  return date.toISOString().slice(0, 10)
}

/** A calendar day as the Date certificates store it: UTC midnight of that day. */
export function calendarDateToStored(date: CalendarDate): Date {
  const [y, m, d] = parts(date)
  return new Date(Date.UTC(y, m - 1, d))
}
