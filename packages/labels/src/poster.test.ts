import { PassThrough } from "node:stream"
import jsQR from "jsqr"
import { describe, expect, it } from "vitest"
import { fitFontMm, renderPosterPdf, textWidthEm, type PosterContent } from "./index"

const poster: PosterContent = {
  url: "https://cholangnghe.vn/vi/diem/tram-dung-nghi-km-125",
  title: "Trạm dừng nghỉ Km 125 – Quốc lộ 2",
  catalogTitle: "Quà Tết từ làng nghề Tuyên Quang",
  callToAction: { vi: "Quét mã để xem sản phẩm làng nghề", en: "Scan to see craft-village products" },
  footer: "Chợ Làng Nghề · Sở Công Thương Tuyên Quang",
}

async function pdfOf(content: PosterContent): Promise<Buffer> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on("data", (c: Buffer) => chunks.push(c))
  await renderPosterPdf(content, out)
  return Buffer.concat(chunks)
}

describe("display point poster", () => {
  it("is one A4 page whose QR, rendered by mupdf, decodes to the point's URL, with its texts", async () => {
    const mupdf = await import("mupdf")
    const doc = mupdf.Document.openDocument(await pdfOf(poster), "application/pdf")
    expect(doc.countPages()).toBe(1)
    const page = doc.loadPage(0)
    const [x0, y0, x1, y1] = page.getBounds()
    expect(Math.round(x1 - x0)).toBe(595)
    expect(Math.round(y1 - y0)).toBe(842)
    // Rendered white-backed, then handed to jsQR (an independent decoder) as RGBA.
    const pixmap = page.toPixmap(mupdf.Matrix.scale(1.5, 1.5), mupdf.ColorSpace.DeviceRGB, false)
    const [width, height, stride, n] = [pixmap.getWidth(), pixmap.getHeight(), pixmap.getStride(), pixmap.getNumberOfComponents()]
    const samples = pixmap.getPixels()
    const rgba = new Uint8ClampedArray(width * height * 4)
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const s = y * stride + x * n
        rgba.set([samples[s]!, samples[s + 1]!, samples[s + 2]!, 255], (y * width + x) * 4)
      }
    }
    expect(jsQR(rgba, width, height)?.data).toBe(poster.url)
    const text = page.toStructuredText("preserve-whitespace").asText()
    for (const line of [poster.title, poster.catalogTitle!, poster.callToAction.vi, poster.callToAction.en, poster.url]) expect(text).toContain(line)
  })

  it("shrinks a long name to fit the width instead of running off the page", () => {
    const long = "Điểm giới thiệu sản phẩm OCOP và làng nghề truyền thống tại khu du lịch sinh thái Na Hang – Lâm Bình"
    const size = fitFontMm(long, "bold", 174, 13)
    expect(size).toBeLessThan(13)
    expect(textWidthEm(long, "bold") * size).toBeLessThanOrEqual(174.0001)
    expect(fitFontMm("Chợ", "bold", 174, 13)).toBe(13)
  })
})
