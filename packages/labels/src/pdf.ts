import { finished } from "node:stream/promises"
import PDFDocument from "pdfkit"
import { fontBuffer, type FontKey } from "./fonts"
import { layoutLabel, type LabelContent, type LabelLayout } from "./layout"
import { QR_QUIET_ZONE, qrRuns } from "./qr"
import { labelPosition, labelSize, sheetLayout, type LabelSizeKey } from "./sizes"

export type LabelSheetPdfOptions = {
  /** Called after every finished page with the labels drawn so far. */
  onProgress?: (done: number, total?: number) => void
  /** How many labels are coming, passed on to onProgress (taken from an array's length when not given). */
  total?: number
  /** Short crop marks in the sheet margin at every label edge (default true). */
  cropMarks?: boolean
  /** PDF document title. */
  title?: string
}

/** PDF points per millimetre. */
const PT = 72 / 25.4
const FONT_NAMES: Record<FontKey, string> = { regular: "DejaVuSans", bold: "DejaVuSans-Bold", mono: "DejaVuSansMono-Bold" }

/**
 * A4 sheets of labels written to `out` page by page, so 10,000 labels never sit in memory:
 * each finished page is compressed and streamed, and we wait for `out` to drain between pages.
 * QR codes are vector rectangles; the DejaVu fonts are embedded (subset). Resolves when `out`
 * has finished. An empty input gives one blank page, since a PDF needs at least one.
 */
export async function renderLabelSheetPdf(
  labels: Iterable<LabelContent> | AsyncIterable<LabelContent>,
  size: LabelSizeKey,
  out: NodeJS.WritableStream,
  opts: LabelSheetPdfOptions = {},
): Promise<{ pages: number; labels: number }> {
  const { perPage } = sheetLayout(size)
  const positions = Array.from({ length: perPage }, (_, i) => labelPosition(size, i))
  const total = opts.total ?? (Array.isArray(labels) ? labels.length : undefined)
  const doc = new PDFDocument({
    size: "A4",
    layout: "portrait",
    margin: 0,
    autoFirstPage: false,
    compress: true,
    info: { Title: opts.title ?? `Nhãn truy xuất ${labelSize(size).label.vi}`, Creator: "Chợ Làng Nghề" },
  })
  for (const key of Object.keys(FONT_NAMES) as FontKey[]) doc.registerFont(FONT_NAMES[key], fontBuffer(key))

  let failure: unknown
  const fail = (error: unknown) => {
    failure ??= error
  }
  doc.on("error", fail)
  out.on("error", fail)
  const outFinished = finished(out)
  outFinished.catch(fail)
  doc.pipe(out)

  let pages = 0
  let count = 0
  let onPage = perPage
  const pageDone = async () => {
    opts.onProgress?.(count, total)
    // Let the page reach `out`, and wait while `out` is full, so memory stays flat.
    await new Promise((resolve) => setImmediate(resolve))
    const writable = out as NodeJS.WritableStream & { writableNeedDrain?: boolean }
    if (writable.writableNeedDrain && !failure) await new Promise((resolve) => out.once("drain", resolve))
    if (failure) throw failure
  }

  try {
    for await (const content of labels) {
      if (onPage === perPage) {
        if (pages) await pageDone()
        doc.addPage()
        pages++
        onPage = 0
        if (opts.cropMarks ?? true) drawCropMarks(doc, size)
      }
      const { xMm, yMm } = positions[onPage]!
      drawLabel(doc, layoutLabel(content, size), xMm, yMm)
      onPage++
      count++
    }
  } catch (error) {
    doc.unpipe(out)
    throw error
  }
  if (!pages) {
    doc.addPage()
    pages = 1
  }
  opts.onProgress?.(count, total)
  doc.end()
  await outFinished
  if (failure) throw failure
  return { pages, labels: count }
}

function drawLabel(doc: PDFKit.PDFDocument, layout: LabelLayout, xMm: number, yMm: number) {
  const { qr } = layout
  // The QR: one filled path of run rectangles, in module units.
  const scale = qr.moduleMm * PT
  const runs = qrRuns(qr.matrix)
  let path = ""
  for (let i = 0; i < runs.length; i += 3) path += `${runs[i]! + QR_QUIET_ZONE} ${runs[i + 1]! + QR_QUIET_ZONE} ${runs[i + 2]} 1 re\n`
  doc.save()
  doc.transform(scale, 0, 0, scale, (xMm + qr.x) * PT, (yMm + qr.y) * PT)
  doc.fillColor("#000")
  doc.addContent(`${path}f`)
  doc.restore()

  doc.fillColor("#000")
  for (const line of layout.lines) {
    doc.font(FONT_NAMES[line.font]).fontSize(line.size * PT)
    let x = (xMm + line.x) * PT
    if (line.anchor === "middle") x -= doc.widthOfString(line.text) / 2
    doc.text(line.text, x, (yMm + line.y) * PT, { lineBreak: false, baseline: "alphabetic" })
  }
}

/** Hairline ticks in the page margin on the line of every label edge, to guide a guillotine. */
function drawCropMarks(doc: PDFKit.PDFDocument, size: LabelSizeKey) {
  const { widthMm, heightMm } = labelSize(size)
  const { columns, rows, gapMm } = sheetLayout(size)
  const first = labelPosition(size, 0)
  const left = first.xMm
  const top = first.yMm
  const right = left + columns * widthMm + (columns - 1) * gapMm
  const bottom = top + rows * heightMm + (rows - 1) * gapMm
  const horizontal = Math.min(4, left - 2.5)
  const vertical = Math.min(4, top - 2.5)
  doc.save().lineWidth(0.25).strokeColor("#888")
  if (vertical >= 1) {
    for (let c = 0; c < columns; c++) {
      for (const x of [left + c * (widthMm + gapMm), left + c * (widthMm + gapMm) + widthMm]) {
        doc.moveTo(x * PT, (top - 1) * PT).lineTo(x * PT, (top - 1 - vertical) * PT)
        doc.moveTo(x * PT, (bottom + 1) * PT).lineTo(x * PT, (bottom + 1 + vertical) * PT)
      }
    }
  }
  if (horizontal >= 1) {
    for (let r = 0; r < rows; r++) {
      for (const y of [top + r * (heightMm + gapMm), top + r * (heightMm + gapMm) + heightMm]) {
        doc.moveTo((left - 1) * PT, y * PT).lineTo((left - 1 - horizontal) * PT, y * PT)
        doc.moveTo((right + 1) * PT, y * PT).lineTo((right + 1 + horizontal) * PT, y * PT)
      }
    }
  }
  doc.stroke().restore()
}
