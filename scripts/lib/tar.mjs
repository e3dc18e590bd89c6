// A small ustar writer and reader for the uploaded files of a backup: regular files only,
// POSIX pax headers for paths longer than ustar holds. Node has gzip but no tar, and the
// backup must work where only Node and npm are installed.
import { createHash } from "node:crypto"
import { createReadStream, createWriteStream, mkdirSync, readdirSync, statSync } from "node:fs"
import path from "node:path"
import { pipeline } from "node:stream/promises"
import { once } from "node:events"
import zlib from "node:zlib"

const BLOCK = 512

function octal(value, width) {
  return value.toString(8).padStart(width - 1, "0") + "\0"
}

function header(name, size, mtime, type = "0") {
  const block = Buffer.alloc(BLOCK)
  block.write(name, 0, 100, "utf8")
  block.write(octal(0o644, 8), 100, "ascii")
  block.write(octal(0, 8), 108, "ascii")
  block.write(octal(0, 8), 116, "ascii")
  block.write(octal(size, 12), 124, "ascii")
  block.write(octal(Math.floor(mtime / 1000), 12), 136, "ascii")
  block.fill(" ", 148, 156)
  block.write(type, 156, "ascii")
  block.write("ustar\0", 257, "ascii")
  block.write("00", 263, "ascii")
  let sum = 0
  for (const byte of block) sum += byte
  block.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "ascii")
  return block
}

/** A pax record "<len> path=<name>\n", whose length counts its own digits. */
function paxRecord(key, value) {
  const body = ` ${key}=${value}\n`
  let length = Buffer.byteLength(body) + 1
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body)
  return Buffer.from(`${length}${body}`)
}

const padding = (size) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK)

/** Regular files under `dir`, as sorted forward-slash paths relative to it. */
export function listFiles(dir, base = dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) listFiles(full, base, out)
    else if (entry.isFile()) out.push(path.relative(base, full).split(path.sep).join("/"))
  }
  return out.sort()
}

/**
 * Writes every regular file under `dir` to a gzipped tar at `archive`. Returns the files
 * with their size and sha256, hashed from the bytes that went into the archive.
 */
export async function writeTarGz(dir, archive) {
  const files = listFiles(dir)
  const entries = []
  const gzip = zlib.createGzip({ level: 6 })
  const done = pipeline(gzip, createWriteStream(archive))
  const write = async (chunk) => {
    if (!gzip.write(chunk)) await once(gzip, "drain")
  }
  for (const name of files) {
    const full = path.join(dir, ...name.split("/"))
    const { mtimeMs } = statSync(full)
    const hash = createHash("sha256")
    const chunks = []
    let size = 0
    // Read first, then write the header with the size actually read: a file growing meanwhile stays consistent.
    for await (const chunk of createReadStream(full)) {
      hash.update(chunk)
      chunks.push(chunk)
      size += chunk.length
    }
    if (Buffer.byteLength(name) > 100) {
      const pax = paxRecord("path", name)
      await write(header("PaxHeader", pax.length, mtimeMs, "x"))
      await write(pax)
      await write(padding(pax.length))
    }
    await write(header(Buffer.byteLength(name) > 100 ? name.slice(0, 99) : name, size, mtimeMs))
    for (const chunk of chunks) await write(chunk)
    await write(padding(size))
    entries.push({ path: name, size, sha256: hash.digest("hex") })
  }
  gzip.end(Buffer.alloc(BLOCK * 2))
  await done
  return entries
}

/** Reads exact byte counts from an async iterable of buffers. */
class ByteReader {
  constructor(iterable) {
    this.iterator = iterable[Symbol.asyncIterator]()
    this.chunks = []
    this.buffered = 0
  }
  async read(n) {
    while (this.buffered < n) {
      const { value, done } = await this.iterator.next()
      if (done) return null
      this.chunks.push(value)
      this.buffered += value.length
    }
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks)
    const out = all.subarray(0, n)
    const rest = all.subarray(n)
    this.chunks = rest.length ? [rest] : []
    this.buffered = rest.length
    return out
  }
}

const field = (block, start, length) => block.toString("utf8", start, start + length).replace(/\0.*$/s, "")

/**
 * Extracts a gzipped tar written by writeTarGz into `dir` (created). Returns each file
 * with its size and the sha256 of the bytes written. Refuses paths that leave `dir`.
 */
export async function extractTarGz(archive, dir) {
  mkdirSync(dir, { recursive: true })
  const reader = new ByteReader(createReadStream(archive).pipe(zlib.createGunzip()))
  const entries = []
  let paxPath
  for (;;) {
    const block = await reader.read(BLOCK)
    if (!block || block.every((b) => b === 0)) break
    const size = parseInt(field(block, 124, 12).trim() || "0", 8)
    const type = field(block, 156, 1) || "0"
    const prefix = field(block, 345, 155)
    const name = paxPath ?? (prefix ? `${prefix}/${field(block, 0, 100)}` : field(block, 0, 100))
    const body = async (sink) => {
      let left = size
      while (left > 0) {
        const chunk = await reader.read(Math.min(left, 1 << 20))
        if (!chunk) throw new Error(`${archive} ends inside ${name}`)
        await sink(chunk)
        left -= chunk.length
      }
      await reader.read((BLOCK - (size % BLOCK)) % BLOCK)
    }
    if (type === "x") {
      const parts = []
      await body(async (c) => parts.push(c))
      const match = /\d+ path=([^\n]*)\n/.exec(Buffer.concat(parts).toString("utf8"))
      paxPath = match?.[1]
      continue
    }
    paxPath = undefined
    if (type !== "0" && type !== "\0") {
      await body(async () => {})
      continue
    }
    const target = path.resolve(dir, ...name.split("/"))
    if (!target.startsWith(path.resolve(dir) + path.sep)) throw new Error(`${archive}: refusing the path ${name}`)
    mkdirSync(path.dirname(target), { recursive: true })
    const out = createWriteStream(target)
    const hash = createHash("sha256")
    await body(async (chunk) => {
      hash.update(chunk)
      if (!out.write(chunk)) await once(out, "drain")
    })
    out.end()
    await once(out, "finish")
    entries.push({ path: name, size, sha256: hash.digest("hex") })
  }
  return entries
}
