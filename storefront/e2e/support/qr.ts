import jsQR from "jsqr"

/**
 * Renders the first page of a PDF with mupdf and decodes the QR code on it with jsQR, a
 * decoder independent of the encoder: what a phone camera would read off the print.
 */
export async function decodePdfQr(pdf: Buffer, scale = 1.5): Promise<string | null> {
  const mupdf = await import("mupdf")
  const page = mupdf.Document.openDocument(pdf, "application/pdf").loadPage(0)
  const pixmap = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false)
  const [width, height, stride, n] = [pixmap.getWidth(), pixmap.getHeight(), pixmap.getStride(), pixmap.getNumberOfComponents()]
  const samples = pixmap.getPixels()
  const rgba = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const s = y * stride + x * n
      rgba.set([samples[s]!, samples[s + 1]!, samples[s + 2]!, 255], (y * width + x) * 4)
    }
  }
  return jsQR(rgba, width, height)?.data ?? null
}
