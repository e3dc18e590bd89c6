import zlib from "node:zlib"
import { crc32Combine } from "./crc32"

/**
 * A response body made of fixed pieces (kept between requests) and fresh parts (made for
 * each request), in plain bytes or gzip. The gzip form compresses only the fresh parts per
 * request: each piece is a raw deflate stream ended with a sync flush (byte-aligned, not
 * final, no reference to what came before), so the compressed pieces can be laid end to
 * end inside one gzip member, closed by an empty final block and the CRC-32 and length
 * of the whole (RFC 1951 §3.2.3–3.2.4, RFC 1952). Compressing a whole 40 KB trace page
 * for every scan cost about as much as everything else the edge does for it.
 *
 * Only the compressed pieces are kept, with each piece's length and CRC-32 (combined into
 * the whole's, see crc32Combine): the edge keeps thousands of pages, and the plain text is
 * several times the size. Plain bytes, for the rare client without gzip, are inflated anew.
 */

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff])
// An empty fixed-Huffman block with BFINAL set: ends the deflate stream.
const FINAL_BLOCK = Buffer.from([0x03, 0x00])
const crc32 = (zlib as unknown as { crc32?: (data: Buffer, value?: number) => number }).crc32
// A piece's Buffer view and record on the heap, roughly.
const PIECE_OVERHEAD = 100

type DeflatedPiece = { deflated: Buffer; length: number; crc: number }

function deflatePiece(bytes: Buffer, level: number): Buffer {
  return zlib.deflateRawSync(bytes, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH })
}

/** The deflated pieces copied into one allocation of their exact size. */
function packed(deflated: Buffer[]): Buffer[] {
  // zlib answers with a view into a 16 KB chunk, which a 200-byte piece would keep whole.
  const store = Buffer.allocUnsafeSlow(deflated.reduce((sum, piece) => sum + piece.length, 0))
  let at = 0
  return deflated.map((piece) => {
    piece.copy(store, at)
    at += piece.length
    return store.subarray(at - piece.length, at)
  })
}

export class SplicedBody {
  /**
   * Either the pieces deflated (level 6, once), or, where this Node.js has no zlib.crc32
   * (before 20.15), the plain pieces: without CRC-32s no gzip member can be closed, so
   * there is nothing to send deflated, and bytes() needs the text.
   */
  private readonly pieces: { deflated: DeflatedPiece[] } | { plain: Buffer[] }

  constructor(pieces: string[]) {
    const plain = pieces.map((piece) => Buffer.from(piece, "utf8"))
    if (!crc32) {
      this.pieces = { plain }
      return
    }
    const deflated = packed(plain.map((piece) => deflatePiece(piece, 6)))
    // Node 20's zlib.crc32 answers 0 for some empty buffers instead of the running value.
    this.pieces = { deflated: plain.map((piece, i) => ({ deflated: deflated[i]!, length: piece.length, crc: piece.length ? crc32(piece) : 0 })) }
  }

  /** Bytes held for this body, roughly: what a cache of many pages should count. */
  get size(): number {
    const held = "plain" in this.pieces ? this.pieces.plain : this.pieces.deflated.map((piece) => piece.deflated)
    return held.reduce((sum, piece) => sum + piece.length + PIECE_OVERHEAD, 0)
  }

  /** pieces[0] + parts[0] + pieces[1] + …, as bytes. */
  bytes(parts: string[]): Buffer {
    const plain =
      "plain" in this.pieces ? this.pieces.plain : this.pieces.deflated.map((piece) => zlib.inflateRawSync(piece.deflated, { finishFlush: zlib.constants.Z_SYNC_FLUSH }))
    return Buffer.concat(interleave(plain, parts.map((part) => Buffer.from(part, "utf8"))))
  }

  /** The same bytes as one gzip member; null where this Node.js has no zlib.crc32 (before 20.15). */
  gzip(parts: string[]): Buffer | null {
    if (!crc32 || "plain" in this.pieces) return null
    const pieces = this.pieces.deflated
    const fresh = parts.map((part) => Buffer.from(part, "utf8"))
    let crc = 0
    let length = 0
    pieces.forEach((piece, i) => {
      crc = crc32Combine(crc, piece.crc, piece.length)
      length += piece.length
      const part = fresh[i]
      // A missing or empty part adds nothing (and Node 20's crc32 can lose the running value on it).
      if (i < pieces.length - 1 && part?.length) {
        crc = crc32(part, crc)
        length += part.length
      }
    })
    const trailer = Buffer.alloc(8)
    trailer.writeUInt32LE(crc >>> 0, 0)
    trailer.writeUInt32LE(length >>> 0, 4)
    const compressed = interleave(
      pieces.map((piece) => piece.deflated),
      fresh.map((part) => deflatePiece(part, 1))
    )
    return Buffer.concat([GZIP_HEADER, ...compressed, FINAL_BLOCK, trailer])
  }
}

/** pieces[0], parts[0], pieces[1], …: a missing part is empty, parts beyond the last piece are left out. */
function interleave(pieces: Buffer[], parts: Buffer[]): Buffer[] {
  const out: Buffer[] = []
  pieces.forEach((piece, i) => {
    out.push(piece)
    if (i < pieces.length - 1) out.push(parts[i] ?? Buffer.alloc(0))
  })
  return out
}
