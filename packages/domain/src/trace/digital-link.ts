/**
 * GS1 Digital Link URI syntax 1.x (uncompressed) for trade items, plus our `/t/{code}` short
 * links for products without a GTIN, which the same resolver answers.
 *
 *   /01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}]     GTIN-8/12/13/14, qualifiers in this order
 *   /t/{code}
 */
import { isValidGtin, toGtin14 } from "../gtin"
import { normalizeTraceCode, isTraceCode } from "./codes"

/** gtin is the 14-digit form; a GTIN-8/12/13 given to the builders is padded. */
export type DigitalLinkKeys = { gtin: string; cpv?: string; lot?: string; serial?: string }

export type ResolverRequestPath = { kind: "gtin"; keys: DigitalLinkKeys } | { kind: "code"; code: string }

/** Why a path was refused, for a page that explains it in the visitor's language. */
export type DigitalLinkError =
  | "not_resolver_path"
  | "bad_percent_encoding"
  | "bad_gtin"
  | "unknown_qualifier"
  | "qualifier_order"
  | "duplicate_qualifier"
  | "missing_value"
  | "empty_value"
  | "value_too_long"
  | "bad_characters"
  | "bad_code"

export type PathParseResult =
  | { ok: true; path: ResolverRequestPath }
  | { ok: false; status: 400 | 404; reason: string; error: DigitalLinkError }

/** Key qualifiers of AI 01, in the only order GS1 Digital Link allows. */
export const GTIN_QUALIFIERS = [
  { ai: "22", key: "cpv", name: "consumer product variant" },
  { ai: "10", key: "lot", name: "batch/lot number" },
  { ai: "21", key: "serial", name: "serial number" },
] as const

/** AIs 22, 10 and 21 are all X..20: up to 20 characters of GS1 AI encodable character set 82. */
export const QUALIFIER_MAX_LENGTH = 20

/** GS1 General Specifications figure 7.11-1, character set 82. */
const AI_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/

export function isAi82(value: string): boolean {
  return AI_82.test(value)
}

/** Why a qualifier value cannot go into a Digital Link, or null when it can. */
export function qualifierValueProblem(value: string): "empty_value" | "value_too_long" | "bad_characters" | null {
  if (value.length === 0) return "empty_value"
  if (value.length > QUALIFIER_MAX_LENGTH) return "value_too_long"
  if (!AI_82.test(value)) return "bad_characters"
  return null
}

/**
 * Why a value cannot be printed in a Digital Link, or null. Beyond the syntax, "." and ".." are
 * refused: URL parsers drop them as dot segments (even percent-encoded), so the link would
 * arrive without its value.
 */
export function digitalLinkValueProblem(value: string): ReturnType<typeof qualifierValueProblem> | "dot_segment" {
  if (value === "." || value === "..") return "dot_segment"
  return qualifierValueProblem(value)
}

/**
 * Percent-encodes a value for a path segment. GS1 Digital Link requires every character outside
 * RFC 3986's unreserved set to be encoded; encodeURIComponent leaves !'()* alone, so those are
 * encoded here too.
 */
