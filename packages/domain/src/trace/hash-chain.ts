/**
 * The per-lot event chain: each trace event's hash covers its canonical content and the
 * previous event's hash, so changing, removing or reordering a stored event shows.
 */
import { sha256Hex } from "./sha256"

export { sha256Hex }

export type TraceEventType = "ObjectEvent" | "AggregationEvent" | "TransformationEvent" | "TransactionEvent" | "AssociationEvent"
export type TraceAction = "ADD" | "OBSERVE" | "DELETE"

export type TraceQuantity = { label: string; quantity: number; uom: string }

/** Exactly what is hashed: nothing else of a stored row takes part. */
export type TraceEventContent = {
  lot_code: string
  sequence: number
  event_type: TraceEventType
  action: TraceAction | null
  step: string
  biz_step: string
  disposition: string | null
  /** ISO 8601 in UTC with milliseconds, as Date#toISOString writes it. */
  event_time: string
  /** Where the event happened, e.g. "+07:00" for Vietnam. */
  event_time_zone_offset: string
  read_point: string | null
  biz_location: string | null
  place_name: string | null
  inputs: TraceQuantity[]
  outputs: TraceQuantity[]
  data: Record<string, unknown>
}

export type ChainedEvent = { content: TraceEventContent; prev_hash: string | null; hash: string }

/**
 * `broken_at` is the 1-based position in the chain of the first event found wrong, which for an
 * intact chain is that event's `sequence`. For `count_mismatch` it is the first missing (or
 * extra) position; for `head_mismatch` the last position.
 */
export type ChainVerdict =
  | { valid: true; length: number; head: string | null }
  | {
      valid: false
      length: number
      broken_at: number
      reason: "hash_mismatch" | "link_mismatch" | "sequence_gap" | "head_mismatch" | "count_mismatch"
    }

/** Sequences in a lot start here and go up by one. */
export const FIRST_TRACE_SEQUENCE = 1

/** Vietnam's offset, for rows stored before the offset was captured. */
export const DEFAULT_EVENT_TIME_ZONE_OFFSET = "+07:00"

/**
 * JSON Canonicalization Scheme (RFC 8785) for the JSON data model: object keys sorted by UTF-16
 * code units, no whitespace, numbers in ECMAScript's shortest round-trip form, strings escaped
 * as JSON.stringify does. Object members whose value is undefined are left out (as JSON does);
 * values JSON cannot carry (NaN, Infinity, bigint, functions, symbols, Maps, class instances,
 * cycles) throw, because silently changing them would change what a hash means.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, [])
}

// `ancestors` is the path from the root: a repeated object is fine, one inside itself is a cycle.
// A short array beats a Set here; JSON worth hashing is shallow.
function serialize(value: unknown, ancestors: object[]): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value)
    case "number":
      if (!Number.isFinite(value)) throw new RangeError(`canonicalJson: ${value} is not a JSON number`)
      return JSON.stringify(value)
    case "boolean":
      return value ? "true" : "false"
    case "object":
      if (value === null) return "null"
      break
    default:
      throw new TypeError(`canonicalJson: cannot serialize a ${typeof value}`)
  }
  const object = value as object
  if (typeof (object as { toJSON?: unknown }).toJSON === "function") {
    return serialize((object as { toJSON: () => unknown }).toJSON(), ancestors)
  }
  if (ancestors.includes(object)) throw new TypeError("canonicalJson: cyclic structure")
  ancestors.push(object)
  let out: string
  if (Array.isArray(object)) {
    out = "["
    for (let i = 0; i < object.length; i++) {
      const item: unknown = object[i]
      // As in JSON, an undefined array element keeps its place as null.
      out += (i ? "," : "") + (item === undefined ? "null" : serialize(item, ancestors))
    }
    out += "]"
  } else {
    const proto = Object.getPrototypeOf(object)
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`canonicalJson: cannot serialize a ${proto?.constructor?.name ?? "non-plain"} object`)
    }
    const record = object as Record<string, unknown>
    // Array#sort without a comparator orders by UTF-16 code units, which is what RFC 8785 asks.
    const keys = Object.keys(record).sort()
    out = "{"
    let first = true
    for (const key of keys) {
      const member = record[key]
      if (member === undefined) continue
      out += (first ? "" : ",") + JSON.stringify(key) + ":" + serialize(member, ancestors)
      first = false
    }
    out += "}"
  }
  ancestors.pop()
  return out
}

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value)
}

function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value)
}

/** A finite number from a number or numeric string (PostgreSQL numerics arrive as strings). */
function numeric(value: unknown): number {
  const n = typeof value === "number" ? value : Number(value)
  return Number.isFinite(n) ? n : 0
}

/**
 * Instants as Date#toISOString writes them, whatever the store hands back (a Date, an ISO string
 * with an offset, epoch milliseconds), so the same instant always hashes the same. Something
 * that is not a date is kept as text: the hash then fails to match, which is the point.
 */
const ISO_UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

function isoInstant(value: unknown): string {
  // Already in the normal form (the usual case when re-verifying): skip the Date round trip.
  if (typeof value === "string" && ISO_UTC_MS.test(value)) return value
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString()
  if (typeof value === "string" || typeof value === "number") {
    const date = new Date(value)
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString()
  }
  return text(value)
}

