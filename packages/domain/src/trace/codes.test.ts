import { describe, expect, it } from "vitest"
import fc from "fast-check"
import {
  TRACE_CODE_ALPHABET,
  TRACE_CODE_LENGTH,
  formatTraceCode,
  generateTraceCode,
  isTraceCode,
  normalizeTraceCode,
} from "./codes"

const codeArb = fc
  .array(fc.constantFrom(...TRACE_CODE_ALPHABET.split("")), { minLength: 10, maxLength: 20 })
  .map((chars) => chars.join(""))

describe("trace code alphabet", () => {
  it("has 32 distinct symbols and none that look alike on a label", () => {
    expect(TRACE_CODE_ALPHABET).toHaveLength(32)
    expect(new Set(TRACE_CODE_ALPHABET).size).toBe(32)
    for (const lookAlike of ["0", "O", "1", "I"]) expect(TRACE_CODE_ALPHABET).not.toContain(lookAlike)
    expect(TRACE_CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/)
  })
})

describe("generateTraceCode", () => {
  it("makes 12-character codes by default that isTraceCode accepts", () => {
    const code = generateTraceCode()
    expect(code).toHaveLength(TRACE_CODE_LENGTH)
    expect(isTraceCode(code)).toBe(true)
  })

  it("gives 100,000 distinct codes", () => {
    const codes = new Set<string>()
    for (let i = 0; i < 100_000; i++) codes.add(generateTraceCode())
    expect(codes.size).toBe(100_000)
  })

  it("uses every symbol about equally often (no modulo bias)", () => {
    const counts = new Map<string, number>()
    const n = 20_000
    for (let i = 0; i < n; i++) for (const c of generateTraceCode()) counts.set(c, (counts.get(c) ?? 0) + 1)
    expect(counts.size).toBe(32)
    const expected = (n * TRACE_CODE_LENGTH) / 32
    // 7,500 per symbol; a fair source stays well within ±5% (about 9 standard deviations).
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.05)
  })

  it("accepts any length from 10 to 20 and refuses others", () => {
    for (let length = 10; length <= 20; length++) expect(generateTraceCode(length)).toHaveLength(length)
    for (const length of [0, 9, 21, 12.5, Number.NaN]) expect(() => generateTraceCode(length)).toThrow(RangeError)
  })

  it("is a pure function of its random bytes, and every byte value yields a valid code", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 20 }), fc.uint8Array({ minLength: 20, maxLength: 20 }), (length, bytes) => {
        const a = generateTraceCode(length, () => bytes)
        const b = generateTraceCode(length, () => Uint8Array.from(bytes))
        expect(a).toBe(b)
        expect(isTraceCode(a)).toBe(true)
        expect(a).toHaveLength(length)
      })
    )
  })

  it("refuses a random source that returns too few bytes", () => {
    expect(() => generateTraceCode(12, () => new Uint8Array(4))).toThrow(RangeError)
  })
})

describe("isTraceCode / normalizeTraceCode", () => {
  it("accepts exactly issued codes", () => {
    expect(isTraceCode("ABCDEFGH2345")).toBe(true)
    expect(isTraceCode("ABCDEFGH23")).toBe(true)
    expect(isTraceCode("ABCDEFGH2")).toBe(false) // 9
    expect(isTraceCode("A".repeat(21))).toBe(false)
    expect(isTraceCode("abcdefgh2345")).toBe(false)
    expect(isTraceCode("ABCDEFGH0345")).toBe(false)
    expect(isTraceCode("ABCDEFGHO345")).toBe(false)
    expect(isTraceCode("ABCDEFGH1345")).toBe(false)
    expect(isTraceCode("ABCDEFGHI345")).toBe(false)
    expect(isTraceCode("ABCD-EFGH-2345")).toBe(false)
    expect(isTraceCode("")).toBe(false)
  })

  it("reads back what a person types: lowercase, dashes, spaces", () => {
    expect(normalizeTraceCode("abcd-efgh 2345")).toBe("ABCDEFGH2345")
    expect(normalizeTraceCode(" ABCD–EFGH–2345 ")).toBe("ABCDEFGH2345")
  })

  it("never guesses look-alikes back", () => {
    expect(normalizeTraceCode("ABCD-EFGH-O345")).toBeNull()
    expect(normalizeTraceCode("abcd-efgh-i345")).toBeNull()
    expect(normalizeTraceCode("ABCD")).toBeNull()
  })

  it("round-trips the printed and lowercased forms of any code", () => {
    fc.assert(
      fc.property(codeArb, (code) => {
        expect(normalizeTraceCode(formatTraceCode(code))).toBe(code)
        expect(normalizeTraceCode(code.toLowerCase())).toBe(code)
        expect(formatTraceCode(code).replace(/-/g, "")).toBe(code)
      })
    )
  })

  it("normalizes only to valid codes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (input) => {
        const code = normalizeTraceCode(input)
        if (code !== null) expect(isTraceCode(code)).toBe(true)
      })
    )
  })

  it("prints groups of four", () => {
    expect(formatTraceCode("ABCDEFGH2345")).toBe("ABCD-EFGH-2345")
    expect(formatTraceCode("ABCDEFGH23")).toBe("ABCD-EFGH-23")
  })
})
