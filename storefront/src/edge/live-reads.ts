/**
 * Reads gathered into batches: the trace edge asks the backend for the live parts of every
 * trace page requested while its earlier reads were under way, in one request (`GET
 * /trace/live`), instead of one request each. At 500 pages a second over thousands of
 * labels, one request and its queries per page was more than two cores could serve
 * (docs/benchmarks.md, issue #8); in batches the backend's per-request work (its pipeline,
 * a handful of queries) is paid per batch.
 *
 * A quiet edge adds no wait: a read is sent as soon as fewer than `maxInFlight` batches are
 * out. Only when that many are out do reads queue, and they leave together when one comes
 * back. Requests for the same key while it is queued share its answer; a read already sent
 * is not shared, so nothing older than the request is ever served.
 */
export type BatchOptions = { maxInFlight: number; maxBatch: number }

type Queued<R, T> = { read: R; promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void }

export class ReadBatcher<R, T> {
  private queued = new Map<string, Queued<R, T>>()
  private inFlight = 0
  private scheduled = false

  constructor(
    /** Answers for the reads, in their order. */
    private readonly readMany: (reads: R[]) => Promise<T[]>,
    private readonly keyOf: (read: R) => string,
    private readonly options: BatchOptions = { maxInFlight: 2, maxBatch: 100 }
  ) {}

  get(read: R): Promise<T> {
    const key = this.keyOf(read)
    const waiting = this.queued.get(key)
    if (waiting) return waiting.promise
    let resolve!: (value: T) => void
    let reject!: (error: unknown) => void
    const promise = new Promise<T>((res, rej) => {
      resolve = res
      reject = rej
    })
    this.queued.set(key, { read, promise, resolve, reject })
    this.schedule()
    return promise
  }

  /** Batches out now, and reads waiting for one (for tests and figures). */
  get load() {
    return { inFlight: this.inFlight, queued: this.queued.size }
  }

  // Sent on the next turn of the event loop, so that requests that arrived together (read in
  // the same poll of the sockets) go in one batch.
  private schedule() {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      this.send()
    })
  }

  private send() {
    while (this.queued.size && this.inFlight < this.options.maxInFlight) {
      const batch: Queued<R, T>[] = []
      for (const [key, entry] of this.queued) {
        this.queued.delete(key)
        batch.push(entry)
        if (batch.length === this.options.maxBatch) break
      }
      this.inFlight++
      this.readMany(batch.map((entry) => entry.read))
        .then(
          (answers) => batch.forEach((entry, i) => entry.resolve(answers[i]!)),
          (error: unknown) => batch.forEach((entry) => entry.reject(error))
        )
        .finally(() => {
          this.inFlight--
          this.schedule()
        })
    }
  }
}
