import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { gtinCheckDigit } from "../gtin"
import { TRACE_CODE_ALPHABET } from "./codes"
import { buildDigitalLink, buildShortLink, digitalLinkPath, parseResolverPath, type DigitalLinkKeys } from "./digital-link"

const ORIGIN = "https://cholangnghe.vn"
// GS1 AI encodable character set 82, written out from the General Specifications' table.
const SET_82 = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""))
const gtinArb = fc.constantFrom(8, 12, 13, 14).chain((length) => digits(length - 1).map((body) => `${body}${gtinCheckDigit(body)}`))
const valueArb = fc
  .array(fc.constantFrom(...SET_82.split("")), { minLength: 1, maxLength: 20 })
  .map((c) => c.join(""))
  .filter((v) => v !== "." && v !== "..") // not printable in a URL path, see digitalLinkValueProblem
const keysArb: fc.Arbitrary<DigitalLinkKeys> = fc.record(
  { gtin: gtinArb, cpv: valueArb, lot: valueArb, serial: valueArb },
  { requiredKeys: ["gtin"] }
)
const codeArb = fc.array(fc.constantFrom(...TRACE_CODE_ALPHABET.split("")), { minLength: 10, maxLength: 20 }).map((c) => c.join(""))

const pathOf = (url: string) => new URL(url).pathname

describe("parseResolverPath", () => {
  it("reads GS1's own example Digital Link", () => {
    expect(parseResolverPath("/01/09506000134352/10/ABC123/21/12345")).toEqual({
      ok: true,
      path: { kind: "gtin", keys: { gtin: "09506000134352", lot: "ABC123", serial: "12345" } },
    })
  })

  it("pads GTIN-8, -12 and -13 to 14 digits", () => {
    const gtin = (path: string) => {
      const result = parseResolverPath(path)
      return result.ok && result.path.kind === "gtin" ? result.path.keys.gtin : null
    }
    expect(gtin("/01/96385074")).toBe("00000096385074")
    expect(gtin("/01/036000291452")).toBe("00036000291452")
    expect(gtin("/01/8934563138165")).toBe("08934563138165")
  })

  it("accepts every subset of 22, 10, 21 in that order, and a trailing slash", () => {
    for (const path of ["/01/09506000134352/22/2A", "/01/09506000134352/22/2A/21/S1", "/01/09506000134352/10/L1/", "/01/09506000134352/"]) {
      expect(parseResolverPath(path).ok, path).toBe(true)
    }
  })

  it("percent-decodes values", () => {
    const result = parseResolverPath("/01/09506000134352/10/A%2FB%25C%26D%2B%3F/21/x%21y")
    expect(result).toMatchObject({ ok: true, path: { keys: { lot: "A/B%C&D+?", serial: "x!y" } } })
  })

  it("reads short links, also typed in lowercase or with dashes", () => {
    expect(parseResolverPath("/t/ABCDEFGH2345")).toEqual({ ok: true, path: { kind: "code", code: "ABCDEFGH2345" } })
    expect(parseResolverPath("/t/abcd-efgh-2345/")).toEqual({ ok: true, path: { kind: "code", code: "ABCDEFGH2345" } })
  })

  it.each([
    ["/01/09506000134353", 400, "bad_gtin"], // wrong check digit
    ["/01/0950600013435", 400, "bad_gtin"], // 13 digits, wrong check
    ["/01/123456789", 400, "bad_gtin"],
    ["/01/", 400, "bad_gtin"],
    ["/01", 400, "bad_gtin"],
    ["/01/abc", 400, "bad_gtin"],
    ["/01/09506000134352/21/S/10/L", 400, "qualifier_order"],
    ["/01/09506000134352/10/L/22/V", 400, "qualifier_order"],
    ["/01/09506000134352/10/L/10/M", 400, "duplicate_qualifier"],
    ["/01/09506000134352/17/250101", 400, "unknown_qualifier"],
    ["/01/09506000134352/lot/L", 400, "unknown_qualifier"],
    ["/01/09506000134352/10", 400, "missing_value"],
    ["/01/09506000134352/10//21/S", 400, "empty_value"],
    ["/01/09506000134352/10/ABCDEFGHIJKLMNOPQRSTU", 400, "value_too_long"],
    ["/01/09506000134352/10/L%C3%B4", 400, "bad_characters"], // "Lô"
    ["/01/09506000134352/10/A%20B", 400, "bad_characters"], // space
    ["/01/09506000134352/10/A%23B", 400, "bad_characters"], // "#" is not in set 82
    ["/01/09506000134352/10/A%zzB", 400, "bad_percent_encoding"],
    ["/01/09506000134352/10/%E0%A4%A", 400, "bad_percent_encoding"],
    ["/t/ABCDEFGH0345", 400, "bad_code"],
    ["/t/", 400, "bad_code"],
    ["/t/ABCDEFGH2345/extra", 400, "bad_code"],
    ["/t/%ZZ", 400, "bad_percent_encoding"],
    ["/", 404, "not_resolver_path"],
    ["", 404, "not_resolver_path"],
    ["/gtin/09506000134352", 404, "not_resolver_path"],
    ["/vi/products/che", 404, "not_resolver_path"],
    ["/T/ABCDEFGH2345", 404, "not_resolver_path"],
    ["01/09506000134352", 404, "not_resolver_path"],
  ])("refuses %s with %i (%s)", (path, status, error) => {
    const result = parseResolverPath(path)
    expect(result).toMatchObject({ ok: false, status, error })
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(0)
  })

  it("counts a value of exactly 20 characters as fine and 21 as too long, after decoding", () => {
    expect(parseResolverPath(`/01/09506000134352/21/${"%2F".repeat(20)}`).ok).toBe(true)
    expect(parseResolverPath(`/01/09506000134352/21/${"%2F".repeat(21)}`)).toMatchObject({ ok: false, error: "value_too_long" })
  })
})

