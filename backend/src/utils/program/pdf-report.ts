import { fontBuffer, textWidthEm } from "@cln/labels"
import type { ProgramYearReport, ReportColumn, ReportTable } from "@cln/domain"
import PDFDocument from "pdfkit"
import { cellText, type ReportLocale } from "./report-cells"

const FONT = { regular: "DejaVuSans", bold: "DejaVuSans-Bold" } as const
const MARGIN = 36
const BODY = 7.5
const PAD = 3
const NUMERIC = new Set<ReportColumn["type"]>(["integer", "percent", "money"])

const viDate = (d: string) => d.split("-").reverse().join("/")

/**
 * The yearly report as an A4 landscape PDF in DejaVu Sans (Vietnamese letters with two
 * diacritics render; no system font is needed): the title, the period, the targets table
 * first and then every other table, headers repeated on each page, page numbers in the
 * footer.
 */
export async function renderProgramReportPdf(report: ProgramYearReport, locale: ReportLocale = "vi"): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    bufferPages: true,
    info: { Title: report.title[locale], Creator: "Chợ Làng Nghề", Subject: String(report.year) },
  })
  doc.registerFont(FONT.regular, fontBuffer("regular"))
  doc.registerFont(FONT.bold, fontBuffer("bold"))
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  const width = doc.page.width - 2 * MARGIN
  doc.font(FONT.bold).fontSize(14).text(report.title[locale], { width, align: "center" })
  doc.moveDown(0.3)
  const period =
    locale === "vi"
      ? `Kỳ báo cáo: ${viDate(report.period.from)} – ${viDate(report.period.to)} · Số liệu đến ngày ${viDate(report.as_of)}`
      : `Period: ${report.period.from} – ${report.period.to} · Figures as of ${report.as_of}`
  doc.font(FONT.regular).fontSize(9).text(period, { width, align: "center" })
  doc.moveDown(0.8)

  // The plan's targets come first; the builder already lists them first, this keeps it so.
  const tables = [...report.tables].sort((a, b) => Number(b.key === "targets") - Number(a.key === "targets"))
  for (const table of tables) drawTable(doc, table, locale, width)

  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    // Writing in the bottom margin would start a new page; lift the margin for the footer.
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    const label = locale === "vi" ? `Trang ${i + 1}/${range.count}` : `Page ${i + 1} of ${range.count}`
    doc.font(FONT.regular).fontSize(8).text(label, MARGIN, doc.page.height - MARGIN / 2 - 6, { width, align: "right", lineBreak: false })
    doc.page.margins.bottom = bottom
  }
  doc.end()
  return done
}

function columnWidths(table: ReportTable, texts: string[][], locale: ReportLocale, width: number): number[] {
  const natural = table.columns.map((c, i) => {
    const header = Math.max(...c.label[locale].split(/\s+/).map((w) => textWidthEm(w, "bold") * BODY), textWidthEm(c.label[locale], "bold") * BODY * 0.45)
    const cells = Math.max(0, ...texts.map((r) => textWidthEm(r[i] ?? "", "regular") * BODY))
    return Math.min(230, Math.max(header, cells) + 2 * PAD + 1)
  })
  const total = natural.reduce((s, w) => s + w, 0)
  if (total <= width) return natural.map((w) => w + (width - total) / natural.length)
  // Too wide: narrow the widest columns first, so short figures keep their width.
  const widths = [...natural]
  let excess = total - width
  while (excess > 0.5) {
    const max = Math.max(...widths)
    const widest = widths.filter((w) => w >= max - 0.01).length
    const next = Math.max(...widths.filter((w) => w < max - 0.01), 28)
    const cut = Math.min((max - next) * widest, excess)
    if (cut <= 0) break
    for (let i = 0; i < widths.length; i++) if (widths[i]! >= max - 0.01) widths[i] = widths[i]! - cut / widest
    excess -= cut
  }
  return widths
}

function drawTable(doc: PDFKit.PDFDocument, table: ReportTable, locale: ReportLocale, width: number) {
  const left = MARGIN
  const bottom = () => doc.page.height - MARGIN - 10
  const body = [...table.rows, ...table.totals]
  const texts = body.map((row) => table.columns.map((c) => cellText(row[c.key] ?? null, c, row, locale)))
  const widths = columnWidths(table, texts, locale, width)

  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(BODY)
    return Math.max(...cells.map((t, i) => doc.heightOfString(t || " ", { width: widths[i]! - 2 * PAD }))) + 2 * PAD
  }
  const drawRow = (cells: string[], font: string, fill: string | null, numericRight: boolean) => {
    const h = rowHeight(cells, font)
    const y = doc.y
    if (fill) doc.rect(left, y, width, h).fill(fill)
    doc.lineWidth(0.4).strokeColor("#9aa5b1").rect(left, y, width, h).stroke()
    let x = left
    cells.forEach((t, i) => {
      const align = numericRight && NUMERIC.has(table.columns[i]!.type) ? "right" : "left"
      doc.fillColor("#000").font(font).fontSize(BODY).text(t, x + PAD, y + PAD, { width: widths[i]! - 2 * PAD, align })
      if (i > 0) doc.moveTo(x, y).lineTo(x, y + h).stroke()
      x += widths[i]!
    })
    doc.x = left
    doc.y = y + h
  }
  const headerCells = table.columns.map((c) => c.label[locale])
  const drawHeader = () => drawRow(headerCells, FONT.bold, "#e8eef4", false)

  // Keep the title with the header and the first row.
  const firstRow = texts[0] ? rowHeight(texts[0], FONT.regular) : 14
  if (doc.y + 20 + rowHeight(headerCells, FONT.bold) + firstRow > bottom()) doc.addPage()
  doc.font(FONT.bold).fontSize(10.5).fillColor("#000").text(table.title[locale], left, doc.y, { width })
  doc.moveDown(0.2)
  drawHeader()
  if (!body.length) {
    doc.font(FONT.regular).fontSize(BODY).text(locale === "vi" ? "Không có số liệu." : "No data.", left + PAD, doc.y + PAD, { width })
  }
  texts.forEach((cells, i) => {
    const total = i >= table.rows.length
    const font = total ? FONT.bold : FONT.regular
    if (doc.y + rowHeight(cells, font) > bottom()) {
      doc.addPage()
      drawHeader()
    }
    drawRow(cells, font, total ? "#f4f6f8" : null, true)
  })
  if (table.note) {
    doc.moveDown(0.3)
    doc.font(FONT.regular).fontSize(7).fillColor("#333").text(table.note[locale], left, doc.y, { width })
  }
  doc.fillColor("#000")
  doc.moveDown(1.2)
}

