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
