/** Label sizes we print, width × height in millimetres, and how they tile an A4 sheet. */

export type LabelSizeKey = "30x40" | "50x30"

export const LABEL_SIZES: Record<LabelSizeKey, { widthMm: number; heightMm: number; label: { vi: string; en: string } }> = {
  "30x40": { widthMm: 30, heightMm: 40, label: { vi: "Nhãn 30×40 mm (dọc)", en: "30×40 mm label (portrait)" } },
  "50x30": { widthMm: 50, heightMm: 30, label: { vi: "Nhãn 50×30 mm (ngang)", en: "50×30 mm label (landscape)" } },
}

export const LABEL_SIZE_KEYS = Object.keys(LABEL_SIZES) as LabelSizeKey[]

export function isLabelSizeKey(value: unknown): value is LabelSizeKey {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(LABEL_SIZES, value)
}

export const A4_MM = { widthMm: 210, heightMm: 297 } as const

/** Office printers cannot print the outer ~5 mm of a sheet; 7 mm keeps labels and crop marks clear of it. */
const SHEET_MARGIN_MM = 7
/** Room for a cut between neighbouring labels. */
const SHEET_GAP_MM = 3

export type SheetLayout = { columns: number; rows: number; perPage: number; marginMm: number; gapMm: number }

/** How many labels of a size fit on an A4 portrait sheet with at least `marginMm` around and `gapMm` between. */
export function sheetLayout(size: LabelSizeKey): SheetLayout {
  const { widthMm, heightMm } = labelSize(size)
  const fit = (page: number, label: number) => Math.floor((page - 2 * SHEET_MARGIN_MM + SHEET_GAP_MM) / (label + SHEET_GAP_MM))
  const columns = fit(A4_MM.widthMm, widthMm)
  const rows = fit(A4_MM.heightMm, heightMm)
  return { columns, rows, perPage: columns * rows, marginMm: SHEET_MARGIN_MM, gapMm: SHEET_GAP_MM }
}

/**
 * Top-left corner (mm from the page's top-left) of the label at `index` on its page, counted
 * row by row. The grid is centred, so the outer margins are `marginMm` or a little more.
 */
export function labelPosition(size: LabelSizeKey, index: number): { xMm: number; yMm: number } {
  const { widthMm, heightMm } = labelSize(size)
  const { columns, rows, perPage, gapMm } = sheetLayout(size)
  if (!Number.isInteger(index) || index < 0 || index >= perPage) throw new RangeError(`Label index ${index} is not on a ${size} sheet (0..${perPage - 1})`)
  const gridWidth = columns * widthMm + (columns - 1) * gapMm
  const gridHeight = rows * heightMm + (rows - 1) * gapMm
  const column = index % columns
  const row = Math.floor(index / columns)
  return {
    xMm: (A4_MM.widthMm - gridWidth) / 2 + column * (widthMm + gapMm),
    yMm: (A4_MM.heightMm - gridHeight) / 2 + row * (heightMm + gapMm),
  }
}

export function labelSize(size: LabelSizeKey) {
  if (!isLabelSizeKey(size)) throw new RangeError(`Unknown label size "${String(size)}"; expected one of ${LABEL_SIZE_KEYS.join(", ")}`)
  return LABEL_SIZES[size]
}