describe("buildDigitalLink ↔ parseResolverPath", () => {
  it("builds GS1's example", () => {
    expect(buildDigitalLink("https://id.gs1.org/", { gtin: "9506000134352", lot: "ABC123", serial: "12345" })).toBe(
      "https://id.gs1.org/01/09506000134352/10/ABC123/21/12345"
    )
  })

  it("percent-encodes every set-82 character outside RFC 3986's unreserved set", () => {
    expect(digitalLinkPath({ gtin: "09506000134352", lot: `!"%&'()*+,/:;<=>?` })).toBe(
      "/01/09506000134352/10/%21%22%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D%3E%3F"
    )
  })

  it("round-trips any valid keys through a real URL", () => {
    fc.assert(
      fc.property(keysArb, (keys) => {
        const url = buildDigitalLink(ORIGIN, keys)
        expect(url.startsWith(`${ORIGIN}/01/`)).toBe(true)
        // Only unreserved characters and percent-escapes: safe in a QR code and in any path.
        expect(pathOf(url)).toMatch(/^(?:\/|[A-Za-z0-9\-._~]|%[0-9A-F]{2})+$/)
        const parsed = parseResolverPath(pathOf(url))
        const expected: DigitalLinkKeys = { gtin: keys.gtin.padStart(14, "0") }
        for (const key of ["cpv", "lot", "serial"] as const) if (keys[key] !== undefined) expected[key] = keys[key]
        expect(parsed).toEqual({ ok: true, path: { kind: "gtin", keys: expected } })
      }),
      { numRuns: 500 }
    )
  })

  it("round-trips short links", () => {
    fc.assert(
      fc.property(codeArb, (code) => {
        expect(parseResolverPath(pathOf(buildShortLink(ORIGIN, code)))).toEqual({ ok: true, path: { kind: "code", code } })
      })
    )
  })

  it("refuses to build what a resolver would refuse", () => {
    expect(() => buildDigitalLink(ORIGIN, { gtin: "09506000134353" })).toThrow(RangeError)
    expect(() => buildDigitalLink(ORIGIN, { gtin: "09506000134352", lot: "" })).toThrow(RangeError)
    expect(() => buildDigitalLink(ORIGIN, { gtin: "09506000134352", lot: "Lô 1" })).toThrow(RangeError)
    expect(() => buildDigitalLink(ORIGIN, { gtin: "09506000134352", serial: "x".repeat(21) })).toThrow(RangeError)
    expect(() => buildDigitalLink(ORIGIN, { gtin: "09506000134352", lot: "." })).toThrow(RangeError)
    expect(() => buildDigitalLink(ORIGIN, { gtin: "09506000134352", lot: ".." })).toThrow(RangeError)
    expect(() => buildShortLink(ORIGIN, "abc")).toThrow(RangeError)
    fc.assert(
      fc.property(gtinArb, fc.string({ minLength: 1, maxLength: 20 }), (gtin, lot) => {
        fc.pre([...lot].some((c) => !SET_82.includes(c)))
        expect(() => buildDigitalLink(ORIGIN, { gtin, lot })).toThrow(RangeError)
      })
    )
  })
})

