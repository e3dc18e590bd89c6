import { foldDiacritics } from "../text"
import type { CalendarDate } from "./dates"

/**
 * Geographic indications and collective/certification marks. A managing body grants
 * producers the right to use a mark; for a geographic indication the product must also
 * come from the registered area, a list of communes written in today's units with the
 * pre-2025 names each absorbed.
 */

export const MARK_KINDS = ["geographic_indication", "collective_mark", "certification_mark"] as const
export type MarkKind = (typeof MARK_KINDS)[number]

export const MARK_KIND_LABELS: Record<MarkKind, { vi: string; en: string }> = {
  geographic_indication: { vi: "Chỉ dẫn địa lý", en: "Geographical indication" },
  collective_mark: { vi: "Nhãn hiệu tập thể", en: "Collective mark" },
  certification_mark: { vi: "Nhãn hiệu chứng nhận", en: "Certification mark" },
}

export type MarkRightStatus = "current" | "revoked" | "expired"

/** A right is current while not revoked or expired and, when it has an end date, through that day. */
export function isRightCurrent(
  right: { status: string; expires_at?: CalendarDate | null },
  today: CalendarDate
): boolean {
  return right.status === "current" && (!right.expires_at || right.expires_at >= today)
}

export type MarkAreaEntry = { commune: string; province: string; former_names: string[] }

const COMMUNE_PREFIXES = ["thi tran", "phuong", "xa"]
const PROVINCE_PREFIXES = ["thanh pho", "tinh", "tp."]

function fold(name: string): string {
  return foldDiacritics(name).toLowerCase().replace(/\s+/g, " ").trim()
}

function stripPrefix(name: string, prefixes: readonly string[]): string {
  const folded = fold(name)
  for (const prefix of prefixes) {
    if (folded.startsWith(`${prefix} `)) return folded.slice(prefix.length + 1).trim()
  }
  return folded
}

/** "xã Hồng Thái", "Xa Hong Thai" and "Hồng Thái" all compare as "hong thai". */
export function communeKey(name: string): string {
  return stripPrefix(name, COMMUNE_PREFIXES)
}

export function provinceKey(name: string): string {
  return stripPrefix(name, PROVINCE_PREFIXES)
}

/**
 * True when a commune lies in a mark's area: by today's name or by a name it had before
 * the 2025 merger, ignoring case, diacritics and the "xã"/"phường"/"thị trấn" prefix. The
 * province must match too (commune names repeat across provinces).
 */
export function communeInArea(commune: string, province: string, area: readonly MarkAreaEntry[]): boolean {
  const c = communeKey(commune)
  const p = provinceKey(province)
  if (!c || !p) return false
  return area.some(
    (entry) => provinceKey(entry.province) === p && [entry.commune, ...(entry.former_names ?? [])].some((name) => communeKey(name) === c)
  )
}

/**
 * The commune and province written in a Vietnamese address ("thôn Nặm Đíp, xã Hồng Thái,
 * tỉnh Tuyên Quang"), found by their prefixes; null when the address names no commune.
 */
export function communeFromAddress(address: string): { commune: string; province: string | null } | null {
  const parts = address.split(",").map((p) => p.trim()).filter(Boolean)
  const commune = parts.find((p) => COMMUNE_PREFIXES.some((prefix) => fold(p).startsWith(`${prefix} `)))
  if (!commune) return null
  const province = parts.find((p) => PROVINCE_PREFIXES.some((prefix) => fold(p).startsWith(`${prefix} `))) ?? null
  return { commune, province }
}
