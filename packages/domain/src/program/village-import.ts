import { foldDiacritics } from "../text"
import { CRAFT_VILLAGE_STATUS_LABELS, CRAFT_VILLAGE_STATUSES, type BilingualText, type CraftVillageStatus } from "./kpi"

/**
 * Checking a spreadsheet of village figures before it is imported. Districts and communes
 * send these sheets every year; the import is all or nothing, so every problem is listed
 * at once with the cell an officer must fix (row number and column letter as the
 * spreadsheet shows them), in Vietnamese and English.
 */

/** A cell as the spreadsheet parser hands it over. */
export type SpreadsheetCell = string | number | null

export type VillageSheet = {
  header: readonly SpreadsheetCell[]
  rows: readonly (readonly SpreadsheetCell[])[]
}

export const VILLAGE_FIGURE_FIELDS = ["households", "workers", "workers_trained", "households_env_compliant", "status"] as const
export type VillageFigureField = (typeof VILLAGE_FIGURE_FIELDS)[number]

export type VillageImportField = "handle" | VillageFigureField

/** The figures an import may change on a village. */
export type VillageFigures = {
  households: number
  workers: number
  workers_trained: number
  households_env_compliant: number
  status: CraftVillageStatus
}

export type VillageFiguresUpdate = VillageFigures & {
  handle: string
  /** The spreadsheet row it came from, for the audit trail. */
  row: number
}

type ColumnSpec = { label: BilingualText; aliases: readonly string[] }

/**
 * Every column an import reads, with the headers officers actually write. Headers are
 * matched ignoring case, diacritics, punctuation and a unit in brackets ("Số hộ (hộ)").
 */
export const VILLAGE_IMPORT_COLUMNS: Record<VillageImportField, ColumnSpec> = {
  handle: {
    label: { vi: "Mã làng", en: "Village code" },
    aliases: ["handle", "village handle", "village code", "code", "mã làng", "mã làng nghề", "mã", "mã số"],
  },
  households: {
    label: { vi: "Số hộ", en: "Households" },
    aliases: ["households", "số hộ", "hộ", "tổng số hộ", "số hộ tham gia"],
  },
  workers: {
    label: { vi: "Số lao động", en: "Workers" },
    aliases: ["workers", "số lao động", "lao động", "tổng số lao động"],
  },
  workers_trained: {
    label: { vi: "Số lao động được đào tạo", en: "Workers trained" },
    aliases: [
      "workers trained",
      "workers_trained",
      "trained workers",
      "số lao động được đào tạo",
      "lao động được đào tạo",
      "số lao động đã qua đào tạo",
      "lao động đã qua đào tạo",
    ],
  },
  households_env_compliant: {
    label: { vi: "Số hộ đạt quy định môi trường", en: "Households meeting environmental rules" },
    aliases: [
      "households env compliant",
      "households_env_compliant",
      "households meeting environmental rules",
      "env compliant households",
      "số hộ đạt quy định môi trường",
      "hộ đạt quy định môi trường",
      "số hộ đạt chuẩn môi trường",
      "hộ đạt chuẩn môi trường",
      "số hộ đảm bảo môi trường",
      "hộ đảm bảo môi trường",
    ],
  },
  status: {
    label: { vi: "Tình trạng hoạt động", en: "Status" },
    aliases: ["status", "tình trạng", "trạng thái", "tình trạng hoạt động", "trạng thái hoạt động"],
  },
}

/**
 * Columns people add for reading (row number, village name, commune, notes). They are
 * accepted and ignored; anything else unknown is an error, so a misspelt figure column is
 * never dropped silently.
 */
export const VILLAGE_IMPORT_REFERENCE_COLUMNS: readonly string[] = [
  "stt",
  "số thứ tự",
  "no",
  "#",
  "name",
  "village",
  "village name",
  "tên làng",
  "tên làng nghề",
  "làng nghề",
  "commune",
  "xã",
  "xã phường",
  "ghi chú",
  "note",
  "notes",
]

/** Status words accepted in a cell, beyond the keys and the labels shown in the app. */
const STATUS_ALIASES: Record<CraftVillageStatus, readonly string[]> = {
  effective: ["hiệu quả", "effective"],
  struggling: ["khó khăn", "gặp khó khăn", "hoạt động cầm chừng", "cầm chừng"],
  at_risk: ["nguy cơ mai một", "at risk"],
  dormant: ["ngừng hoạt động", "tạm ngừng", "ngừng"],
}

