/**
 * Dates and times as producers type them: in Vietnam's time (UTC+7 all year, no daylight
 * saving), whatever the server's or the phone's own time zone.
 */

export const VN_TIME_ZONE = "Asia/Ho_Chi_Minh"
export const VN_OFFSET = "+07:00"
const VN_OFFSET_MS = 7 * 60 * 60 * 1000

/** "YYYY-MM-DDTHH:mm" for an <input type="datetime-local">, in Vietnam's time. */
export function toVnDateTimeInput(date: Date): string {
  return new Date(date.getTime() + VN_OFFSET_MS).toISOString().slice(0, 16)
}

/** "YYYY-MM-DD" (the calendar day in Vietnam). */
export function vnDay(date: Date): string {
  return new Date(date.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10)
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A datetime-local value read as Vietnam's time; null when it is not a real moment (31 April, 25:00). */
export function fromVnDateTimeInput(value: string): Date | null {
  const match = DATE_TIME.exec(value)
  if (!match) return null
  const [, y, mo, d, h, mi, s] = match
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s ?? "00"}${VN_OFFSET}`)
  if (Number.isNaN(date.getTime())) return null
  // Date() rolls 31 April over to 1 May; such a value was not a real day.
  return toVnDateTimeInput(date) === `${y}-${mo}-${d}T${h}:${mi}` ? date : null
}

/** A date input's value as the start of that day in Vietnam; null when it is not a real day. */
export function fromVnDateInput(value: string): Date | null {
  const match = DATE.exec(value)
  if (!match) return null
  const date = fromVnDateTimeInput(`${value}T00:00`)
  return date && vnDay(date) === value ? date : null
}
