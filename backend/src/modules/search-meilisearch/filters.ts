import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Value = SearchTypes.SearchFilterValue

/** A Meilisearch filter literal: numbers and booleans bare, everything else a quoted string. */
function literal(value: Value): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalid(`Cannot filter on the number ${value}`)
    return String(value)
  }
  if (typeof value === "boolean") return value ? "true" : "false"
  if (value instanceof Date) return String(value.getTime())
  if (value === null) throw invalid("Meilisearch filters cannot compare with null; use $exists")
  return `"${String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

function invalid(message: string) {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** Field paths are declared by index definitions; anything else is refused, never interpolated. */
function attribute(path: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(path)) throw invalid(`Invalid filter field "${path}"`)
  return path
}

const list = (values: Value[]) => `[${values.map(literal).join(", ")}]`
const all = (parts: string[], op: "AND" | "OR") =>
  parts.length === 0 ? (op === "AND" ? "" : "") : parts.length === 1 ? parts[0]! : `(${parts.join(` ${op} `)})`

function fieldFilter(path: string, condition: unknown): string[] {
  const field = attribute(path)
  if (condition === null) return [`${field} IS NULL`]
  if (Array.isArray(condition)) return [`${field} IN ${list(condition as Value[])}`]
  if (typeof condition !== "object" || condition instanceof Date) return [`${field} = ${literal(condition as Value)}`]
  const parts: string[] = []
  for (const [op, value] of Object.entries(condition as Record<string, unknown>)) {
    switch (op) {
      case "$eq":
        parts.push(value === null ? `${field} IS NULL` : `${field} = ${literal(value as Value)}`)
        break
      case "$ne":
        parts.push(value === null ? `${field} IS NOT NULL` : `${field} != ${literal(value as Value)}`)
        break
      case "$in":
        parts.push(`${field} IN ${list(value as Value[])}`)
        break
      case "$nin":
        parts.push(`${field} NOT IN ${list(value as Value[])}`)
        break
      case "$lt":
        parts.push(`${field} < ${literal(value as Value)}`)
        break
      case "$lte":
        parts.push(`${field} <= ${literal(value as Value)}`)
        break
      case "$gt":
        parts.push(`${field} > ${literal(value as Value)}`)
        break
      case "$gte":
        parts.push(`${field} >= ${literal(value as Value)}`)
        break
      case "$exists":
        parts.push(value ? `${field} EXISTS` : `${field} NOT EXISTS`)
        break
      case "$contains": {
        // An array field contains every value: one equality per value (Meilisearch
        // matches an array field when any element equals).
        const values = Array.isArray(value) ? value : [value]
        parts.push(all(values.map((v) => `${field} = ${literal(v as Value)}`), "AND"))
        break
      }
      case "$overlaps":
        parts.push(`${field} IN ${list(value as Value[])}`)
        break
      default:
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The Meilisearch provider cannot filter with ${op} ("${path}")`)
    }
  }
  return parts
}

/** Compiles the Search Module's filter tree to a Meilisearch filter expression ("" for none). */
export function toMeilisearchFilter(filters: SearchTypes.SearchFilters | undefined): string {
  if (!filters) return ""
  const parts: string[] = []
  for (const [key, condition] of Object.entries(filters)) {
    if (condition === undefined || key === "q") continue
    if (key === "$and") {
      parts.push(all((condition as SearchTypes.SearchFilters[]).map(toMeilisearchFilter).filter(Boolean), "AND"))
    } else if (key === "$or") {
      const branches = (condition as SearchTypes.SearchFilters[]).map(toMeilisearchFilter)
      // An empty branch matches everything, so the whole $or does.
      if (branches.some((b) => !b)) continue
      parts.push(all(branches, "OR"))
    } else if (key === "$not") {
      const inner = toMeilisearchFilter(condition as SearchTypes.SearchFilters)
      if (inner) parts.push(`NOT (${inner})`)
    } else {
      parts.push(...fieldFilter(key, condition))
    }
  }
  return all(parts.filter(Boolean), "AND")
}

/** The ids of a delete-by-id filter (`{ [primaryKey]: [...] }`), or null for any other shape. */
export function primaryKeyIds(filters: SearchTypes.SearchFilters, primaryKey: string): string[] | null {
  const keys = Object.keys(filters)
  if (keys.length !== 1 || keys[0] !== primaryKey) return null
  const value = filters[primaryKey]
  if (typeof value === "string") return [value]
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value as string[]
  if (value && typeof value === "object" && "$in" in value && Array.isArray((value as any).$in)) return (value as any).$in
  return null
}
