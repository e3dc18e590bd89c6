import { finished } from "node:stream/promises"
import PDFDocument from "pdfkit"
import { fontBuffer, textWidthEm } from "./fonts"
import { QR_QUIET_ZONE, qrMatrix, qrRuns } from "./qr"
import { A4_MM } from "./sizes"

/** What a display point's A4 poster says; every text is shown in Vietnamese first. */
export type PosterContent = {
  /** The URL the QR code opens: the point's page, which shows its catalog. */
  url: string
  /** The point's name, e.g. "Trạm dừng nghỉ Km 125". */
  title: string
  /** The catalog it shows, when it has one. */
  catalogTitle?: string | null
  /** The call to scan, Vietnamese then English. */
  callToAction: { vi: string; en: string }
  footer: string
}

const PT = 72 / 25.4
const MARGIN_MM = 18
/** The QR spans most of the page width, so it scans from a few metres away. */
const QR_MM = 130
const FONT = { regular: "DejaVuSans", bold: "DejaVuSans-Bold", mono: "DejaVuSansMono-Bold" } as const

/**
 * The largest size (in mm of font height) at which `text` fits `widthMm`, at most `maxMm`,
 * so long names shrink instead of running off the page.
 */
export function fitFontMm(text: string, font: "regular" | "bold" | "mono", widthMm: number, maxMm: number): number {
  const em = textWidthEm(text, font)
  return em > 0 ? Math.min(maxMm, widthMm / em) : maxMm
}

/** Where the QR sits on the page, in mm from the top-left corner (quiet zone included). */
export function posterQrBox(): { x: number; y: number; size: number } {
  return { x: (A4_MM.widthMm - QR_MM) / 2, y: 78, size: QR_MM }
}

/** An A4 portrait poster for a display point: its name, the call to scan, a large QR code, the link in words. */
export async function renderPosterPdf(content: PosterContent, out: NodeJS.WritableStream): Promise<void> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "portrait",
    margin: 0,
    compress: true,
    info: { Title: content.title, Creator: "Chợ Làng Nghề" },
  })
  doc.registerFont(FONT.regular, fontBuffer("regular"))
  doc.registerFont(FONT.bold, fontBuffer("bold"))
  doc.registerFont(FONT.mono, fontBuffer("mono"))
  const done = finished(out)
  doc.pipe(out)

  const width = A4_MM.widthMm - 2 * MARGIN_MM
  const centred = (text: string, font: keyof typeof FONT, sizeMm: number, yMm: number, color = "#1b1b1b") => {
    doc.font(FONT[font]).fontSize(sizeMm * PT).fillColor(color)
    doc.text(text, (A4_MM.widthMm * PT - doc.widthOfString(text)) / 2, yMm * PT, { lineBreak: false, baseline: "alphabetic" })
  }

  // A band of the brand's tea green across the top.
  doc.rect(0, 0, A4_MM.widthMm * PT, 12 * PT).fill("#1f5d4a")
  centred(content.title, "bold", fitFontMm(content.title, "bold", width, 13), 36)
  if (content.catalogTitle) centred(content.catalogTitle, "regular", fitFontMm(content.catalogTitle, "regular", width, 8), 50, "#1f5d4a")
  centred(content.callToAction.vi, "bold", fitFontMm(content.callToAction.vi, "bold", width, 8), 66)

  const matrix = qrMatrix(content.url)
  const box = posterQrBox()
  const scale = (box.size / (matrix.size + 2 * QR_QUIET_ZONE)) * PT
  const runs = qrRuns(matrix)
  let path = ""
  for (let i = 0; i < runs.length; i += 3) path += `${runs[i]! + QR_QUIET_ZONE} ${runs[i + 1]! + QR_QUIET_ZONE} ${runs[i + 2]} 1 re\n`
  doc.save()
  doc.transform(scale, 0, 0, scale, box.x * PT, box.y * PT)
  doc.fillColor("#000")
  doc.addContent(`${path}f`)
  doc.restore()

  const below = box.y + box.size
  centred(content.callToAction.en, "regular", fitFontMm(content.callToAction.en, "regular", width, 6), below + 10, "#444")
  centred(content.url, "mono", fitFontMm(content.url, "mono", width, 4.2), below + 22, "#1b1b1b")
  centred(content.footer, "regular", fitFontMm(content.footer, "regular", width, 4), A4_MM.heightMm - 14, "#555")
  doc.end()
  await done
}
