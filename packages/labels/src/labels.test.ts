import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  A4_MM,
  LABEL_SIZES,
  escapeXml,
  formatTraceCode,
  labelPosition,
  layoutLabel,
  ocopLabel,
  qrMatrix,
  qrRuns,
  renderLabelPng,
  renderLabelSvg,
  sheetLayout,
  type LabelContent,
  type LabelSizeKey,
} from "./index"

const SIZES = Object.keys(LABEL_SIZES) as LabelSizeKey[]
const tea: LabelContent = {
  url: "https://cholangnghe.vn/01/08938532010018/10/HT-2026-11/21/7KQ2M9XW4HJD",
  code: "7KQ2M9XW4HJD",
  productName: "Chè Shan tuyết cổ thụ Hồng Thái",
  producerName: "HTX Chè Hồng Thái",
  ocopStars: 4,
  markName: "Chè Shan tuyết Hà Giang",
  lotNumber: "HT-2026-11",
}

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&")
const svgTexts = (svg: string) => Array.from(svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g), (m) => unescapeXml(m[1]!))

describe("sheetLayout", () => {
  for (const size of SIZES) {
    it(`${size}: every label lies on the A4 page inside the margin, without overlapping`, () => {
      const layout = sheetLayout(size)
      const { widthMm, heightMm } = LABEL_SIZES[size]
      expect(layout.perPage).toBe(layout.columns * layout.rows)
      expect(layout.perPage).toBeGreaterThanOrEqual(20)
      const boxes = Array.from({ length: layout.perPage }, (_, i) => labelPosition(size, i))
      for (const { xMm, yMm } of boxes) {
        expect(xMm).toBeGreaterThanOrEqual(layout.marginMm)
        expect(yMm).toBeGreaterThanOrEqual(layout.marginMm)
        expect(xMm + widthMm).toBeLessThanOrEqual(A4_MM.widthMm - layout.marginMm + 1e-9)
        expect(yMm + heightMm).toBeLessThanOrEqual(A4_MM.heightMm - layout.marginMm + 1e-9)
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!]
          const apartX = Math.abs(a.xMm - b.xMm) >= widthMm + layout.gapMm - 1e-9
          const apartY = Math.abs(a.yMm - b.yMm) >= heightMm + layout.gapMm - 1e-9
          expect(apartX || apartY).toBe(true)
        }
      }
      // One more column or row would not fit.
      expect((layout.columns + 1) * widthMm + layout.columns * layout.gapMm).toBeGreaterThan(A4_MM.widthMm - 2 * layout.marginMm)
      expect((layout.rows + 1) * heightMm + layout.rows * layout.gapMm).toBeGreaterThan(A4_MM.heightMm - 2 * layout.marginMm)
    })
  }

  it("rejects unknown sizes and positions off the sheet", () => {
    expect(() => sheetLayout("40x40" as LabelSizeKey)).toThrow(/Unknown label size/)
    expect(() => labelPosition("30x40", sheetLayout("30x40").perPage)).toThrow(RangeError)
  })
})

describe("label text", () => {
  it("groups the code in blocks of four", () => {
    expect(formatTraceCode("7KQ2M9XW4HJD")).toBe("7KQ2 M9XW 4HJD")
    expect(formatTraceCode("7kq2-m9xw 4hjd")).toBe("7KQ2 M9XW 4HJD")
    expect(formatTraceCode("ABCDEFGHJK")).toBe("ABCD EFGH JK")
  })

  it("shows OCOP stars as ★ count", () => {
    expect(ocopLabel(4)).toBe("OCOP ★★★★")
    expect(ocopLabel(5)).toBe("OCOP ★★★★★")
    expect(ocopLabel(null)).toBe("")
    expect(ocopLabel(0)).toBe("")
  })

  it("escapes XML markup and drops characters XML forbids", () => {
    expect(escapeXml(`Chè Shan tuyết <Hồng Thái> & Co "1" 'a'\u0001`)).toBe("Chè Shan tuyết &lt;Hồng Thái&gt; &amp; Co &quot;1&quot; &apos;a&apos;")
  })

  for (const size of SIZES) {
    it(`${size}: a Vietnamese name with markup survives SVG escaping and still renders`, async () => {
      const name = "Chè Shan tuyết <Hồng Thái> & Co"
      const producer = `Lụa "Vạn" & <Co>`
      const svg = renderLabelSvg({ ...tea, productName: name, producerName: producer }, size)
      expect(svg).toContain("&lt;Hồng")
      expect(svg).toContain("Thái&gt;")
      expect(svg).toContain("Lụa &quot;Vạn&quot; &amp; &lt;Co&gt;")
      expect(svg).not.toMatch(/<Hồng|<Co/)
      const texts = svgTexts(svg)
      expect(texts.slice(0, size === "30x40" ? 2 : 3).join(" ")).toBe(name)
      expect(texts).toContain(producer)
      // librsvg refuses malformed XML, so a PNG means the markup parsed.
      expect((await renderLabelPng({ ...tea, productName: name }, size, 96)).subarray(1, 4).toString()).toBe("PNG")
    })
  }

  it("writes decomposed (NFD) Vietnamese as composed letters", () => {
    const name = "Gốm Bát Tràng"
    const texts = svgTexts(renderLabelSvg({ ...tea, productName: name.normalize("NFD") }, "50x30"))
    expect(texts.slice(0, 2).join(" ")).toBe(name.normalize("NFC"))
  })
})

