import { PassThrough } from "node:stream"
import fc from "fast-check"
import jsQR from "jsqr"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { LABEL_SIZES, labelPosition, renderLabelPng, renderLabelSheetPdf, sheetLayout, type LabelContent, type LabelSizeKey } from "./index"

const GTIN_URL = "https://cholangnghe.vn/01/08938532010018/10/HT-2026-11/21/7KQ2M9XW4HJD"
const SHORT_URL = "https://cholangnghe.vn/t/7KQ2M9XW4HJD"
const SIZES: LabelSizeKey[] = ["30x40", "50x30"]

const tea: LabelContent = {
  url: GTIN_URL,
  code: "7KQ2M9XW4HJD",
  productName: "Chè Shan tuyết cổ thụ Hồng Thái",
  producerName: "HTX Chè Hồng Thái",
  ocopStars: 4,
  markName: "Chè Shan tuyết Hà Giang",
  lotNumber: "HT-2026-11",
}
const silk: LabelContent = { url: SHORT_URL, code: "7KQ2M9XW4HJD", productName: "Khăn lụa Vạn Phúc", producerName: "Cơ sở dệt Triệu Văn Mão" }

/** Decodes the one QR code in an RGBA image with jsQR, a decoder independent of the encoder. */
function decodeRgba(data: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(data, width, height, { inversionAttempts: "dontInvert" })?.data ?? null
}

async function decodePng(png: Buffer): Promise<string | null> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return decodeRgba(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)
}

async function pdfBuffer(labels: LabelContent[], size: LabelSizeKey, onProgress?: (done: number, total?: number) => void) {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on("data", (chunk: Buffer) => chunks.push(chunk))
  const result = await renderLabelSheetPdf(labels, size, out, { onProgress })
  return { pdf: Buffer.concat(chunks), ...result }
}

// mupdf is ESM-only WebAssembly: loaded once, on demand.
type Mupdf = typeof import("mupdf")
let mupdfModule: Promise<Mupdf> | undefined
const loadMupdf = () => (mupdfModule ??= import("mupdf"))

const SCALE = 4 // 288 dpi
const PX_PER_MM = (72 / 25.4) * SCALE

/** Renders a PDF page with mupdf and decodes the QR inside the label at `index` on that page. */
async function decodePdfLabel(pdf: Buffer, pageNumber: number, size: LabelSizeKey, index: number): Promise<string | null> {
  const mupdf = await loadMupdf()
  const doc = mupdf.Document.openDocument(pdf, "application/pdf")
  const pixmap = doc.loadPage(pageNumber).toPixmap(mupdf.Matrix.scale(SCALE, SCALE), mupdf.ColorSpace.DeviceRGB, false)
  const [width, height, stride, n] = [pixmap.getWidth(), pixmap.getHeight(), pixmap.getStride(), pixmap.getNumberOfComponents()]
  const samples = pixmap.getPixels()
  // Crop to the label (plus 1 mm) so jsQR sees one code, not a sheet of them.
  const { xMm, yMm } = labelPosition(size, index)
  const { widthMm, heightMm } = LABEL_SIZES[size]
  const x0 = Math.max(0, Math.floor((xMm - 1) * PX_PER_MM))
  const y0 = Math.max(0, Math.floor((yMm - 1) * PX_PER_MM))
  const x1 = Math.min(width, Math.ceil((xMm + widthMm + 1) * PX_PER_MM))
  const y1 = Math.min(height, Math.ceil((yMm + heightMm + 1) * PX_PER_MM))
  const cw = x1 - x0
  const ch = y1 - y0
  const rgba = new Uint8ClampedArray(cw * ch * 4)
  for (let y = 0; y < ch; y++) {
    for (let x = 0; x < cw; x++) {
      const s = (y + y0) * stride + (x + x0) * n
      const d = (y * cw + x) * 4
      rgba[d] = samples[s]!
      rgba[d + 1] = samples[s + 1]!
      rgba[d + 2] = samples[s + 2]!
      rgba[d + 3] = 255
    }
  }
  pixmap.destroy()
  return decodeRgba(rgba, cw, ch)
}

async function pdfPageCount(pdf: Buffer): Promise<number> {
  const mupdf = await loadMupdf()
  return mupdf.Document.openDocument(pdf, "application/pdf").countPages()
}

