/**
 * Polls until `read` returns `expected`, or the time is up, and answers the last value
 * read (the caller's assertion then shows what it was). For what is written a moment
 * after the request that caused it, such as scans, which are recorded in batches.
 */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs
  let value = await read()
  while (value !== expected && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100))
    value = await read()
  }
  return value
}

/**
 * Polls until `check` stops throwing (its last error is thrown when the time is up) and
 * answers the value that passed: for what event subscribers write, such as the search index.
 */
export async function eventuallyPasses<T>(read: () => Promise<T>, check: (value: T) => void, timeoutMs = 30_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await read()
    try {
      check(value)
      return value
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}
