/**
 * Cutting a kept catalogue page at the cart-count marker (see ../lib/cart/cart-count and
 * ./page-cache), so that each visitor's count can be put in its place.
 *
 * The marker is in the HTML (the header's badge, `data-count`, the cart link's name) and,
 * because Next.js sends the page's React payload along in the HTML
 * (`<script>self.__next_f.push([1,"…"])</script>`), in that payload too, from which the
 * browser hydrates the header. Replacing every occurrence with the same digits keeps the
 * two in step, with one exception: the payload's rows are newline-ended, except text and
 * binary rows (`<id>:T<hex byte length>,<bytes>`, and the typed-array tags), which carry
 * their length. A marker inside such a row cannot be replaced without making the length
 * wrong, so such a page is refused (Next.js then answers its visitors), as is one where
 * a payload chunk boundary cuts a marker in two (it would stay unreplaced in the HTML).
 */

/** Row tags whose rows carry a byte length instead of ending at a newline (React Flight's client, processBinaryChunk). */
const LENGTH_ROW_TAGS = new Set([..."TAOobUSsLlGgMmV"].map((c) => c.charCodeAt(0)))
const FLIGHT_SCRIPT = /self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g

export type PageCut = { pieces: string[] } | { refused: string }

/** The page cut at every `marker` (n markers: n + 1 pieces), or why it cannot be. */
export function cutAtMarker(html: string, marker: string): PageCut {
  if (!/^[A-Za-z0-9]{8,}$/.test(marker)) throw new Error("the marker must be 8 or more ASCII letters and digits")
  const chunks: Buffer[] = []
  for (const match of html.matchAll(FLIGHT_SCRIPT)) {
    let instruction: unknown
    try {
      instruction = JSON.parse(match[1]!)
    } catch {
      return { refused: "a React payload script that is not JSON" }
    }
    if (!Array.isArray(instruction)) return { refused: "a React payload script that is not an array" }
    const [type, data] = instruction as [unknown, unknown]
    if (typeof data !== "string" || (type !== 1 && type !== 3)) continue
    const decoded = type === 1 ? Buffer.from(data, "utf8") : Buffer.from(data, "base64")
    // What the splice replaces (the chunk as written in the HTML) must be what the browser reads.
    if (occurrences(Buffer.from(match[1]!, "utf8"), marker).length !== occurrences(decoded, marker).length) {
      return { refused: "a marker in the React payload is not written as it is read (escaped or base64)" }
    }
    chunks.push(decoded)
  }
  const payload = Buffer.concat(chunks)
  const found = occurrences(payload, marker)
  const inChunks = chunks.reduce((sum, chunk) => sum + occurrences(chunk, marker).length, 0)
  if (found.length !== inChunks) return { refused: "a React payload chunk boundary cuts a marker" }
  for (const [start, end] of lengthRows(payload)) {
    if (found.some((at) => at < end && at + marker.length > start)) return { refused: "a marker is inside a length-prefixed row (T) of the React payload" }
  }
  return { pieces: html.split(marker) }
}

function occurrences(bytes: Buffer, marker: string): number[] {
  const found: number[] = []
  for (let at = bytes.indexOf(marker, 0, "latin1"); at !== -1; at = bytes.indexOf(marker, at + marker.length, "latin1")) found.push(at)
  return found
}

/** Byte ranges of the payload's length-prefixed rows, read as React's client reads them. */
export function lengthRows(bytes: Buffer): Array<[number, number]> {
  const rows: Array<[number, number]> = []
  let i = 0
  let state: "id" | "tag" | "length" | "line" = "id"
  let length = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (state === "id") {
      i++
      if (b === 0x3a) state = "tag"
    } else if (state === "tag") {
      if (LENGTH_ROW_TAGS.has(b)) {
        state = "length"
        i++
      } else {
        // A one-letter tag or none: the row ends at the newline either way.
        state = "line"
      }
    } else if (state === "length") {
      i++
      if (b === 0x2c) {
        const end = Math.min(bytes.length, i + length)
        rows.push([i, end])
        i = end
        state = "id"
        length = 0
      } else {
        length = length * 16 + (b > 96 ? b - 87 : b - 48)
      }
    } else {
      const newline = bytes.indexOf(0x0a, i)
      i = newline === -1 ? bytes.length : newline + 1
      state = "id"
    }
  }
  return rows
}
