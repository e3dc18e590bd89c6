import { textWidthEm, type FontKey } from "./fonts"

const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text for an SVG element or attribute: markup characters escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, "").replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!)
}

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }

/** One line of label text: composed (NFC) so each Vietnamese letter is one glyph, whitespace collapsed, control characters dropped. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return ""
  return text.normalize("NFC").replace(INVALID_XML_CHARS, "").replace(/\s+/g, " ").trim()
}

/** The human-readable code in blocks of four for reading aloud and typing: "7KQ2M9XW4HJD" → "7KQ2 M9XW 4HJD". */
export function formatTraceCode(code: string): string {
  const compact = code.replace(/[\s-]+/g, "").toUpperCase()
  return compact.replace(/(.{4})(?=.)/g, "$1 ")
}

/** "OCOP ★★★★" for a 1–5 star OCOP rating; empty when there is none. */
export function ocopLabel(stars: number | null | undefined): string {
  if (stars == null || !Number.isFinite(stars)) return ""
  const count = Math.max(0, Math.min(5, Math.round(stars)))
  return count ? `OCOP ${"★".repeat(count)}` : ""
}

const ELLIPSIS = "…"

/** Cuts `text` at the end and adds "…" so it fits `maxWidth` (same unit as `size`). */
export function ellipsize(text: string, font: FontKey, size: number, maxWidth: number): string {
  if (textWidthEm(text, font) * size <= maxWidth) return text
  const chars = Array.from(text)
  while (chars.length) {
    chars.pop()
    const candidate = chars.join("").trimEnd() + ELLIPSIS
    if (textWidthEm(candidate, font) * size <= maxWidth) return candidate
  }
  return textWidthEm(ELLIPSIS, font) * size <= maxWidth ? ELLIPSIS : ""
}

/**
 * Greedy word wrap into at most `maxLines` lines of at most `maxWidth`; a word longer than a
 * line is broken between letters, and text that does not fit ends in "…".
 */
export function wrapText(text: string, font: FontKey, size: number, maxWidth: number, maxLines: number): string[] {
  const fits = (s: string) => textWidthEm(s, font) * size <= maxWidth
  const lines: string[] = []
  let current = ""
  for (let word of cleanText(text).split(" ")) {
    if (!word) continue
    const candidate = current ? `${current} ${word}` : word
    if (fits(candidate)) {
      current = candidate
      continue
    }
    if (current) lines.push(current)
    // A word wider than the line is broken between letters.
    while (!fits(word)) {
      const chars = Array.from(word)
      let take = chars.length - 1
      while (take > 1 && !fits(chars.slice(0, take).join(""))) take--
      lines.push(chars.slice(0, take).join(""))
      word = chars.slice(take).join("")
    }
    current = word
  }
  if (current) lines.push(current)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, Math.max(0, maxLines - 1))
  if (maxLines > 0) kept.push(ellipsize(lines.slice(maxLines - 1).join(" "), font, size, maxWidth))
  return kept
}