describe("QR codes decode to the exact URL", () => {
  for (const size of SIZES) {
    it(`PNG of a ${size} label (GS1 Digital Link and short link)`, async () => {
      expect(await decodePng(await renderLabelPng(tea, size))).toBe(GTIN_URL)
      expect(await decodePng(await renderLabelPng(silk, size))).toBe(SHORT_URL)
    })

    it(`PDF sheet of ${size} labels rendered by mupdf: every label decodes to its own URL`, async () => {
      const { perPage } = sheetLayout(size)
      const labels = Array.from({ length: perPage + 2 }, (_, i) =>
        i === 0 ? tea : i === 1 ? silk : { ...tea, url: `https://cholangnghe.vn/01/08938532010018/10/HT-2026-11/21/SERIAL${String(i).padStart(4, "0")}` },
      )
      const { pdf, pages } = await pdfBuffer(labels, size)
      expect(pages).toBe(2)
      expect(await decodePdfLabel(pdf, 0, size, 0)).toBe(GTIN_URL)
      expect(await decodePdfLabel(pdf, 0, size, 1)).toBe(SHORT_URL)
      expect(await decodePdfLabel(pdf, 0, size, perPage - 1)).toBe(labels[perPage - 1]!.url)
      expect(await decodePdfLabel(pdf, 1, size, 1)).toBe(labels[perPage + 1]!.url)
    }, 60_000)
  }

  it("PNG is the label's print size at the requested dpi", async () => {
    const at300 = await sharp(await renderLabelPng(tea, "30x40")).metadata()
    expect([at300.width, at300.height]).toEqual([354, 472]) // 30 × 40 mm at 300 dpi
    const at600 = await sharp(await renderLabelPng(tea, "50x30", 600)).metadata()
    expect([at600.width, at600.height]).toEqual([1181, 709])
  })

  // Random URLs of the shapes labels carry: GS1 Digital Links with GS1 AI-82 lot/serial
  // characters, short links, and arbitrary web URLs of up to 150 characters.
  const ai82 = fc.string({ unit: fc.constantFrom(..."ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-.abcxyz"), minLength: 1, maxLength: 20 })
  const digitalLink = fc
    .tuple(fc.stringMatching(/^[0-9]{14}$/), fc.option(ai82, { nil: undefined }), fc.option(ai82, { nil: undefined }))
    .map(([gtin, lot, serial]) => `https://cholangnghe.vn/01/${gtin}${lot ? `/10/${lot}` : ""}${serial ? `/21/${serial}` : ""}`)
  const shortLink = fc.stringMatching(/^[2-9A-HJ-NP-Z]{10,20}$/).map((code) => `https://cholangnghe.vn/t/${code}`)
  const webUrl = fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((url) => url.length <= 150)

  it("property: the PNG of a label decodes to the random URL it was given", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(digitalLink, shortLink, webUrl), fc.constantFrom(...SIZES), async (url, size) => {
        expect(await decodePng(await renderLabelPng({ ...tea, url }, size))).toBe(url)
      }),
      { numRuns: 40 },
    )
  }, 120_000)
})

describe("renderLabelSheetPdf", () => {
  for (const size of SIZES) {
    it(`${size}: page count is ceil(labels / perPage) and progress is reported for every page`, async () => {
      const { perPage } = sheetLayout(size)
      for (const n of [1, perPage, perPage + 1, 3 * perPage - 1]) {
        const progress: number[] = []
        const { pdf, pages, labels } = await pdfBuffer(Array.from({ length: n }, () => tea), size, (done) => progress.push(done))
        expect(labels).toBe(n)
        expect(pages).toBe(Math.ceil(n / perPage))
        expect(await pdfPageCount(pdf)).toBe(pages)
        expect(progress).toEqual(Array.from({ length: pages }, (_, p) => Math.min(n, (p + 1) * perPage)))
      }
    }, 60_000)
  }

  it("accepts an async iterable and passes the given total to onProgress", async () => {
    async function* generate() {
      for (let i = 0; i < 40; i++) yield { ...silk, url: `https://cholangnghe.vn/t/7KQ2M9XW4H${String(i).padStart(2, "0")}` }
    }
    const totals: Array<number | undefined> = []
    const out = new PassThrough()
    const chunks: Buffer[] = []
    out.on("data", (chunk: Buffer) => chunks.push(chunk))
    const result = await renderLabelSheetPdf(generate(), "30x40", out, { total: 40, onProgress: (_done, total) => totals.push(total) })
    expect(result).toEqual({ pages: 2, labels: 40 })
    expect(totals).toEqual([40, 40])
    const pdf = Buffer.concat(chunks)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    expect(await decodePdfLabel(pdf, 1, "30x40", 3)).toBe("https://cholangnghe.vn/t/7KQ2M9XW4H39")
  }, 60_000)

  it("embeds the shipped DejaVu font and draws the QR as vectors, not images", async () => {
    const { pdf } = await pdfBuffer([tea], "30x40")
    const text = pdf.toString("latin1")
    expect(text).toMatch(/\/FontFile2/)
    expect(text).toMatch(/DejaVuSans/)
    expect(text).not.toMatch(/\/Subtype \/Image/)
  })

  for (const size of SIZES) {
    it(`${size}: Vietnamese text comes out of the PDF as written (embedded font maps every glyph)`, async () => {
      const { pdf } = await pdfBuffer([tea], size)
      const mupdf = await loadMupdf()
      const page = mupdf.Document.openDocument(pdf, "application/pdf").loadPage(0)
      const text = page.toStructuredText("preserve-whitespace").asText().replace(/\s+/g, " ")
      // The 30×40 label puts OCOP and the mark on one line, cut with "…" when long.
      const mark = size === "30x40" ? "OCOP ★★★★ · Chè Shan" : "OCOP ★★★★ Chè Shan tuyết Hà Giang"
      for (const expected of ["Chè Shan tuyết cổ thụ Hồng Thái", "HTX Chè Hồng Thái", mark, "Lô HT-2026-11", "7KQ2 M9XW 4HJD"]) {
        expect(text).toContain(expected)
      }
    })
  }

  it("gives a one-page PDF for no labels", async () => {
    const { pdf, pages, labels } = await pdfBuffer([], "50x30")
    expect({ pages, labels }).toEqual({ pages: 1, labels: 0 })
    expect(await pdfPageCount(pdf)).toBe(1)
  })
})