/** Lower case, no diacritics, bracketed units dropped, punctuation and underscores as single spaces. */
function foldKey(value: string): string {
  return foldDiacritics(value)
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9#]+/g, " ")
    .trim()
}

const FIELD_BY_HEADER = new Map<string, VillageImportField>()
for (const [field, spec] of Object.entries(VILLAGE_IMPORT_COLUMNS) as [VillageImportField, ColumnSpec][]) {
  for (const alias of [...spec.aliases, spec.label.vi, spec.label.en]) FIELD_BY_HEADER.set(foldKey(alias), field)
}
const REFERENCE_HEADERS = new Set(VILLAGE_IMPORT_REFERENCE_COLUMNS.map(foldKey))

const STATUS_BY_WORD = new Map<string, CraftVillageStatus>()
for (const status of CRAFT_VILLAGE_STATUSES) {
  for (const word of [status, CRAFT_VILLAGE_STATUS_LABELS[status].vi, CRAFT_VILLAGE_STATUS_LABELS[status].en, ...STATUS_ALIASES[status]]) {
    STATUS_BY_WORD.set(foldKey(word), status)
  }
}

/** A status written as its key, its Vietnamese or English label or a common synonym; null otherwise. */
export function parseCraftVillageStatus(value: string): CraftVillageStatus | null {
  return STATUS_BY_WORD.get(foldKey(value)) ?? null
}

/** The field a header names, "reference" for a column kept for reading, or null when unknown. */
export function villageImportFieldOf(header: string): VillageImportField | "reference" | null {
  const key = foldKey(header)
  return FIELD_BY_HEADER.get(key) ?? (REFERENCE_HEADERS.has(key) ? "reference" : null)
}

/** The header row of a blank import sheet, in the officer's language. */
export function villageImportTemplateHeader(locale: "vi" | "en" = "vi"): string[] {
  return (["handle", ...VILLAGE_FIGURE_FIELDS] as const).map((f) => VILLAGE_IMPORT_COLUMNS[f].label[locale])
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`A column index is a whole number of 0 or more, not ${index}`)
  let letters = ""
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

export type VillageImportErrorCode =
  | "missing_column"
  | "unknown_column"
  | "duplicate_column"
  | "unnamed_column"
  | "no_rows"
  | "required"
  | "not_a_number"
  | "not_whole_number"
  | "negative_number"
  | "invalid_status"
  | "unknown_village"
  | "duplicate_village"
  | "workers_trained_exceeds_workers"
  | "households_env_compliant_exceeds_households"

export type VillageImportError = {
  /** The spreadsheet's row number (the header is row 1 unless said otherwise); null for the sheet as a whole. */
  row: number | null
  column: { letter: string; header: string } | null
  field: VillageImportField | null
  code: VillageImportErrorCode
  message_vi: string
  message_en: string
}

export type VillageImportResult = { ok: true; rows: VillageFiguresUpdate[] } | { ok: false; errors: VillageImportError[] }

export type VillageImportOptions = {
  /** Handles of the villages in the database; rows for any other village are refused. */
  knownHandles: Iterable<string>
  /** The spreadsheet row the header is on, when the sheet has a title above it. */
  headerRowNumber?: number
}

type Parsed<T> = { ok: true; value: T } | { ok: false; code: VillageImportErrorCode }

const isBlank = (cell: SpreadsheetCell | undefined) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")

/**
 * A count from a cell. Text is read the way Vietnamese and English sheets write whole
 * numbers: "1.200", "1,200" and "1 200" are all twelve hundred (a count cannot have a
 * decimal part, so the separator is not ambiguous); "1.5" is not a whole number.
 */
export function parseCount(cell: SpreadsheetCell | undefined): Parsed<number> {
  if (isBlank(cell)) return { ok: false, code: "required" }
  let value: number
  if (typeof cell === "number") {
    value = cell
  } else {
    const text = String(cell).replace(/[\s\u00a0\u202f]/g, "")
    if (/^[+-]?\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(text)) value = Number(text.replace(/[.,]/g, ""))
    else if (/^[+-]?\d+([.,]\d+)?$/.test(text)) value = Number(text.replace(",", "."))
    else return { ok: false, code: "not_a_number" }
  }
  if (!Number.isFinite(value)) return { ok: false, code: "not_a_number" }
  if (value < 0) return { ok: false, code: "negative_number" }
  if (!Number.isInteger(value)) return { ok: false, code: "not_whole_number" }
  if (!Number.isSafeInteger(value)) return { ok: false, code: "not_a_number" }
  return { ok: true, value }
}

