import QRCode from "qrcode"

/** Modules of white around the symbol, as ISO/IEC 18004 asks for. */
export const QR_QUIET_ZONE = 4

export type QrMatrix = { size: number; modules: Uint8Array }

/** The QR symbol for `url` with error correction level M (15 % of the symbol can be damaged). `modules[y * size + x]` is 1 for dark. */
export function qrMatrix(url: string): QrMatrix {
  if (typeof url !== "string" || url.length === 0) throw new RangeError("A label needs a non-empty URL for its QR code")
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" })
  return { size: modules.size, modules: modules.data }
}

/** Dark modules merged into horizontal runs: [x, y, length] triples, quiet zone not included. */
export function qrRuns(matrix: QrMatrix): number[] {
  const { size, modules } = matrix
  const runs: number[] = []
  for (let y = 0; y < size; y++) {
    const row = y * size
    let x = 0
    while (x < size) {
      if (!modules[row + x]) {
        x++
        continue
      }
      const start = x
      while (x < size && modules[row + x]) x++
      runs.push(start, y, x - start)
    }
  }
  return runs
}

/**
 * SVG path data for the symbol in module units, quiet zone included (the symbol starts at
 * 4,4): one subpath per run, so the whole code is a single small <path>.
 */
export function qrSvgPathData(matrix: QrMatrix): string {
  const runs = qrRuns(matrix)
  let d = ""
  for (let i = 0; i < runs.length; i += 3) {
    const length = runs[i + 2]!
    d += `M${runs[i]! + QR_QUIET_ZONE} ${runs[i + 1]! + QR_QUIET_ZONE}h${length}v1h-${length}z`
  }
  return d
}
