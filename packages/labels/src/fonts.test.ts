import { mkdtempSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { renderLabelPng } from "./index"

// A server without any system fonts: this file's process (vitest runs each test file in its
// own) gets a fontconfig that knows no fonts, so only the fonts the package ships can draw text.
const empty = path.join(mkdtempSync(path.join(os.tmpdir(), "cln-labels-nofonts-")), "fonts.conf")
writeFileSync(empty, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig><cachedir>${path.dirname(empty)}</cachedir></fontconfig>\n`)
process.env.FONTCONFIG_FILE = empty

describe("renderLabelPng on a machine without fonts", () => {
  it("draws the text with the shipped DejaVu fonts instead of a box per letter", async () => {
    const png = await renderLabelPng(
      { url: "https://cholangnghe.vn/t/7KQ2M9XW4HJD", code: "7KQ2M9XW4HJD", productName: "Chè Hồng Thái", producerName: "Làng Vạn Phúc" },
      "50x30",
    )
    // The text column right of the QR code (28.2 mm on) at 300 dpi.
    const { data } = await sharp(png).extract({ left: 334, top: 0, width: 256, height: 354 }).greyscale().raw().toBuffer({ resolveWithObject: true })
    let dark = 0
    for (const v of data) if (v < 128) dark++
    // Real glyphs at 2–2.5 mm ink about 5,000 pixels here; missing-glyph boxes, drawn at a
    // fallback size, ink over 15,000.
    expect(dark).toBeGreaterThan(2_000)
    expect(dark).toBeLessThan(9_000)
  })
})