const STATUS_CHOICES_VI = CRAFT_VILLAGE_STATUSES.map((s) => `"${CRAFT_VILLAGE_STATUS_LABELS[s].vi}"`).join(", ")
const STATUS_CHOICES_EN = CRAFT_VILLAGE_STATUSES.map((s) => `"${CRAFT_VILLAGE_STATUS_LABELS[s].en}"`).join(", ")

const CELL_MESSAGES: Partial<Record<VillageImportErrorCode, (value: string) => BilingualText>> = {
  required: () => ({ vi: "bỏ trống; cần nhập giá trị", en: "is empty; a value is required" }),
  not_a_number: (v) => ({ vi: `"${v}" không phải là số`, en: `"${v}" is not a number` }),
  not_whole_number: (v) => ({ vi: `${v} không phải là số nguyên`, en: `${v} is not a whole number` }),
  negative_number: (v) => ({ vi: `${v} là số âm`, en: `${v} is negative` }),
  invalid_status: (v) => ({
    vi: `"${v}" không phải là tình trạng hợp lệ; dùng một trong: ${STATUS_CHOICES_VI}`,
    en: `"${v}" is not a status; use one of: ${STATUS_CHOICES_EN}`,
  }),
}

/**
 * Checks a whole sheet and returns either every row as a typed update or every error.
 * Blank rows are skipped (sheets often end with some) but keep their row numbers.
 */