function jsonValue(value: unknown): unknown {
  if (typeof value !== "string") return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

function quantities(value: unknown): TraceQuantity[] {
  const list = jsonValue(value)
  if (!Array.isArray(list)) return []
  return list.map((item) => {
    const q = (item ?? {}) as Record<string, unknown>
    return { label: text(q.label), quantity: numeric(q.quantity), uom: text(q.uom) }
  })
}

function plainData(value: unknown): Record<string, unknown> {
  const data = jsonValue(value)
  if (data === null || typeof data !== "object" || Array.isArray(data)) return {}
  return { ...(data as Record<string, unknown>) }
}

/**
 * The hashed content of a stored trace event row (snake_case columns; `lot_code` is the lot's
 * public code). Never throws: values are normalized (Date → ISO, numeric strings → numbers,
 * missing → null or empty), and anything odd is kept as it is so that verification reports it
 * as a hash mismatch instead of failing. Idempotent: content in, the same content out.
 */
export function traceEventContent(row: Record<string, unknown>): TraceEventContent {
  const action = row.action === null || row.action === undefined ? null : String(row.action)
  return {
    lot_code: text(row.lot_code),
    sequence: numeric(row.sequence),
    event_type: text(row.event_type) as TraceEventType,
    action: action as TraceAction | null,
    step: text(row.step),
    biz_step: text(row.biz_step),
    disposition: textOrNull(row.disposition),
    event_time: isoInstant(row.event_time),
    event_time_zone_offset: textOrNull(row.event_time_zone_offset) ?? DEFAULT_EVENT_TIME_ZONE_OFFSET,
    read_point: textOrNull(row.read_point),
    biz_location: textOrNull(row.biz_location),
    place_name: textOrNull(row.place_name),
    inputs: quantities(row.inputs),
    outputs: quantities(row.outputs),
    data: plainData(row.data),
  }
}

/**
 * sha256 over canonicalJson({ prev_hash, content }). Only the content fields take part, so a
 * row or an export event with extra columns (its own hash, recorded_at…) hashes the same.
 */
export function hashTraceEvent(content: TraceEventContent, prevHash: string | null): string {
  return hashNormalized(traceEventContent(content), prevHash ?? null)
}

function hashNormalized(content: TraceEventContent, prevHash: string | null): string {
  return sha256Hex(canonicalEventJson(content, prevHash))
}

const str = (value: string | null): string => (value === null ? "null" : JSON.stringify(value))

function num(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`canonicalJson: ${value} is not a JSON number`)
  return JSON.stringify(value)
}

function quantityList(list: TraceQuantity[]): string {
  let out = "["
  for (let i = 0; i < list.length; i++) {
    const q = list[i]!
    out += `${i ? "," : ""}{"label":${str(q.label)},"quantity":${num(q.quantity)},"uom":${str(q.uom)}}`
  }
  return `${out}]`
}

/**
 * canonicalJson({ prev_hash, content }) for normalized content, written out with the keys
 * already in RFC 8785 order: verifying a 1,000-event lot on every trace page view spends
 * most of its time here. A test holds it equal to canonicalJson.
 */
function canonicalEventJson(c: TraceEventContent, prevHash: string | null): string {
  return (
    `{"content":{"action":${str(c.action)},"biz_location":${str(c.biz_location)},"biz_step":${str(c.biz_step)},` +
    `"data":${canonicalJson(c.data)},"disposition":${str(c.disposition)},"event_time":${str(c.event_time)},` +
    `"event_time_zone_offset":${str(c.event_time_zone_offset)},"event_type":${str(c.event_type)},` +
    `"inputs":${quantityList(c.inputs)},"lot_code":${str(c.lot_code)},"outputs":${quantityList(c.outputs)},` +
    `"place_name":${str(c.place_name)},"read_point":${str(c.read_point)},"sequence":${num(c.sequence)},` +
    `"step":${str(c.step)}},"prev_hash":${str(prevHash)}}`
  )
}

/**
 * Appends an event to a chain: the next sequence, linked to the current head. For writers
 * (the backend's append step, seeds, tests) so that they all chain the same way.
 */
export function chainEvent(
  head: { hash: string; sequence: number } | null,
  content: Omit<TraceEventContent, "sequence">
): ChainedEvent {
  const full = traceEventContent({ ...content, sequence: head ? head.sequence + 1 : FIRST_TRACE_SEQUENCE })
  const prev_hash = head?.hash ?? null
  return { content: full, prev_hash, hash: hashTraceEvent(full, prev_hash) }
}

/**
 * Recomputes a lot's chain. `events` must be in stored sequence order. Without `expected` (the
 * head hash and event count kept on the lot), removing the newest events cannot be told from
 * a shorter chain, so callers that have them should pass them. With `expected.lot_code`, an
 * event hashed for another lot counts as a broken link.
 */
export function verifyChain(
  events: ChainedEvent[],
  expected?: { head: string | null; count: number; lot_code?: string }
): ChainVerdict {
  const length = events.length
  let prev: string | null = null
  for (let i = 0; i < length; i++) {
    const event = events[i]!
    const position = i + 1
    const content = traceEventContent(event.content)
    let recomputed: string
    try {
      recomputed = hashNormalized(content, event.prev_hash)
    } catch {
      return { valid: false, length, broken_at: position, reason: "hash_mismatch" }
    }
    if (recomputed !== event.hash) return { valid: false, length, broken_at: position, reason: "hash_mismatch" }
    if (event.prev_hash !== prev || (expected?.lot_code !== undefined && content.lot_code !== expected.lot_code)) {
      return { valid: false, length, broken_at: position, reason: "link_mismatch" }
    }
    if (content.sequence !== FIRST_TRACE_SEQUENCE + i) {
      return { valid: false, length, broken_at: position, reason: "sequence_gap" }
    }
    prev = event.hash
  }
  if (expected) {
    if (expected.count !== length) {
      return { valid: false, length, broken_at: Math.min(length, expected.count) + 1, reason: "count_mismatch" }
    }
    if (expected.head !== prev) return { valid: false, length, broken_at: length, reason: "head_mismatch" }
  }
  return { valid: true, length, head: prev }
}