/**
 * An independent statement of the syntax, for the fuzz test: what the parser must accept.
 * Returns the status a path deserves.
 */
function expectedStatus(path: string): 200 | 400 | 404 {
  if (!path.startsWith("/")) return 404
  const segments = path.split(/[?#]/)[0]!.split("/").slice(1)
  if (segments.length > 1 && segments.at(-1) === "") segments.pop()
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s)
    } catch {
      return null
    }
  }
  if (segments[0] === "t") {
    if (segments.length !== 2) return 400
    const code = decode(segments[1]!)?.replace(/[\s\-\u2010-\u2015]/g, "").toUpperCase()
    return code !== undefined && /^[2-9A-HJ-NP-Z]{10,20}$/.test(code) ? 200 : 400
  }
  if (segments[0] !== "01") return 404
  const gtin = decode(segments[1] ?? "")
  if (gtin === null || !/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(gtin)) return 400
  const padded = gtin.padStart(14, "0")
  if (gtinCheckDigit(padded.slice(0, 13)) !== Number(padded[13])) return 400
  const order = ["22", "10", "21"]
  let last = -1
  for (let i = 2; i < segments.length; i += 2) {
    const at = order.indexOf(segments[i]!)
    if (at <= last) return 400
    last = at
    const value = segments[i + 1] === undefined ? null : decode(segments[i + 1]!)
    if (value === null || value.length < 1 || value.length > 20 || [...value].some((c) => !SET_82.includes(c))) return 400
  }
  return 200
}

describe("parseResolverPath under random and malformed input", () => {
  const token = fc.oneof(
    fc.constantFrom("01", "10", "21", "22", "t", "17", "", "%", "%2", "%zz", "%2F", "%C3%B4", "%E0%A4%A", "..", "lot", "09506000134352", "96385074"),
    gtinArb,
    valueArb.map(encodeURIComponent),
    valueArb,
    codeArb,
    fc.string({ maxLength: 25 }),
    fc.string({ unit: "binary", maxLength: 10 }),
    digits(14)
  )
  const structured = fc.array(token, { minLength: 0, maxLength: 9 }).map((parts) => `/${parts.join("/")}`)
  const nearValid = fc
    .tuple(keysArb, fc.integer({ min: 0, max: 60 }), fc.string({ maxLength: 3 }))
    .map(([keys, at, junk]) => {
      const path = digitalLinkPath(keys)
      const i = at % (path.length + 1)
      return `${path.slice(0, i)}${junk}${path.slice(i)}`
    })
  const anything = fc.oneof(structured, nearValid, fc.string({ maxLength: 80 }), fc.webPath(), fc.string({ unit: "binary", maxLength: 40 }).map((s) => `/${s}`))

  it("never throws, answers 400 or 404 for bad paths and accepts exactly the valid ones (3,000 paths)", () => {
    let accepted = 0
    fc.assert(
      fc.property(anything, (path) => {
        let result: ReturnType<typeof parseResolverPath> | undefined
        expect(() => {
          result = parseResolverPath(path)
        }).not.toThrow()
        const expected = expectedStatus(path)
        if (result!.ok) {
          accepted++
          expect(expected).toBe(200)
          // What was accepted builds back to a link that parses to the same thing.
          const parsed = result!.path
          fc.pre(!(parsed.kind === "gtin" && Object.values(parsed.keys).some((v) => v === "." || v === "..")))
          const rebuilt = parsed.kind === "gtin" ? buildDigitalLink(ORIGIN, parsed.keys) : buildShortLink(ORIGIN, parsed.code)
          expect(parseResolverPath(pathOf(rebuilt))).toEqual(result)
        } else {
          expect(result!.status).toBe(expected)
        }
      }),
      { numRuns: 3000 }
    )
    // The generator must reach the valid side too, or the test proves little.
    expect(accepted).toBeGreaterThan(50)
  })
})
