import { readFileSync } from "node:fs"
import path from "node:path"
import * as fontkit from "fontkit"

/**
 * Fonts come from the dejavu-fonts-ttf package, never from the system: a fresh server has no
 * fonts, and DejaVu Sans covers Vietnamese (precomposed letters with two diacritics) and ★.
 */
export type FontKey = "regular" | "bold" | "mono"

const FONT_FILES: Record<FontKey, string> = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  mono: "DejaVuSansMono-Bold.ttf",
}

/** CSS font stacks for the SVG: Noto Sans where installed, else the DejaVu fonts the PDF embeds. */
export const SVG_FONT_FAMILY = "Noto Sans, DejaVu Sans, Arial, sans-serif"
export const SVG_MONO_FONT_FAMILY = "DejaVu Sans Mono, Noto Sans Mono, Consolas, monospace"

let fontDirectory: string | undefined

/** Folder of the shipped TrueType files. */
export function fontDir(): string {
  fontDirectory ??= path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf")
  return fontDirectory
}

const buffers = new Map<FontKey, Buffer>()

export function fontBuffer(key: FontKey): Buffer {
  let buffer = buffers.get(key)
  if (!buffer) {
    buffer = readFileSync(path.join(fontDir(), FONT_FILES[key]))
    buffers.set(key, buffer)
  }
  return buffer
}

type Metrics = { font: fontkit.Font; advance: Map<number, number> }
const metrics = new Map<FontKey, Metrics>()

function metricsFor(key: FontKey): Metrics {
  let m = metrics.get(key)
  if (!m) {
    m = { font: fontkit.create(fontBuffer(key)), advance: new Map() }
    metrics.set(key, m)
  }
  return m
}

/**
 * Width of `text` in em (multiply by the font size). Sums glyph advances without kerning, which
 * is never narrower than what the PDF draws, so text measured to fit does fit.
 */
export function textWidthEm(text: string, key: FontKey): number {
  const m = metricsFor(key)
  let width = 0
  for (const char of text) {
    const codePoint = char.codePointAt(0)!
    let advance = m.advance.get(codePoint)
    if (advance === undefined) {
      advance = m.font.glyphForCodePoint(codePoint).advanceWidth / m.font.unitsPerEm
      m.advance.set(codePoint, advance)
    }
    width += advance
  }
  return width
}
