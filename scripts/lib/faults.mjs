// Pieces for the fault tests (scripts/__tests__/faults.test.mjs): a PostgreSQL cluster and
// a Redis server of the test's own, which it can stop, kill and start again on the same
// port (the system ones are shared with other work and must never be touched), a copy of
// a prepared database into that cluster, and a reader for the label sheets the worker writes.
import { existsSync, mkdirSync, rmSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import zlib from "node:zlib"
import jsQR from "jsqr"
import { backup, readVerifiedBackup, restore } from "./backup.mjs"
import { freePort, startEmbeddedPostgres } from "./database.mjs"
import { run, stopChild } from "./processes.mjs"

/**
 * An embedded PostgreSQL in `dir` that can be stopped and started again on the same port:
 * stop() is PostgreSQL's fast shutdown (sessions are cut, as in a restart by an operator
 * or a failover).
 */
export function startRestartablePostgres({ dir, log = () => {} }) {
  return startEmbeddedPostgres({ dir, log, preferredPort: 54339 })
}

/**
 * Copies database `sourceUrl` (current migrations and the demo data) into `targetUrl` on
 * another server, with the project's own backup and restore (no pg_dump: the embedded
 * server ships none). Uploaded files are left where they are.
 */
export async function copyDatabase({ sourceUrl, targetUrl, workDir, log = () => {} }) {
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  const { dir } = await backup({ databaseUrl: sourceUrl, outDir: workDir, uploadDirs: [], log })
  const manifest = await readVerifiedBackup(dir)
  await restore({ dir, manifest, databaseUrl: targetUrl, log })
  rmSync(workDir, { recursive: true, force: true })
  return manifest.totals
}

async function redisPing(port, timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("error", () => done(false))
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (d) => done(d.toString().startsWith("+PONG")))
  })
}

/**
 * A redis-server on a free loopback port with its append-only file in `dir` (as a
 * production Redis keeps its queues across a restart). kill() is SIGKILL; start() brings
 * it back on the same port with the same files.
 */
export async function startRedisServer({ dir, binary = "/usr/bin/redis-server" }) {
  if (!existsSync(binary)) throw new Error(`${binary} not found: the Redis outage test needs a redis-server of its own (apt-get install redis-server)`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const port = await freePort(6390)
  let child
  const handle = {
    port,
    url: `redis://127.0.0.1:${port}`,
    get pid() {
      return child?.pid
    },
    async start() {
      child = run("redis", binary, ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "yes", "--appendfsync", "always"], {
        quiet: true,
      })
      const deadline = Date.now() + 10_000
      while (!(await redisPing(port))) {
        if (Date.now() > deadline) throw new Error(`redis-server on ${port} did not answer within 10 s`)
        await new Promise((r) => setTimeout(r, 100))
      }
    },
    /** Kills it as a crash would. */
    async kill() {
      if (child) await stopChild(child, "SIGKILL", 0)
      child = undefined
    },
    stop: async () => {
      if (child) await stopChild(child, "SIGTERM", 5_000)
      child = undefined
    },
  }
  await handle.start()
  return handle
}

// ---------------------------------------------------------------------------------------
// Label sheets: @cln/labels draws each label's QR code as one filled path of "x y w 1 re"
// run rectangles in module units (offset by the quiet zone) ending in "f", in the page's
// content stream. Reading those paths back gives every label on the sheet.
// ---------------------------------------------------------------------------------------

const QUIET_ZONE = 4
const QR_PATH = /((?:\d+ \d+ \d+ 1 re\n)+)f/g

/** The QR paths of every label in a PDF written by renderLabelSheetPdf, in order. */
export function labelQrPaths(pdf) {
  const paths = []
  const text = pdf.toString("latin1")
  const streamStart = /stream\r?\n/g
  let m
  while ((m = streamStart.exec(text))) {
    const begin = m.index + m[0].length
    const end = text.indexOf("endstream", begin)
    if (end < 0) break
    let body
    try {
      body = zlib.inflateSync(pdf.subarray(begin, end)).toString("latin1")
    } catch {
      continue // not a compressed content stream (an image, a font in another filter)
    }
    for (const q of body.matchAll(QR_PATH)) paths.push(q[1])
    streamStart.lastIndex = end
  }
  return paths
}

/** Decodes one label's QR path (see labelQrPaths) with jsQR, a decoder independent of the encoder. */
export function decodeQrPath(qrPath, scale = 4) {
  const runs = qrPath
    .trim()
    .split("\n")
    .map((line) => line.split(" ").slice(0, 3).map(Number))
  const size = Math.max(...runs.map(([x, , w]) => x + w)) + QUIET_ZONE
  const px = size * scale
  const data = new Uint8ClampedArray(px * px * 4).fill(255)
  for (const [x, y, w] of runs) {
    for (let yy = y * scale; yy < (y + 1) * scale; yy++) {
      for (let xx = x * scale; xx < (x + w) * scale; xx++) {
        const i = (yy * px + xx) * 4
        data[i] = data[i + 1] = data[i + 2] = 0
      }
    }
  }
  return jsQR(data, px, px, { inversionAttempts: "dontInvert" })?.data ?? null
}