describe("renderLabelSvg", () => {
  for (const size of SIZES) {
    it(`${size}: sized in mm, one QR <path>, the content in fonts that cover Vietnamese`, () => {
      const svg = renderLabelSvg(tea, size)
      const { widthMm, heightMm } = LABEL_SIZES[size]
      expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${widthMm}mm" height="${heightMm}mm" viewBox="0 0 ${widthMm} ${heightMm}">`))
      expect(svg.match(/<path /g)).toHaveLength(1)
      expect(svg).toContain('font-family="Noto Sans, DejaVu Sans, Arial, sans-serif"')
      const texts = svgTexts(svg).join("\n")
      expect(texts).toContain("7KQ2 M9XW 4HJD")
      expect(texts).toContain("OCOP ★★★★")
      expect(texts).toContain("Lô HT-2026-11")
      expect(texts).toContain("HTX Chè Hồng Thái")
      expect(texts).toMatch(/Chè Shan tuyết/)
      expect(svg.length).toBeLessThan(8_000)
    })
  }

  it("leaves out the optional lines when there is nothing to show", () => {
    const texts = svgTexts(renderLabelSvg({ url: "https://cholangnghe.vn/t/7KQ2M9XW4HJD", code: "7KQ2M9XW4HJD", productName: "Nón lá", producerName: "Làng Chuông" }, "30x40"))
    expect(texts).toEqual(["Nón lá", "Làng Chuông", "7KQ2 M9XW 4HJD"])
  })

  it("QR path covers exactly the dark modules of the matrix", () => {
    const matrix = qrMatrix(tea.url)
    const runs = qrRuns(matrix)
    let dark = 0
    for (const m of matrix.modules) dark += m
    let covered = 0
    for (let i = 2; i < runs.length; i += 3) covered += runs[i]!
    expect(covered).toBe(dark)
    expect(matrix.size).toBe(33) // version 4: qrcode packs the digit runs of this 72-character URL in numeric mode
  })
})

describe("layoutLabel", () => {
  const vietnamese = fc.string({ unit: fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ĐÂ"), maxLength: 120 })
  it("property: every text line stays inside the label and clear of the QR code", () => {
    fc.assert(
      fc.property(
        fc.record({
          productName: vietnamese,
          producerName: vietnamese,
          markName: fc.option(vietnamese, { nil: null }),
          lotNumber: fc.option(fc.stringMatching(/^[A-Z0-9-]{1,20}$/), { nil: null }),
          ocopStars: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
          code: fc.stringMatching(/^[2-9A-HJ-NP-Z]{10,20}$/),
        }),
        fc.constantFrom(...SIZES),
        (fields, size) => {
          const layout = layoutLabel({ url: "https://cholangnghe.vn/t/7KQ2M9XW4HJD", ...fields }, size)
          const { widthMm, heightMm, qr } = layout
          expect(layout.lines.at(-1)!.text).toBe(formatTraceCode(fields.code))
          for (const line of layout.lines) {
            const left = line.anchor === "middle" ? line.x - line.width / 2 : line.x
            expect(left).toBeGreaterThanOrEqual(0)
            expect(left + line.width).toBeLessThanOrEqual(widthMm + 1e-9)
            expect(line.y + line.size * 0.25).toBeLessThanOrEqual(heightMm) // descenders
            const top = line.y - line.size * 0.95 // accents on capitals
            const besideQr = left >= qr.x + qr.sizeMm || top >= qr.y + qr.sizeMm - 1e-9
            expect(besideQr).toBe(true)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
