import { randomUUID } from "node:crypto"
import type { TraceBackend } from "../lib/trace/backend"
import type { TraceIdentifier } from "../lib/trace/source"

/**
 * `id` is given by the batcher: the backend writes a scan once per id, so a batch sent again
 * after a timeout (when the backend took the first sending but answered late) doubles nothing.
 */
export type EdgeScan = { identifier: TraceIdentifier; at: string; headers: Record<string, string>; id?: string }

const FLUSH_EVERY_MS = 100
const MAX_BATCH = 250
/** Beyond this many unsent scans (the backend down for minutes), the oldest are dropped, loudly. */
const MAX_BUFFER = 200_000

/**
 * Scans the edge answered itself, sent to the backend in batches (`POST /trace/scans`)
 * every 100 ms or 250 scans. A batch the backend did not take goes back to the front and
 * is tried again, so a restart of the backend loses nothing. `pendingFor` lets a page
 * count scans not yet sent, so the person who just scanned sees their own scan.
 */
export class ScanBatcher {
  private buffer: Array<{ code: string; scan: EdgeScan }> = []
  private pending = new Map<string, { count: number; first_at: string }>()
  private timer: NodeJS.Timeout | null = null
  private draining: Promise<void> | null = null
  private failures = 0

  constructor(
    private readonly backend: TraceBackend,
    private readonly edgeKey: string,
    private readonly log: (message: string) => void = (message) => console.warn(message)
  ) {}

  /** A scan of the label whose most specific known code is `code`. */
  add(code: string, scan: EdgeScan) {
    this.buffer.push({ code, scan: { ...scan, id: scan.id ?? `scan_${randomUUID().replace(/-/g, "").toUpperCase()}` } })
    const seen = this.pending.get(code)
    this.pending.set(code, { count: (seen?.count ?? 0) + 1, first_at: seen?.first_at ?? scan.at })
    if (this.buffer.length > MAX_BUFFER) {
      const dropped = this.buffer.splice(0, this.buffer.length - MAX_BUFFER)
      this.settle(dropped)
      this.log(`trace edge: backend unreachable, ${dropped.length} oldest scans dropped`)
    }
    if (this.buffer.length >= MAX_BATCH) void this.flush()
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS)
  }

  pendingFor(code: string): { count: number; first_at: string } | null {
    return this.pending.get(code) ?? null
  }

  get size(): number {
    return this.buffer.length
  }

  /**
   * Sends everything buffered. One drain runs at a time and every caller shares it: when the
   * backend falls behind, each new scan must not add another waiter (thousands of them,
   * each woken after every batch, once brought the edge to a crawl).
   */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.draining ??= this.drain().finally(() => {
      this.draining = null
    })
    return this.draining
  }

  private async drain(): Promise<void> {
    while (this.buffer.length) {
      const batch = this.buffer.splice(0, MAX_BATCH)
      if (!(await this.send(batch))) {
        // After a failure, wait longer each time (up to 5 s) instead of hammering a backend that is down.
        this.timer ??= setTimeout(() => void this.flush(), Math.min(5_000, FLUSH_EVERY_MS * 2 ** this.failures))
        return
      }
    }
  }

  /** True when the backend took the batch; otherwise the batch is back at the front. */
  private async send(batch: Array<{ code: string; scan: EdgeScan }>): Promise<boolean> {
    try {
      const { status, body } = await this.backend.post<{ recorded?: number; message?: string }>(
        "/trace/scans",
        { scans: batch.map((entry) => entry.scan) },
        { "x-trace-edge-key": this.edgeKey }
      )
      if (status !== 200) throw new Error(`answered ${status}: ${body.message ?? ""}`)
      this.failures = 0
      this.settle(batch)
      return true
    } catch (error) {
      this.failures++
      this.buffer.unshift(...batch)
      this.log(`trace edge: batch of ${batch.length} scans not sent yet, will retry: ${(error as Error).message}`)
      return false
    }
  }

  private settle(batch: Array<{ code: string }>) {
    for (const { code } of batch) {
      const seen = this.pending.get(code)
      if (!seen || seen.count <= 1) this.pending.delete(code)
      else this.pending.set(code, { ...seen, count: seen.count - 1 })
    }
  }
}
