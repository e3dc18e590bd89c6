import { createHash } from "node:crypto"
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import sharp from "sharp"
import { fontDir } from "./fonts"
import { layoutLabel, type LabelContent } from "./layout"
import type { LabelSizeKey } from "./sizes"
import { labelSvgMarkup } from "./svg"

/** One label as a PNG at `dpi` (300 by default), rasterized from the same SVG. */
export async function renderLabelPng(content: LabelContent, size: LabelSizeKey, dpi = 300): Promise<Buffer> {
  if (!Number.isFinite(dpi) || dpi < 36 || dpi > 2400) throw new RangeError(`dpi must be between 36 and 2400, got ${dpi}`)
  ensureShippedFonts()
  // librsvg converts mm with the density and libvips scales by density/72 again, so the SVG
  // handed to sharp is sized in points: its pixels are then exactly mm / 25.4 × dpi.
  const svg = labelSvgMarkup(layoutLabel(content, size), "pt")
  return sharp(Buffer.from(svg), { density: dpi }).png().withMetadata({ density: dpi }).toBuffer()
}

let fontsReady = false

/**
 * sharp draws SVG text with fontconfig, which on a fresh server finds no fonts at all (every
 * letter a big box). Point fontconfig at a config that keeps the system's own (or the one the
 * process chose) and adds the DejaVu files this package ships. Fontconfig reads it when it
 * first draws text, so this runs before our first render.
 */
function ensureShippedFonts() {
  if (fontsReady) return
  fontsReady = true
  const dir = path.join(os.tmpdir(), "cln-labels-fontconfig")
  const base = process.env.FONTCONFIG_FILE || "/etc/fonts/fonts.conf"
  if (path.dirname(base) === dir) return // a parent process already set ours up
  const conf =
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n` +
    `  <include ignore_missing="yes">${escapeConf(base)}</include>\n` +
    `  <dir>${escapeConf(fontDir())}</dir>\n` +
    `  <cachedir>${escapeConf(path.join(dir, "cache"))}</cachedir>\n</fontconfig>\n`
  // Named by its content, so installs in different folders never share a stale file.
  const file = path.join(dir, `fonts-${createHash("sha256").update(conf).digest("hex").slice(0, 12)}.conf`)
  try {
    mkdirSync(dir, { recursive: true })
    if (!existsSync(file)) {
      const temp = `${file}.${process.pid}`
      writeFileSync(temp, conf)
      renameSync(temp, file)
    }
    process.env.FONTCONFIG_FILE = file
  } catch {
    // A read-only temp folder: keep the fonts fontconfig finds by itself.
  }
}

function escapeConf(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;")
}
