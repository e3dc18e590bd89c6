import { textWidthEm, type FontKey } from "./fonts"
import { QR_QUIET_ZONE, qrMatrix, type QrMatrix } from "./qr"
import { labelSize, type LabelSizeKey } from "./sizes"
import { cleanText, ellipsize, formatTraceCode, ocopLabel, wrapText } from "./text"

export type LabelContent = {
  url: string
  /** Human-readable trace code, printed in blocks of four. */
  code: string
  productName: string
  producerName: string
  ocopStars?: number | null
  /** Geographical indication or collective mark, e.g. "Chè Shan tuyết Hà Giang". */
  markName?: string | null
  lotNumber?: string | null
}

/** One line of text; `x`/`y` in mm from the label's top-left, `y` on the baseline, `size` the font size in mm. */
export type LabelTextLine = { text: string; x: number; y: number; size: number; font: FontKey; anchor: "start" | "middle"; width: number }

/** What to draw on one label, in mm: the QR symbol (quiet zone included in `sizeMm`) and the text lines. */
export type LabelLayout = {
  widthMm: number
  heightMm: number
  qr: { x: number; y: number; sizeMm: number; moduleMm: number; matrix: QrMatrix }
  lines: LabelTextLine[]
}

type Block = { text: string; font: FontKey; size: number; maxLines: number; /** lower gives up lines first */ priority: number }

/** Per size: where the QR and the text box go, and the type sizes (mm; 2.1 mm ≈ 6 pt). */
const DESIGNS: Record<LabelSizeKey, {
  qr: { x: number; y: number; size: number }
  box: { x: number; y: number; width: number; height: number }
  anchor: "start" | "middle"
  name: { size: number; maxLines: number }
  producer: { size: number; maxLines: number }
  ocop: { size: number }
  mark: { size: number; maxLines: number; sameLineAsOcop: boolean }
  lot: { size: number }
  code: { size: number; minSize: number }
  leading: number
}> = {
  // Portrait: QR across the top, text centred below it.
  "30x40": {
    qr: { x: 3, y: 0, size: 24 },
    box: { x: 1.2, y: 24.3, width: 27.6, height: 15.3 },
    anchor: "middle",
    name: { size: 2.4, maxLines: 2 },
    producer: { size: 1.95, maxLines: 1 },
    ocop: { size: 1.85 },
    mark: { size: 1.85, maxLines: 1, sameLineAsOcop: true },
    lot: { size: 1.85 },
    code: { size: 2.3, minSize: 1.4 },
    leading: 1.17,
  },
  // Landscape: QR on the left, text to its right.
  "50x30": {
    qr: { x: 0, y: 1, size: 28 },
    box: { x: 28.2, y: 1.6, width: 20.6, height: 27 },
    anchor: "start",
    name: { size: 2.5, maxLines: 3 },
    producer: { size: 2, maxLines: 2 },
    ocop: { size: 2 },
    mark: { size: 1.9, maxLines: 2, sameLineAsOcop: false },
    lot: { size: 1.9 },
    code: { size: 2.3, minSize: 1.3 },
    leading: 1.17,
  },
}

/** Lays out one label; shared by the SVG and PDF renderers so both print the same thing. */
export function layoutLabel(content: LabelContent, size: LabelSizeKey): LabelLayout {
  const { widthMm, heightMm } = labelSize(size)
  const design = DESIGNS[size]
  const matrix = qrMatrix(content.url)
  const moduleMm = design.qr.size / (matrix.size + 2 * QR_QUIET_ZONE)

  const { box, leading } = design
  const blocks: Block[] = []
  const add = (text: string, font: FontKey, fontSize: number, maxLines: number, priority: number) => {
    if (text) blocks.push({ text, font, size: fontSize, maxLines, priority })
  }
  add(cleanText(content.productName), "bold", design.name.size, design.name.maxLines, 3)
  add(cleanText(content.producerName), "regular", design.producer.size, design.producer.maxLines, 2)
  const ocop = ocopLabel(content.ocopStars)
  const mark = cleanText(content.markName)
  if (design.mark.sameLineAsOcop) {
    add([ocop, mark].filter(Boolean).join(" · "), "regular", design.ocop.size, 1, 1)
  } else {
    add(ocop, "regular", design.ocop.size, 1, 1)
    add(mark, "regular", design.mark.size, design.mark.maxLines, 1)
  }
  const lot = cleanText(content.lotNumber)
  add(lot ? `Lô ${lot}` : "", "regular", design.lot.size, 1, 0)

  // The code sits on the bottom line, shrunk if a long code would not fit the width.
  const code = formatTraceCode(cleanText(content.code))
  let codeSize = design.code.size
  const codeWidthEm = textWidthEm(code, "mono")
  if (codeWidthEm * codeSize > box.width) codeSize = Math.max(design.code.minSize, Math.floor((box.width / codeWidthEm) * 1000) / 1000)
  const codeText = ellipsize(code, "mono", codeSize, box.width)
  const codeHeight = codeText ? codeSize * leading : 0
  const available = box.height - codeHeight

  // Wrap every block, then give up lines (least important block first) until all fit.
  const wrapped = blocks.map((b) => wrapText(b.text, b.font, b.size, box.width, b.maxLines))
  const height = () => wrapped.reduce((sum, lines, i) => sum + lines.length * blocks[i]!.size * leading, 0)
  while (height() > available && blocks.length) {
    const shrinkable = wrapped
      .map((lines, i) => ({ i, lines: lines.length, priority: blocks[i]!.priority }))
      .filter((b) => b.lines > 1)
      .sort((a, b) => a.priority - b.priority)[0]
    if (shrinkable) {
      const b = blocks[shrinkable.i]!
      b.maxLines = shrinkable.lines - 1
      wrapped[shrinkable.i] = wrapText(b.text, b.font, b.size, box.width, b.maxLines)
    } else {
      // Every block is one line and still too tall: drop the least important one.
      const drop = blocks.reduce((lowest, b, i) => (b.priority < blocks[lowest]!.priority ? i : lowest), 0)
      blocks.splice(drop, 1)
      wrapped.splice(drop, 1)
    }
  }

  const x = design.anchor === "middle" ? box.x + box.width / 2 : box.x
  const lines: LabelTextLine[] = []
  let top = box.y
  const place = (text: string, font: FontKey, fontSize: number, lineTop: number) => {
    // Baseline at ~80 % of the em box below the line's top, which clears accents on capitals (Ấ, Ố).
    const baseline = lineTop + fontSize * (0.8 + (leading - 1) / 2)
    lines.push({ text, x, y: round(baseline), size: fontSize, font, anchor: design.anchor, width: textWidthEm(text, font) * fontSize })
  }
  wrapped.forEach((blockLines, i) => {
    const b = blocks[i]!
    for (const text of blockLines) {
      place(text, b.font, b.size, top)
      top += b.size * leading
    }
  })
  if (codeText) place(codeText, "mono", codeSize, box.y + box.height - codeHeight)

  return {
    widthMm,
    heightMm,
    qr: { x: design.qr.x, y: design.qr.y, sizeMm: design.qr.size, moduleMm, matrix },
    lines,
  }
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000
}