export function validateVillageImport(sheet: VillageSheet, options: VillageImportOptions): VillageImportResult {
  const headerRow = options.headerRowNumber ?? 1
  const known = new Set([...options.knownHandles].map((h) => h.trim().toLowerCase()))
  const errors: VillageImportError[] = []
  const cellRef = (index: number) => ({ letter: columnLetter(index), header: String(sheet.header[index] ?? "").trim() })
  const fail = (row: number | null, index: number | null, field: VillageImportField | null, code: VillageImportErrorCode, message: BilingualText) => {
    const column = index === null ? null : cellRef(index)
    const where = column ? (row === null ? `${column.letter}` : `${column.letter}${row}`) : row === null ? null : String(row)
    errors.push({
      row,
      column,
      field,
      code,
      message_vi: where ? `${column ? "Ô" : "Dòng"} ${where}${column?.header ? ` (${column.header})` : ""}: ${message.vi}` : message.vi,
      message_en: where ? `${column ? "Cell" : "Row"} ${where}${column?.header ? ` (${column.header})` : ""}: ${message.en}` : message.en,
    })
  }

  // Header: which column holds which field.
  const columnOf = new Map<VillageImportField, number>()
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), sheet.header.length)
  for (let index = 0; index < width; index++) {
    const cell = sheet.header[index]
    if (isBlank(cell)) {
      if (sheet.rows.some((r) => !isBlank(r[index]))) {
        fail(headerRow, index, null, "unnamed_column", {
          vi: "cột có dữ liệu nhưng không có tiêu đề",
          en: "the column has values but no header",
        })
      }
      continue
    }
    const field = villageImportFieldOf(String(cell))
    if (field === "reference") continue
    if (field === null) {
      fail(headerRow, index, null, "unknown_column", {
        vi: "không nhận ra cột này; đổi tên theo mẫu hoặc xoá cột",
        en: "this column is not recognised; rename it as in the template or remove it",
      })
      continue
    }
    const first = columnOf.get(field)
    if (first !== undefined) {
      fail(headerRow, index, field, "duplicate_column", {
        vi: `trùng với cột ${columnLetter(first)} (${VILLAGE_IMPORT_COLUMNS[field].label.vi})`,
        en: `repeats column ${columnLetter(first)} (${VILLAGE_IMPORT_COLUMNS[field].label.en})`,
      })
      continue
    }
    columnOf.set(field, index)
  }
  for (const field of ["handle", ...VILLAGE_FIGURE_FIELDS] as const) {
    if (!columnOf.has(field)) {
      const label = VILLAGE_IMPORT_COLUMNS[field].label
      fail(headerRow, null, field, "missing_column", { vi: `thiếu cột "${label.vi}"`, en: `the "${label.en}" column is missing` })
    }
  }

  // Rows.
  const updates: VillageFiguresUpdate[] = []
  const firstRowOf = new Map<string, number>()
  let dataRows = 0
  sheet.rows.forEach((cells, i) => {
    const row = headerRow + 1 + i
    if (cells.every(isBlank)) return
    dataRows++
    const cellOf = (field: VillageImportField) => {
      const index = columnOf.get(field)
      return index === undefined ? undefined : { index, value: cells[index] }
    }
    const cellError = (field: VillageImportField, index: number, code: VillageImportErrorCode, value: SpreadsheetCell | undefined) =>
      fail(row, index, field, code, CELL_MESSAGES[code]!(String(value ?? "")))

    let handle: string | null = null
    const handleCell = cellOf("handle")
    if (handleCell) {
      if (isBlank(handleCell.value)) cellError("handle", handleCell.index, "required", handleCell.value)
      else {
        const written = String(handleCell.value).trim()
        const key = written.toLowerCase()
        const firstRow = firstRowOf.get(key)
        if (!known.has(key)) {
          fail(row, handleCell.index, "handle", "unknown_village", {
            vi: `không có làng nghề mã "${written}" trong cơ sở dữ liệu`,
            en: `no craft village with the code "${written}" in the database`,
          })
        } else if (firstRow !== undefined) {
          fail(row, handleCell.index, "handle", "duplicate_village", {
            vi: `làng "${written}" đã có ở dòng ${firstRow}`,
            en: `village "${written}" already appears in row ${firstRow}`,
          })
        } else {
          firstRowOf.set(key, row)
          handle = key
        }
      }
    }

    const counts: Partial<Record<Exclude<VillageFigureField, "status">, number>> = {}
    for (const field of ["households", "workers", "workers_trained", "households_env_compliant"] as const) {
      const cell = cellOf(field)
      if (!cell) continue
      const parsed = parseCount(cell.value)
      if (parsed.ok) counts[field] = parsed.value
      else cellError(field, cell.index, parsed.code, cell.value)
    }

    let status: CraftVillageStatus | null = null
    const statusCell = cellOf("status")
    if (statusCell) {
      if (isBlank(statusCell.value)) cellError("status", statusCell.index, "required", statusCell.value)
      else {
        status = parseCraftVillageStatus(String(statusCell.value))
        if (!status) cellError("status", statusCell.index, "invalid_status", statusCell.value)
      }
    }

    const { households, workers, workers_trained, households_env_compliant } = counts
    if (workers !== undefined && workers_trained !== undefined && workers_trained > workers) {
      fail(row, columnOf.get("workers_trained")!, "workers_trained", "workers_trained_exceeds_workers", {
        vi: `${workers_trained} lao động được đào tạo nhiều hơn số lao động (${workers})`,
        en: `${workers_trained} workers trained is more than the ${workers} workers`,
      })
    }
    if (households !== undefined && households_env_compliant !== undefined && households_env_compliant > households) {
      fail(row, columnOf.get("households_env_compliant")!, "households_env_compliant", "households_env_compliant_exceeds_households", {
        vi: `${households_env_compliant} hộ đạt quy định môi trường nhiều hơn số hộ (${households})`,
        en: `${households_env_compliant} households meeting environmental rules is more than the ${households} households`,
      })
    }

    if (
      handle !== null &&
      status !== null &&
      households !== undefined &&
      workers !== undefined &&
      workers_trained !== undefined &&
      households_env_compliant !== undefined
    ) {
      updates.push({ handle, row, households, workers, workers_trained, households_env_compliant, status })
    }
  })

  if (dataRows === 0) {
    fail(null, null, null, "no_rows", { vi: "Bảng không có dòng dữ liệu nào", en: "The sheet has no data rows" })
  }
  if (errors.length) {
    const order = (e: VillageImportError) => [e.row ?? Number.MAX_SAFE_INTEGER, e.column ? columnIndex(e.column.letter) : -1] as const
    errors.sort((a, b) => {
      const [ra, ca] = order(a)
      const [rb, cb] = order(b)
      return ra - rb || ca - cb
    })
    return { ok: false, errors }
  }
  return { ok: true, rows: updates }
}

/** The inverse of columnLetter: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]+$/.test(letters)) throw new RangeError(`Not a column letter: "${letters}"`)
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1
}

export type VillageFigureChange =
  | { field: Exclude<VillageFigureField, "status">; from: number; to: number }
  | { field: "status"; from: CraftVillageStatus; to: CraftVillageStatus }

/**
 * The audit-trail entries an update makes: one per figure that changes, none for a figure
 * that stays the same, in the import's column order.
 */
export function diffVillageFigures(current: VillageFigures, update: VillageFigures): VillageFigureChange[] {
  const changes: VillageFigureChange[] = []
  for (const field of ["households", "workers", "workers_trained", "households_env_compliant"] as const) {
    if (current[field] !== update[field]) changes.push({ field, from: current[field], to: update[field] })
  }
  if (current.status !== update.status) changes.push({ field: "status", from: current.status, to: update.status })
  return changes
}
