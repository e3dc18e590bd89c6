/// <reference types="node" />
import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import fc from "fast-check"
import {
  canonicalJson,
  chainEvent,
  hashTraceEvent,
  sha256Hex,
  traceEventContent,
  verifyChain,
  type ChainedEvent,
  type TraceEventContent,
} from "./hash-chain"
import { sha256HexPortable } from "./sha256"
import { TRACE_STEP_KEYS, stepToEventShape } from "./steps"

const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex")

/** Rebuilds every object with its keys in another order (reversed, then rotated by seed). */
function reorderKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reorderKeys(v, seed))
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).reverse()
    const turn = entries.length ? seed % entries.length : 0
    const rotated = [...entries.slice(turn), ...entries.slice(0, turn)]
    return Object.fromEntries(rotated.map(([k, v]) => [k, reorderKeys(v, seed + 1)]))
  }
  return value
}

const content = (overrides: Partial<TraceEventContent> = {}): Omit<TraceEventContent, "sequence"> => ({
  lot_code: "ABCDEFGH2345",
  ...stepToEventShape("withering"),
  step: "withering",
  event_time: "2025-03-01T01:30:00.000Z",
  event_time_zone_offset: "+07:00",
  read_point: null,
  biz_location: null,
  place_name: "Hồng Thái, Na Hang",
  inputs: [{ label: "Lá chè tươi", quantity: 120, uom: "kg" }],
  outputs: [{ label: "Chè héo", quantity: 96.5, uom: "kg" }],
  data: { note: "Héo 8 giờ" },
  ...overrides,
})

function buildChain(parts: Array<Omit<TraceEventContent, "sequence">>): ChainedEvent[] {
  const chain: ChainedEvent[] = []
  for (const part of parts) {
    const last = chain.at(-1)
    chain.push(chainEvent(last ? { hash: last.hash, sequence: last.content.sequence } : null, part))
  }
  return chain
}

const quantityArb = fc.record({
  label: fc.string({ maxLength: 20 }),
  quantity: fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  uom: fc.constantFrom("kg", "g", "cái", "túi", "m"),
})
const partArb: fc.Arbitrary<Omit<TraceEventContent, "sequence">> = fc
  .record({
    step: fc.constantFrom(...TRACE_STEP_KEYS),
    time: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
    place: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
    inputs: fc.array(quantityArb, { maxLength: 3 }),
    outputs: fc.array(quantityArb, { maxLength: 3 }),
    note: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
  })
  .map(({ step, time, place, inputs, outputs, note }) => ({
    lot_code: "ABCDEFGH2345",
    ...stepToEventShape(step),
    step,
    event_time: new Date(time).toISOString(),
    event_time_zone_offset: "+07:00",
    read_point: null,
    biz_location: null,
    place_name: place,
    inputs,
    outputs,
    data: note === undefined ? {} : { note },
  }))
const chainArb = fc.array(partArb, { minLength: 1, maxLength: 25 }).map(buildChain)

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    expect(sha256HexPortable("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    )
  })

  it("gives the same digest on the portable path as Node's, for any text and block boundary", () => {
    for (let n = 0; n < 140; n++) expect(sha256HexPortable("é".repeat(n))).toBe(nodeSha256("é".repeat(n)))
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 200 })), (text) => {
        expect(sha256HexPortable(text)).toBe(nodeSha256(text))
        expect(sha256Hex(text)).toBe(nodeSha256(text))
      })
    )
  })
})

