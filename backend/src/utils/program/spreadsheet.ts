import { MedusaError } from "@medusajs/framework/utils"
import { villageImportFieldOf, villageImportTemplateHeader, type SpreadsheetCell, type VillageSheet } from "@cln/domain"
import ExcelJS from "exceljs"

/** Import files are a few hundred rows; 2 MB is ample and keeps a parse cheap. */
export const VILLAGE_IMPORT_MAX_BYTES = 2 * 1024 * 1024

export type UploadedSheet = { sheet: VillageSheet; headerRowNumber: number; format: "xlsx" | "csv" }

const unreadable = (vi: string, en: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `Không đọc được tệp: ${vi} / The file could not be read: ${en}`)

/**
 * The sheet of an uploaded .xlsx or .csv. The kind is told by the bytes (an .xlsx is a
 * zip), not by the name alone: a renamed .xls or a PDF is refused with a clear message.
 */
export async function readVillageSheet(file: { buffer: Buffer; originalname?: string }): Promise<UploadedSheet> {
  const buffer = file.buffer
  const name = (file.originalname ?? "").toLowerCase()
  if (!buffer?.length) throw unreadable("tệp trống", "the file is empty")
  const isZip = buffer[0] === 0x50 && buffer[1] === 0x4b
  const isOle = buffer[0] === 0xd0 && buffer[1] === 0xcf
  if (isOle || name.endsWith(".xls")) {
    throw unreadable("định dạng .xls cũ không được hỗ trợ, hãy lưu thành .xlsx hoặc .csv", "the old .xls format is not supported, save it as .xlsx or .csv")
  }
  if (isZip) return withHeader(await readXlsx(buffer), "xlsx")
  if (name.endsWith(".xlsx")) throw unreadable("tệp .xlsx bị hỏng", "the .xlsx file is damaged")
  if (buffer.includes(0)) throw unreadable("chỉ nhận tệp .xlsx hoặc .csv", "only .xlsx or .csv files are accepted")
  return withHeader(parseCsv(buffer.toString("utf8")), "csv")
}

/** The header is the first row that names the village code column (sheets often have a title above), else the first non-blank row. */
function withHeader(rows: SpreadsheetCell[][], format: "xlsx" | "csv"): UploadedSheet {
  const blank = (r: SpreadsheetCell[]) => r.every((c) => c === null || String(c).trim() === "")
  let index = rows.slice(0, 20).findIndex((r) => r.some((c) => typeof c === "string" && villageImportFieldOf(c) === "handle"))
  if (index < 0) index = rows.findIndex((r) => !blank(r))
  if (index < 0) return { sheet: { header: [], rows: [] }, headerRowNumber: 1, format }
  return { sheet: { header: rows[index]!, rows: rows.slice(index + 1) }, headerRowNumber: index + 1, format }
}

/** A cell as the import checks read it: text, a number or blank (formulas by their result). */
function cellValue(value: ExcelJS.CellValue): SpreadsheetCell {
  if (value === null || value === undefined) return null
  if (typeof value === "number" || typeof value === "string") return value
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE"
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((t) => t.text).join("")
    if ("formula" in value || "sharedFormula" in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue)
    if ("text" in value) return cellValue((value as ExcelJS.CellHyperlinkValue).text)
    if ("error" in value) return String((value as ExcelJS.CellErrorValue).error)
  }
  return String(value)
}

async function readXlsx(buffer: Buffer): Promise<SpreadsheetCell[][]> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(buffer as any)
  } catch {
    throw unreadable("tệp .xlsx bị hỏng", "the .xlsx file is damaged")
  }
  // The first sheet with data: templates may put instructions on a later sheet.
  const worksheet = workbook.worksheets.find((w) => w.actualRowCount > 0) ?? workbook.worksheets[0]
  if (!worksheet) return []
  const rows: SpreadsheetCell[][] = []
  const width = worksheet.columnCount
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r)
    const cells: SpreadsheetCell[] = []
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value))
    rows.push(cells)
  }
  return rows
}

/**
 * RFC 4180 CSV: quoted fields may hold the separator, doubled quotes and line breaks; a
 * UTF-8 byte order mark (Excel writes one) is dropped. The separator is ";" when the
 * header line has more of them than commas, as Excel writes CSV under a Vietnamese locale.
 * Every cell stays text: the import's own checks read numbers, so "1.200" is not 1.2.
 */
export function parseCsv(text: string): SpreadsheetCell[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const firstLine = source.split(/\r?\n/, 1)[0] ?? ""
  const unquoted = firstLine.replace(/"[^"]*"/g, "")
  const separator = (unquoted.match(/;/g)?.length ?? 0) > (unquoted.match(/,/g)?.length ?? 0) ? ";" : ","
  const rows: SpreadsheetCell[][] = []
  let row: SpreadsheetCell[] = []
  let field = ""
  let quoted = false
  let wasQuoted = false
  const endField = () => {
    row.push(field === "" && !wasQuoted ? null : field)
    field = ""
    wasQuoted = false
  }
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += ch
      continue
    }
    if (ch === '"' && field === "") {
      quoted = true
      wasQuoted = true
    } else if (ch === separator) endField()
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++
      endField()
      rows.push(row)
      row = []
    } else field += ch
  }
  if (field !== "" || wasQuoted || row.length) {
    endField()
    rows.push(row)
  }
  return rows.map((r) => r.map((c) => (typeof c === "string" ? c.normalize("NFC") : c)))
}

/** An empty import sheet with the template's headers, as .xlsx or UTF-8 .csv (with a BOM so Excel reads the diacritics). */
export async function villageImportTemplate(format: "xlsx" | "csv"): Promise<Buffer> {
  const header = villageImportTemplateHeader("vi")
  if (format === "csv") return Buffer.from("\ufeff" + header.map(csvField).join(",") + "\r\n", "utf8")
  const workbook = new ExcelJS.Workbook()
  workbook.creator = "Chợ Làng Nghề"
  const sheet = workbook.addWorksheet("Số liệu làng nghề", { views: [{ state: "frozen", ySplit: 1 }] })
  sheet.addRow(header).font = { bold: true }
  sheet.columns.forEach((c, i) => (c.width = Math.max(14, header[i]!.length + 4)))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

function csvField(value: string): string {
  return /[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
