import { SVG_FONT_FAMILY, SVG_MONO_FONT_FAMILY } from "./fonts"
import { layoutLabel, round, type LabelContent, type LabelLayout } from "./layout"
import { qrSvgPathData } from "./qr"
import type { LabelSizeKey } from "./sizes"
import { escapeXml } from "./text"

/** One label as a standalone SVG, sized in millimetres for printing. */
export function renderLabelSvg(content: LabelContent, size: LabelSizeKey): string {
  return labelSvgMarkup(layoutLabel(content, size), "mm")
}

/**
 * The SVG of a laid-out label. The drawing is in mm (viewBox); `unit` only sets the outer size:
 * "mm" for print, "pt" (unitless, 1/72 inch) for rasterizers that scale by density/72.
 */
export function labelSvgMarkup(layout: LabelLayout, unit: "mm" | "pt"): string {
  const { widthMm, heightMm, qr, lines } = layout
  const outer = (mm: number) => (unit === "mm" ? `${mm}mm` : `${round((mm / 25.4) * 72)}`)
  let svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${outer(widthMm)}" height="${outer(heightMm)}" viewBox="0 0 ${widthMm} ${heightMm}">` +
    `<rect width="${widthMm}" height="${heightMm}" fill="#fff"/>` +
    `<path transform="translate(${round(qr.x)} ${round(qr.y)}) scale(${qr.moduleMm.toFixed(6)})" fill="#000" shape-rendering="crispEdges" d="${qrSvgPathData(qr.matrix)}"/>` +
    `<g font-family="${SVG_FONT_FAMILY}" fill="#000">`
  for (const line of lines) {
    const font =
      line.font === "bold" ? ` font-weight="700"` : line.font === "mono" ? ` font-family="${SVG_MONO_FONT_FAMILY}" font-weight="700"` : ""
    const anchor = line.anchor === "middle" ? ` text-anchor="middle"` : ""
    svg += `<text x="${round(line.x)}" y="${line.y}" font-size="${line.size}"${font}${anchor}>${escapeXml(line.text)}</text>`
  }
  return `${svg}</g></svg>`
}
