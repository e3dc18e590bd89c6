import { gunzipSync } from "node:zlib"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { SplicedBody } from "./spliced-body"

describe("SplicedBody", () => {
  it("gives the pieces with the parts between them, plain and as gzip any decoder reads", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 3000 }), { minLength: 1, maxLength: 4 }), fc.array(fc.string({ unit: "grapheme", maxLength: 500 }), { maxLength: 3 }), (pieces, parts) => {
        const body = new SplicedBody(pieces)
        const expected = pieces.reduce((out, piece, i) => out + piece + (i < pieces.length - 1 ? parts[i] ?? "" : ""), "")
        expect(body.bytes(parts).toString("utf8")).toBe(expected)
        const gzip = body.gzip(parts)
        expect(gzip).not.toBeNull()
        expect(gunzipSync(gzip!).toString("utf8")).toBe(expected)
      }),
      { numRuns: 200 }
    )
  })

  it("compresses a kept page once: fresh parts are all that change between requests", () => {
    const page = ["<html><body>" + "Chè Shan tuyết Hồng Thái ".repeat(800), "</main>" + "<p>hành trình</p>".repeat(400) + "</body></html>"]
    const body = new SplicedBody(page)
    const first = body.gzip(["<p>quét lần đầu</p>"])!
    const second = body.gzip(["<p>đã quét 2 lần</p>"])!
    expect(gunzipSync(second).toString("utf8")).toContain("đã quét 2 lần")
    expect(first.length).toBeLessThan(Buffer.byteLength(page.join("")) / 5)
  })
})
