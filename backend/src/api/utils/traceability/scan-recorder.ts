import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ScanInput } from "../../../workflows/traceability/steps/record-scans"
import { recordScansWorkflow } from "../../../workflows/traceability/workflows/record-scans"

const FLUSH_EVERY_MS = 200
const MAX_BATCH = 1000

/**
 * Scans are written in batches so that recording one never slows the page a consumer is
 * waiting for: a resolution adds its scan here and returns; every 200 ms (or 1,000 scans)
 * one workflow writes the batch. A failed write puts the batch back to be tried again, so
 * no scan is dropped under load. `pendingFor` lets a verdict count scans not yet written.
 */
export class ScanRecorder {
  private buffer: ScanInput[] = []
  private pending = new Map<string, number>()
  private timer: NodeJS.Timeout | null = null
  private draining: Promise<void> | null = null

  constructor(private readonly container: MedusaContainer) {}

  record(scan: ScanInput) {
    this.buffer.push(scan)
    this.pending.set(scan.trace_code_id, (this.pending.get(scan.trace_code_id) ?? 0) + 1)
    if (this.buffer.length >= MAX_BATCH) void this.flush()
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS)
  }

  pendingFor(traceCodeId: string): number {
    return this.pending.get(traceCodeId) ?? 0
  }

  /**
   * Writes everything buffered; resolves when the buffer is empty or a write failed (then
   * it is tried again shortly). One drain runs at a time and every caller shares it: when
   * writes fall behind, each new scan must not add another waiter woken after every batch.
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
      try {
        await recordScansWorkflow(this.container).run({ input: batch })
        for (const scan of batch) {
          const left = (this.pending.get(scan.trace_code_id) ?? 1) - 1
          if (left > 0) this.pending.set(scan.trace_code_id, left)
          else this.pending.delete(scan.trace_code_id)
        }
      } catch (e) {
        this.buffer.unshift(...batch)
        const logger = this.container.resolve(ContainerRegistrationKeys.LOGGER)
        logger.warn(`Scan batch of ${batch.length} not written yet, will retry: ${(e as Error).message}`)
        this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS)
        return
      }
    }
  }
}

let recorder: ScanRecorder | null = null

/** The process's one recorder; the first request creates it and shutdown flushes it. */
export function scanRecorder(container: MedusaContainer): ScanRecorder {
  if (!recorder) {
    const created = new ScanRecorder(container)
    recorder = created
    const flushOnExit = () => void created.flush()
    process.once("SIGTERM", flushOnExit)
    process.once("SIGINT", flushOnExit)
    process.once("beforeExit", flushOnExit)
  }
  return recorder
}
