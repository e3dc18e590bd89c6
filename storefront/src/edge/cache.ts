/**
 * A small time-bounded cache with request coalescing: concurrent misses for one key share
 * one load, and values stay fresh for `ttlMs` (0: only the in-flight load is shared, so
 * nothing older than one round trip is ever served).
 */
export class Coalescer<T> {
  private values = new Map<string, { at: number; value: T }>()
  private loading = new Map<string, Promise<T>>()

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000
  ) {}

  async get(key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
    if (this.ttlMs > 0) {
      const hit = this.values.get(key)
      if (hit && Date.now() - hit.at < this.ttlMs) return hit.value
      if (hit) this.values.delete(key)
    }
    const inFlight = this.loading.get(key)
    if (inFlight) return inFlight
    const promise = load().finally(() => this.loading.delete(key))
    this.loading.set(key, promise)
    const value = await promise
    if (this.ttlMs > 0 && keep(value)) {
      // Oldest first out: Map keeps insertion order.
      if (this.values.size >= this.maxEntries) this.values.delete(this.values.keys().next().value!)
      this.values.set(key, { at: Date.now(), value })
    }
    return value
  }
}
