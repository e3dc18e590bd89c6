// Load measurement with autocannon, keeping every response time so that p95 is exact.
import autocannon from "autocannon"
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../results")

/** Writes a benchmark's result to bench/results/<name>.json and prints it. */
export function writeResult(name, result) {
  mkdirSync(RESULTS, { recursive: true })
  const file = path.join(RESULTS, `${name}.json`)
  writeFileSync(file, JSON.stringify(result, null, 2))
  console.log(`\n${name}: results in ${path.relative(process.cwd(), file)}\n${JSON.stringify(result, null, 2)}`)
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

/**
 * Spreads a request list over autocannon's connections (its `setupClient`): connection k of
 * n starts k/n of the way into the list and cycles from there. autocannon starts every
 * connection at the first request, so with a list of codes or queries all connections would
 * ask for the same one at the same moment and only visit the first few in a short run; the
 * people a list stands for ask for different things at once. (Runs before 2026-11-30 15:00
 * UTC had every connection start at the first request.)
 */
export function spreadOver(requests, connections) {
  let client = 0
  return (c) => {
    const k = Math.floor((client++ * requests.length) / connections) % requests.length
    if (k) c.setRequests([...requests.slice(k), ...requests.slice(0, k)])
  }
}

/**
 * Runs autocannon against `url` (or, with `paths`, each connection cycling through those
 * paths of url's server from its own place in the list, see spreadOver); returns
 * requests/s, p50/p95/p99 (ms) and status counts.
 */
export async function load({ url, paths, connections = 10, duration = 20, warmup = 3, headers, rate, timeout = 10, amount }) {
  const requests = paths?.map((path) => ({ method: "GET", path }))
  // `rate`: requests per second across all connections (autocannon's overallRate); unset, as fast as they go.
  // `timeout`: seconds before autocannon gives up on a response (counted as an error).
  const paced = { timeout, ...(rate ? { overallRate: rate } : {}) }
  const spread = requests && requests.length > 1 ? { setupClient: spreadOver(requests, connections) } : {}
  if (warmup) await autocannon({ url, connections, duration: warmup, headers, requests, ...paced, ...spread })
  const times = []
  const statuses = {}
  // `amount`: that many requests in all, instead of `duration` seconds (with `paths` spread
  // over the connections, amount = paths.length asks for about each path once: a faster
  // connection may run into the next one's share, so a few are asked twice and as many not).
  const length = amount ? { amount } : { duration }
  const started = performance.now()
  const instance = autocannon({ url, connections, headers, requests, ...length, ...paced, ...spread })
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime)
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
  })
  const result = await instance
  const seconds = amount ? (performance.now() - started) / 1000 : duration
  times.sort((a, b) => a - b)
  return {
    url: paths ? `${url} (${paths.length} paths)` : url,
    connections,
    duration: +seconds.toFixed(1),
    ...(rate ? { rate } : {}),
    requests: times.length,
    rps: +(times.length / seconds).toFixed(1),
    p50: +percentile(times, 50).toFixed(1),
    p95: +percentile(times, 95).toFixed(1),
    p99: +percentile(times, 99).toFixed(1),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statuses,
  }
}

export function machine() {
  return import("node:os").then((os) => ({
    date: new Date().toISOString(),
    cpu: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown"}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  }))
}