export function encodeDigitalLinkValue(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function fail(status: 400 | 404, error: DigitalLinkError, reason: string): PathParseResult {
  return { ok: false, status, error, reason }
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/**
 * Parses the path of a resolver request as received (still percent-encoded). Never throws:
 * 404 when the path is not a resolver path at all, 400 for any syntax error inside one.
 * A trailing slash is tolerated. A `/t/` code typed in lowercase or with dashes is accepted
 * in its issued form.
 */
export function parseResolverPath(pathname: string): PathParseResult {
  if (typeof pathname !== "string" || !pathname.startsWith("/")) {
    return fail(404, "not_resolver_path", "Not a resolver path")
  }
  // Tolerate a caller passing the path with its query or fragment still on.
  const cut = pathname.search(/[?#]/)
  const path = cut === -1 ? pathname : pathname.slice(0, cut)
  const segments = path.slice(1).split("/")
  if (segments.length > 1 && segments[segments.length - 1] === "") segments.pop()
  const [head] = segments

  if (head === "t") {
    if (segments.length !== 2) return fail(400, "bad_code", "A short link is /t/{code}")
    const raw = decodeSegment(segments[1]!)
    if (raw === null) return fail(400, "bad_percent_encoding", "Malformed percent-encoding")
    const code = normalizeTraceCode(raw)
    if (code === null) return fail(400, "bad_code", `"${raw.slice(0, 40)}" is not a trace code`)
    return { ok: true, path: { kind: "code", code } }
  }

  if (head !== "01") return fail(404, "not_resolver_path", "Not a resolver path")
  if (segments.length < 2) return fail(400, "bad_gtin", "A GTIN must follow /01/")
  const gtin = decodeSegment(segments[1]!)
  if (gtin === null) return fail(400, "bad_percent_encoding", "Malformed percent-encoding")
  if (!isValidGtin(gtin)) {
    return fail(400, "bad_gtin", `"${gtin.slice(0, 40)}" is not a GTIN-8, -12, -13 or -14 with a valid check digit`)
  }
  const keys: DigitalLinkKeys = { gtin: toGtin14(gtin) }

  let next = 0 // index in GTIN_QUALIFIERS of the first qualifier still allowed
  for (let i = 2; i < segments.length; i += 2) {
    const ai = segments[i]!
    const at = GTIN_QUALIFIERS.findIndex((q) => q.ai === ai)
    if (at === -1) return fail(400, "unknown_qualifier", `"${ai.slice(0, 20)}" is not a key qualifier of a GTIN (22, 10, 21)`)
    const qualifier = GTIN_QUALIFIERS[at]!
    if (keys[qualifier.key] !== undefined) return fail(400, "duplicate_qualifier", `AI ${ai} appears twice`)
    if (at < next) return fail(400, "qualifier_order", "Key qualifiers must come in the order 22, 10, 21")
    if (i + 1 >= segments.length) return fail(400, "missing_value", `AI ${ai} has no value`)
    const value = decodeSegment(segments[i + 1]!)
    if (value === null) return fail(400, "bad_percent_encoding", "Malformed percent-encoding")
    const problem = qualifierValueProblem(value)
    if (problem === "empty_value") return fail(400, problem, `AI ${ai} (${qualifier.name}) is empty`)
    if (problem === "value_too_long") {
      return fail(400, problem, `AI ${ai} (${qualifier.name}) is longer than ${QUALIFIER_MAX_LENGTH} characters`)
    }
    if (problem === "bad_characters") {
      return fail(400, problem, `AI ${ai} (${qualifier.name}) has characters outside GS1 character set 82`)
    }
    keys[qualifier.key] = value
    next = at + 1
  }
  return { ok: true, path: { kind: "gtin", keys } }
}

/** "/01/{gtin14}[/22/…][/10/…][/21/…]"; throws RangeError for keys a resolver would refuse. */
export function digitalLinkPath(keys: DigitalLinkKeys): string {
  if (!isValidGtin(keys.gtin)) throw new RangeError(`Not a valid GTIN: "${keys.gtin}"`)
  let path = `/01/${toGtin14(keys.gtin)}`
  for (const { ai, key, name } of GTIN_QUALIFIERS) {
    const value = keys[key]
    if (value === undefined) continue
    const problem = digitalLinkValueProblem(value)
    if (problem) throw new RangeError(`Cannot use "${value}" as ${name} (AI ${ai}) in a Digital Link: ${problem}`)
    path += `/${ai}/${encodeDigitalLinkValue(value)}`
  }
  return path
}

function trimOrigin(origin: string): string {
  return origin.replace(/\/+$/, "")
}

/** The uncompressed GS1 Digital Link URI printed in a QR code, e.g. https://host/01/0893…/10/L24. */
export function buildDigitalLink(origin: string, keys: DigitalLinkKeys): string {
  return `${trimOrigin(origin)}${digitalLinkPath(keys)}`
}

/** origin + "/t/" + code, for products without a GTIN; throws RangeError for a malformed code. */
export function buildShortLink(origin: string, code: string): string {
  if (!isTraceCode(code)) throw new RangeError(`Not a trace code: "${code}"`)
  return `${trimOrigin(origin)}/t/${code}`
}
