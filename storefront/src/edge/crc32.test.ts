import { crc32 } from "node:zlib"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { crc32Combine } from "./crc32"

describe("crc32Combine", () => {
  it("gives the CRC-32 of A followed by B from the CRC-32s of A and B and B's length", () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 16 }), fc.uint8Array({ minLength: 1000, maxLength: 5000 }))
    fc.assert(
      fc.property(bytes, bytes, (a, b) => {
        expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])))
      }),
      { numRuns: 300, examples: [[new Uint8Array(0), new Uint8Array(0)], [new Uint8Array(0), Uint8Array.of(1, 2, 3)], [Uint8Array.of(1, 2, 3), new Uint8Array(0)]] }
    )
  })

  it("folds a page's pieces into the CRC-32 of the whole, unsigned", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 3000 }), { maxLength: 6 }), (pieces) => {
        const combined = pieces.reduce((crc, piece) => crc32Combine(crc, crc32(piece), piece.length), 0)
        expect(combined).toBe(crc32(Buffer.concat(pieces)))
        expect(combined).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 100 }
    )
  })
})
