/** How much the kept values may weigh together, and what one weighs (in bytes, roughly). */
export type ByteBudget<T> = { maxBytes: number; sizeOf: (value: T) => number }

type Kept<T> = { at: number; value: T; size: number }

/**
 * A small time-bounded cache with request coalescing: concurrent misses for one key share
 * one load, and values stay fresh for `ttlMs` (0: only the in-flight load is shared, so
 * nothing older than one round trip is ever served).
 *
 * Beyond `maxEntries` values, or beyond the budget's bytes, the least recently read go
 * first: a rotation over more keys than fit would otherwise miss on every read, as it does
 * when the oldest kept goes first.
 */
export class Coalescer<T> {
  // Map keeps insertion order, and a read moves its key to the end: least recently read first.
  private values = new Map<string, Kept<T>>()
  private loading = new Map<string, Promise<T>>()
  private keptBytes = 0

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly budget?: ByteBudget<T>
  ) {}

  async get(key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
    if (this.ttlMs > 0) {
      const hit = this.values.get(key)
      if (hit && Date.now() - hit.at < this.ttlMs) {
        this.values.delete(key)
        this.values.set(key, hit)
        return hit.value
      }
      if (hit) this.forget(key)
    }
    const inFlight = this.loading.get(key)
    if (inFlight) return inFlight
    const promise = load().finally(() => this.loading.delete(key))
    this.loading.set(key, promise)
    const value = await promise
    if (this.ttlMs > 0 && keep(value)) this.keep(key, value)
    return value
  }

  private keep(key: string, value: T) {
    const size = this.budget?.sizeOf(value) ?? 0
    // A load that finished just after another for the same key replaces it.
    this.forget(key)
    // Keeping a value bigger than the whole budget would only empty the cache for nothing.
    if (this.budget && size > this.budget.maxBytes) return
    this.values.set(key, { at: Date.now(), value, size })
    this.keptBytes += size
    while (this.values.size > this.maxEntries || (this.budget && this.keptBytes > this.budget.maxBytes)) {
      this.forget(this.values.keys().next().value!)
    }
  }

  private forget(key: string) {
    const kept = this.values.get(key)
    if (!kept) return
    this.values.delete(key)
    this.keptBytes -= kept.size
  }
}
