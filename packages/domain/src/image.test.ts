import { describe, expect, it } from "vitest"
import fc from "fast-check"
import { normalizeImageType, sniffImageType } from "./image"

const bytes = (...b: number[]) => Uint8Array.from(b)
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0))
const JPEG = [0xff, 0xd8, 0xff, 0xe0]
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const WEBP = [...ascii("RIFF"), 0x24, 0, 0, 0, ...ascii("WEBPVP8 ")]

describe("sniffImageType", () => {
  it("recognises JPEG, PNG and WebP from their first bytes", () => {
    expect(sniffImageType(bytes(...JPEG, 0, 0x10))).toBe("image/jpeg")
    expect(sniffImageType(bytes(...PNG, 0, 0, 0, 0x0d))).toBe("image/png")
    expect(sniffImageType(bytes(...WEBP))).toBe("image/webp")
  })

  it("refuses other formats and truncated headers", () => {
    expect(sniffImageType(bytes(...ascii("GIF89a")))).toBeNull()
    expect(sniffImageType(bytes(...ascii("%PDF-1.7")))).toBeNull()
    expect(sniffImageType(bytes(...ascii("<svg xmlns")))).toBeNull()
    expect(sniffImageType(bytes(...ascii("RIFF"), 0, 0, 0, 0, ...ascii("WAVE")))).toBeNull()
    expect(sniffImageType(bytes(0xff, 0xd8))).toBeNull()
    expect(sniffImageType(bytes())).toBeNull()
  })

  it("depends only on the header, whatever follows it", () => {
    fc.assert(
      fc.property(fc.constantFrom(JPEG, PNG, WEBP), fc.uint8Array({ maxLength: 64 }), (header, rest) => {
        const type = sniffImageType(bytes(...header, ...rest))
        expect(type).toBe(sniffImageType(bytes(...header)))
        expect(type).not.toBeNull()
      })
    )
  })

  it("never accepts content without one of the three signatures", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (content) => {
        const type = sniffImageType(content)
        if (type === "image/jpeg") expect([...content.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff])
        else if (type === "image/png") expect([...content.slice(0, 8)]).toEqual(PNG)
        else if (type === "image/webp") expect(String.fromCharCode(...content.slice(8, 12))).toBe("WEBP")
        else expect(type).toBeNull()
      })
    )
  })
})

describe("normalizeImageType", () => {
  it("accepts the three image types, case-insensitively, and image/jpg as JPEG", () => {
    expect(normalizeImageType("image/PNG")).toBe("image/png")
    expect(normalizeImageType("image/jpg")).toBe("image/jpeg")
    expect(normalizeImageType("image/webp")).toBe("image/webp")
  })

  it("refuses anything else", () => {
    for (const t of ["image/svg+xml", "image/gif", "application/pdf", "text/plain", "", undefined, null]) {
      expect(normalizeImageType(t)).toBeNull()
    }
  })
})