describe("canonicalJson", () => {
  it("orders keys by UTF-16 code units (RFC 8785 §3.2.3 example)", () => {
    const input = JSON.parse(
      String.raw`{"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}`
    )
    // Read the keys off the text: JSON.parse would put the integer-like "1" first again.
    const keys = [...canonicalJson(input).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map((m) => JSON.parse(`"${m[1]}"`))
    expect(keys).toEqual(["\r", "1", "\u0080", "\u00f6", "\u20ac", "\ud83d\ude00", "\ufb33"])
  })

  it("serializes numbers, strings and literals as RFC 8785 §3.2.4 shows", () => {
    const input = JSON.parse(
      String.raw`{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/","literals":[null,true,false]}`
    )
    expect(canonicalJson(input)).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`
    )
  })

  it("does not depend on key order, and parses back to what it serialized", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, seed) => {
        const text = canonicalJson(value)
        expect(canonicalJson(reorderKeys(value, seed))).toBe(text)
        expect(canonicalJson(JSON.parse(text))).toBe(text)
        expect(text).not.toMatch(/^\s|\s$/)
      })
    )
  })

  it("leaves out undefined members, writes dates as ISO text, and -0 as 0", () => {
    expect(canonicalJson({ b: undefined, a: [undefined, 1], d: new Date(Date.UTC(2025, 0, 2)), z: -0 })).toBe(
      '{"a":[null,1],"d":"2025-01-02T00:00:00.000Z","z":0}'
    )
  })

  it("refuses what JSON cannot carry", () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    for (const bad of [Number.NaN, Infinity, { x: -Infinity }, 10n, () => 1, Symbol("s"), new Map([["a", 1]]), cyclic]) {
      expect(() => canonicalJson(bad)).toThrow()
    }
    const shared = { a: 1 }
    expect(canonicalJson([shared, shared])).toBe('[{"a":1},{"a":1}]') // repeated, not cyclic
  })
})

describe("traceEventContent", () => {
  it("normalizes a stored row: Date and offset times to UTC ISO, numeric strings, JSON text, defaults", () => {
    const row = {
      id: "tevt_01",
      lot_code: "ABCDEFGH2345",
      sequence: "3",
      event_type: "TransformationEvent",
      action: null,
      step: "rolling",
      biz_step: "https://cholangnghe.vn/epcis/bizstep/rolling",
      event_time: "2025-03-01T08:30:00+07:00",
      inputs: '[{"label":"Chè héo","quantity":"96.5","uom":"kg"}]',
      outputs: [{ label: "Chè vò", quantity: 90, uom: "kg" }],
      data: null,
      hash: "ignored",
      created_at: new Date(),
    }
    expect(traceEventContent(row)).toEqual({
      lot_code: "ABCDEFGH2345",
      sequence: 3,
      event_type: "TransformationEvent",
      action: null,
      step: "rolling",
      biz_step: "https://cholangnghe.vn/epcis/bizstep/rolling",
      disposition: null,
      event_time: "2025-03-01T01:30:00.000Z",
      event_time_zone_offset: "+07:00",
      read_point: null,
      biz_location: null,
      place_name: null,
      inputs: [{ label: "Chè héo", quantity: 96.5, uom: "kg" }],
      outputs: [{ label: "Chè vò", quantity: 90, uom: "kg" }],
      data: {},
    })
    expect(traceEventContent({ ...row, event_time: new Date("2025-03-01T01:30:00Z") }).event_time).toBe("2025-03-01T01:30:00.000Z")
  })

  it("is idempotent, and the hash ignores columns outside the content", () => {
    fc.assert(
      fc.property(chainArb, (chain) => {
        for (const event of chain) {
          expect(traceEventContent(event.content)).toEqual(event.content)
          const row = { ...event.content, id: "x", hash: event.hash, prev_hash: event.prev_hash, recorded_at: new Date() }
          expect(hashTraceEvent(row as unknown as TraceEventContent, event.prev_hash)).toBe(event.hash)
        }
      }),
      { numRuns: 50 }
    )
  })
})

describe("hashTraceEvent", () => {
  it("is sha256 over the canonical {content, prev_hash}, a format stored hashes depend on", () => {
    const c = traceEventContent({ ...content(), sequence: 1 })
    const canonical =
      '{"content":{"action":null,"biz_location":null,"biz_step":"https://cholangnghe.vn/epcis/bizstep/withering","data":{"note":"Héo 8 giờ"},' +
      '"disposition":"in_progress","event_time":"2025-03-01T01:30:00.000Z","event_time_zone_offset":"+07:00","event_type":"TransformationEvent",' +
      '"inputs":[{"label":"Lá chè tươi","quantity":120,"uom":"kg"}],"lot_code":"ABCDEFGH2345","outputs":[{"label":"Chè héo","quantity":96.5,"uom":"kg"}],' +
      '"place_name":"Hồng Thái, Na Hang","read_point":null,"sequence":1,"step":"withering"},"prev_hash":null}'
    expect(hashTraceEvent(c, null)).toBe(nodeSha256(canonical))
    expect(hashTraceEvent(c, "a".repeat(64))).toBe(nodeSha256(canonical.replace('"prev_hash":null', `"prev_hash":"${"a".repeat(64)}"`)))
  })

  it("hashes exactly canonicalJson({ prev_hash, content }) for any content", () => {
    const contentArb = fc
      .tuple(partArb, fc.integer({ min: -5, max: 1e9 }), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 })))
      .map(([part, sequence, data]) => traceEventContent({ ...part, sequence, data }))
    const prevArb = fc.option(fc.string({ unit: fc.constantFrom(..."0123456789abcdef".split("")), minLength: 64, maxLength: 64 }), { nil: null })
    fc.assert(
      fc.property(contentArb, prevArb, (c, prev) => {
        expect(hashTraceEvent(c, prev)).toBe(nodeSha256(canonicalJson({ prev_hash: prev, content: c })))
      }),
      { numRuns: 300 }
    )
  })

  it("changes with any field and with the previous hash", () => {
    const c = traceEventContent({ ...content(), sequence: 1 })
    const base = hashTraceEvent(c, null)
    expect(hashTraceEvent({ ...c, place_name: "Na Hang" }, null)).not.toBe(base)
    expect(hashTraceEvent({ ...c, outputs: [{ label: "Chè héo", quantity: 96.6, uom: "kg" }] }, null)).not.toBe(base)
    expect(hashTraceEvent({ ...c, data: { note: "Héo 9 giờ" } }, null)).not.toBe(base)
    expect(hashTraceEvent(c, "0".repeat(64))).not.toBe(base)
  })
})

type Tamper =
  | { kind: "field"; index: number; field: keyof TraceEventContent; seed: number }
  | { kind: "hash" | "prev_hash" | "delete" | "duplicate"; index: number }
  | { kind: "swap"; index: number; other: number }
  | { kind: "delete_last" }

const FIELDS: Array<keyof TraceEventContent> = [
  "lot_code",
  "sequence",
  "event_type",
  "action",
  "step",
  "biz_step",
  "disposition",
  "event_time",
  "event_time_zone_offset",
  "read_point",
  "biz_location",
  "place_name",
  "inputs",
  "outputs",
  "data",
]

function changed(value: unknown, field: keyof TraceEventContent, seed: number): unknown {
  switch (field) {
    case "sequence":
      return (value as number) + 1 + (seed % 3)
    case "event_time":
      return new Date(Date.parse(value as string) + 1000 * (1 + seed)).toISOString()
    case "inputs":
    case "outputs":
      return [...(value as unknown[]), { label: `x${seed}`, quantity: seed, uom: "kg" }]
    case "data":
      return { ...(value as object), tampered: seed }
    default:
      return value === null ? `set ${seed}` : `${String(value)}~${seed}`
  }
}

function tamper(chain: ChainedEvent[], t: Tamper): ChainedEvent[] {
  const copy = chain.map((e) => ({ ...e, content: { ...e.content } }))
  switch (t.kind) {
    case "field": {
      const event = copy[t.index]!
      ;(event.content as Record<string, unknown>)[t.field] = changed(event.content[t.field], t.field, t.seed)
      return copy
    }
    case "hash":
      copy[t.index]!.hash = copy[t.index]!.hash.replace(/^./, (c) => (c === "0" ? "1" : "0"))
      return copy
    case "prev_hash":
      copy[t.index]!.prev_hash = t.index === 0 ? "0".repeat(64) : copy[t.index]!.prev_hash!.replace(/^./, (c) => (c === "0" ? "1" : "0"))
      return copy
    case "delete":
      copy.splice(t.index, 1)
      return copy
    case "duplicate":
      copy.splice(t.index, 0, { ...copy[t.index]! })
      return copy
    case "swap":
      ;[copy[t.index], copy[t.other]] = [copy[t.other]!, copy[t.index]!]
      return copy
    case "delete_last":
      return copy.slice(0, -1)
  }
}

describe("verifyChain", () => {
  it("accepts an intact chain and reports its head", () => {
    const chain = buildChain([content({ step: "harvesting", ...stepToEventShape("harvesting") }), content(), content({ step: "rolling" })])
    expect(verifyChain(chain)).toEqual({ valid: true, length: 3, head: chain[2]!.hash })
    expect(verifyChain(chain, { head: chain[2]!.hash, count: 3 })).toEqual({ valid: true, length: 3, head: chain[2]!.hash })
    expect(verifyChain([], { head: null, count: 0 })).toEqual({ valid: true, length: 0, head: null })
    expect(chain.map((e) => e.content.sequence)).toEqual([1, 2, 3])
    expect(chain[0]!.prev_hash).toBeNull()
    expect(chain[1]!.prev_hash).toBe(chain[0]!.hash)
  })

  it("accepts every intact random chain", () => {
    fc.assert(
      fc.property(chainArb, (chain) => {
        const head = chain.at(-1)!.hash
        expect(verifyChain(chain, { head, count: chain.length, lot_code: "ABCDEFGH2345" })).toEqual({ valid: true, length: chain.length, head })
      }),
      { numRuns: 100 }
    )
  })

  it("says where and why for each kind of tampering", () => {
    const chain = buildChain([content(), content({ step: "rolling" }), content({ step: "drying" }), content({ step: "packing" })])
    const expected = { head: chain[3]!.hash, count: 4 }
    expect(verifyChain(tamper(chain, { kind: "field", index: 1, field: "place_name", seed: 1 }))).toMatchObject({
      valid: false,
      broken_at: 2,
      reason: "hash_mismatch",
    })
    expect(verifyChain(tamper(chain, { kind: "delete", index: 1 }))).toMatchObject({ broken_at: 2, reason: "link_mismatch" })
    expect(verifyChain(tamper(chain, { kind: "delete", index: 0 }))).toMatchObject({ broken_at: 1, reason: "link_mismatch" })
    expect(verifyChain(tamper(chain, { kind: "swap", index: 1, other: 2 }))).toMatchObject({ broken_at: 2, reason: "link_mismatch" })
    expect(verifyChain(tamper(chain, { kind: "delete_last" }), expected)).toMatchObject({ length: 3, broken_at: 4, reason: "count_mismatch" })
    // Without the lot's head and count, losing the newest event looks like a shorter chain.
    expect(verifyChain(tamper(chain, { kind: "delete_last" }))).toMatchObject({ valid: true, length: 3 })
    expect(verifyChain(chain, { ...expected, lot_code: "ZZZZZZZZZZZZ" })).toMatchObject({ broken_at: 1, reason: "link_mismatch" })
  })

  it("catches a rewrite that recomputes every hash only through the head kept on the lot", () => {
    const chain = buildChain([content(), content({ step: "rolling" }), content({ step: "drying" })])
    const forged = buildChain([content(), content({ step: "rolling", place_name: "Somewhere else" }), content({ step: "drying" })])
    expect(verifyChain(forged)).toMatchObject({ valid: true })
    expect(verifyChain(forged, { head: chain[2]!.hash, count: 3 })).toMatchObject({ valid: false, broken_at: 3, reason: "head_mismatch" })
  })

  it("catches a stored sequence number that skips, even with consistent hashes", () => {
    const first = chainEvent(null, content())
    const skipped = chainEvent({ hash: first.hash, sequence: 2 }, content({ step: "rolling" }))
    expect(verifyChain([first, skipped])).toMatchObject({ valid: false, broken_at: 2, reason: "sequence_gap" })
  })

  it("detects any single change, deletion, duplication or reordering of a random chain", () => {
    const tamperArb = (n: number): fc.Arbitrary<Tamper> => {
      const index = fc.integer({ min: 0, max: n - 1 })
      const options: Array<fc.Arbitrary<Tamper>> = [
        fc.record({ kind: fc.constant("field" as const), index, field: fc.constantFrom(...FIELDS), seed: fc.nat(50) }),
        fc.record({ kind: fc.constantFrom("hash" as const, "prev_hash" as const, "delete" as const, "duplicate" as const), index }),
        fc.constant({ kind: "delete_last" as const }),
      ]
      if (n > 1) {
        options.push(
          fc
            .tuple(index, index)
            .filter(([a, b]) => a !== b)
            .map(([a, b]) => ({ kind: "swap" as const, index: Math.min(a, b), other: Math.max(a, b) }))
        )
      }
      return fc.oneof(...options)
    }
    fc.assert(
      fc.property(
        chainArb.chain((chain) => fc.tuple(fc.constant(chain), tamperArb(chain.length))),
        ([chain, t]) => {
          const expected = { head: chain.at(-1)!.hash, count: chain.length }
          const verdict = verifyChain(tamper(chain, t), expected)
          expect(verdict.valid).toBe(false)
          if (!verdict.valid) {
            expect(verdict.broken_at).toBeGreaterThanOrEqual(1)
            expect(verdict.broken_at).toBeLessThanOrEqual(chain.length + 1)
          }
          // Everything but losing the newest event shows without the lot's head and count.
          if (t.kind !== "delete_last" && !(t.kind === "delete" && t.index === chain.length - 1)) {
            expect(verifyChain(tamper(chain, t)).valid).toBe(false)
          }
        }
      ),
      { numRuns: 1000 }
    )
  })
})
