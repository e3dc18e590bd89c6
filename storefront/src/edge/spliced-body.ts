import zlib from "node:zlib"

/**
 * A response body made of fixed pieces (kept between requests) and fresh parts (made for
 * each request), in plain bytes or gzip. The gzip form compresses only the fresh parts per
 * request: each piece is a raw deflate stream ended with a sync flush (byte-aligned, not
 * final, no reference to what came before), so the compressed pieces can be laid end to
 * end inside one gzip member, closed by an empty final block and the CRC-32 and length
 * of the whole (RFC 1951 §3.2.3–3.2.4, RFC 1952). Compressing a whole 40 KB trace page
 * for every scan cost about as much as everything else the edge does for it.
 */

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff])
// An empty fixed-Huffman block with BFINAL set: ends the deflate stream.
const FINAL_BLOCK = Buffer.from([0x03, 0x00])
const crc32 = (zlib as unknown as { crc32?: (data: Buffer, value?: number) => number }).crc32

function deflatePiece(bytes: Buffer, level: number): Buffer {
  return zlib.deflateRawSync(bytes, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH })
}

export class SplicedBody {
  private readonly plain: Buffer[]
  private compressed: Buffer[] | null = null

  constructor(pieces: string[]) {
    this.plain = pieces.map((piece) => Buffer.from(piece, "utf8"))
  }

  /** pieces[0] + parts[0] + pieces[1] + …, as bytes. */
  bytes(parts: string[]): Buffer {
    return Buffer.concat(this.interleave(this.plain, parts.map((part) => Buffer.from(part, "utf8"))))
  }

  /** The same bytes as one gzip member; null where this Node.js has no zlib.crc32 (before 20.15). */
  gzip(parts: string[]): Buffer | null {
    if (!crc32) return null
    this.compressed ??= this.plain.map((piece) => deflatePiece(piece, 6))
    const fresh = parts.map((part) => Buffer.from(part, "utf8"))
    let crc = 0
    let length = 0
    for (const chunk of this.interleave(this.plain, fresh)) {
      // Node 20's zlib.crc32 answers 0 for some empty buffers instead of the running value.
      if (chunk.length) crc = crc32(chunk, crc)
      length += chunk.length
    }
    const trailer = Buffer.alloc(8)
    trailer.writeUInt32LE(crc >>> 0, 0)
    trailer.writeUInt32LE(length >>> 0, 4)
    return Buffer.concat([GZIP_HEADER, ...this.interleave(this.compressed, fresh.map((part) => deflatePiece(part, 1))), FINAL_BLOCK, trailer])
  }

  private interleave(pieces: Buffer[], parts: Buffer[]): Buffer[] {
    const out: Buffer[] = []
    pieces.forEach((piece, i) => {
      out.push(piece)
      if (i < pieces.length - 1) out.push(parts[i] ?? Buffer.alloc(0))
    })
    return out
  }
}
