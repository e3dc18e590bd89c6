import { currencyDecimals, type ProgramReportTableKey, type ProgramYearReport, type ReportColumn, type ReportRow } from "@cln/domain"
import ExcelJS from "exceljs"
import { localized, type ReportLocale } from "./report-cells"

/** Sheet names: at most 31 characters, none of []:*?/\. */
const SHEET_NAMES: Record<ProgramReportTableKey, { vi: string; en: string }> = {
  targets: { vi: "Chỉ tiêu", en: "Targets" },
  crafts_at_risk: { vi: "Nghề có nguy cơ mai một", en: "Crafts at risk" },
  villages: { vi: "Làng nghề", en: "Villages" },
  certificates_issued: { vi: "Chứng nhận cấp trong năm", en: "Certificates issued" },
  certificates_expiring: { vi: "Chứng nhận sắp hết hạn", en: "Certificates expiring" },
  sales_by_village: { vi: "Doanh số theo làng", en: "Sales by village" },
  sales_by_craft: { vi: "Doanh số theo nghề", en: "Sales by craft" },
  sales_by_ocop_stars: { vi: "Doanh số theo hạng sao", en: "Sales by OCOP stars" },
  scans_by_village: { vi: "Lượt quét mã", en: "Scans" },
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } }

function numberFormat(column: ReportColumn, row: ReportRow): string | undefined {
  switch (column.type) {
    case "integer":
      return "#,##0"
    case "percent":
      return "0.0%"
    case "money": {
      const decimals = currencyDecimals(String(row.currency_code ?? "vnd"))
      return decimals ? `#,##0.${"0".repeat(decimals)}` : "#,##0"
    }
    case "date":
      return "dd/mm/yyyy"
    default:
      return undefined
  }
}

/** A cell's stored value: percent points become fractions (75 → 0.75 shown 75.0%), days become dates. */
function excelValue(column: ReportColumn, value: ExcelJS.CellValue | ReturnType<typeof localized>, locale: ReportLocale): ExcelJS.CellValue {
  if (value === null || value === undefined) return null
  if (column.type === "percent" && typeof value === "number") return value / 100
  if (column.type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`)
  if (typeof value === "boolean") return value ? (locale === "vi" ? "Có" : "Yes") : locale === "vi" ? "Không" : "No"
  return value as ExcelJS.CellValue
}

/**
 * The yearly report as a workbook: one sheet per table, the title in row 1, bold headers
 * in row 2 (frozen), the rows, then totals in bold and the table's note. Numbers stay
 * numbers with display formats, so officers can sum and chart them.
 */
export async function renderProgramReportXlsx(report: ProgramYearReport, locale: ReportLocale = "vi"): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = "Chợ Làng Nghề"
  workbook.title = report.title[locale]
  workbook.created = new Date(`${report.as_of}T00:00:00Z`)
  for (const table of report.tables) {
    const sheet = workbook.addWorksheet(SHEET_NAMES[table.key][locale], { views: [{ state: "frozen", ySplit: 2 }] })
    sheet.getCell(1, 1).value = table.title[locale]
    sheet.getCell(1, 1).font = { bold: true, size: 13 }
    const header = sheet.getRow(2)
    table.columns.forEach((column, i) => {
      const cell = header.getCell(i + 1)
      cell.value = column.label[locale]
      cell.font = { bold: true }
      cell.fill = HEADER_FILL
      cell.alignment = { wrapText: true, vertical: "middle" }
      cell.border = { bottom: { style: "thin" } }
    })
    const widths = table.columns.map((c) => Math.min(40, Math.max(10, c.label[locale].length * 0.6)))
    const addRow = (row: ReportRow, bold: boolean) => {
      const excelRow = sheet.addRow(table.columns.map((c) => excelValue(c, localized(row[c.key] ?? null, locale), locale)))
      table.columns.forEach((column, i) => {
        const cell = excelRow.getCell(i + 1)
        const format = numberFormat(column, row)
        if (format) cell.numFmt = format
        if (bold) cell.font = { bold: true }
        if (column.type === "text") cell.alignment = { wrapText: true, vertical: "top" }
        const text = cell.value === null ? "" : String(cell.value)
        widths[i] = Math.min(60, Math.max(widths[i]!, column.type === "text" ? Math.min(text.length, 60) + 2 : 14))
      })
    }
    for (const row of table.rows) addRow(row, false)
    for (const row of table.totals) addRow(row, true)
    if (table.note) {
      const noteRow = sheet.addRow([table.note[locale]])
      noteRow.getCell(1).font = { italic: true }
    }
    widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w))
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
