/**
 * The query string a resolver redirect passes on (GS1 Conformant Resolver: query
 * parameters of the request go to the target). `linkType` only steers the resolver, and
 * the walk-up notices are set by the resolver alone, so a link cannot fake them.
 */

export const WALK_UP_PARAMS = ["unknown_lot", "unknown_serial"] as const
const RESOLVER_ONLY = new Set<string>(["linkType", ...WALK_UP_PARAMS])

export type WalkUp = { unknown_lot?: string | null; unknown_serial?: string | null }

/** "?a=1&unknown_lot=X" or "" when there is nothing to pass on. */
export function passOnQuery(search: URLSearchParams | string, walkUp: WalkUp = {}): string {
  const source = typeof search === "string" ? new URLSearchParams(search) : search
  const out = new URLSearchParams()
  for (const [key, value] of source) {
    if (!RESOLVER_ONLY.has(key)) out.append(key, value)
  }
  for (const key of WALK_UP_PARAMS) {
    const value = walkUp[key]
    if (value) out.set(key, value)
  }
  const query = out.toString()
  return query ? `?${query}` : ""
}

/** Appends a query string ("?…" or "") to a URL that may already carry one or a fragment. */
export function withQuery(href: string, query: string): string {
  if (!query) return href
  const hash = href.indexOf("#")
  const base = hash === -1 ? href : href.slice(0, hash)
  const fragment = hash === -1 ? "" : href.slice(hash)
  return `${base}${base.includes("?") ? `&${query.slice(1)}` : query}${fragment}`
}

/** GS1 AI values are at most 20 characters; anything longer in a notice is cut, not trusted. */
export function walkUpNotice(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value
  const trimmed = first?.trim()
  if (!trimmed) return null
  return trimmed.length > 20 ? `${trimmed.slice(0, 20)}…` : trimmed
}
