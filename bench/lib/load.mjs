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
 * Runs autocannon against `url` (or, with `paths`, each connection cycling through those
 * paths of url's server); returns requests/s, p50/p95/p99 (ms) and status counts.
 */
export async function load({ url, paths, connections = 10, duration = 20, warmup = 3, headers, rate, timeout = 10 }) {
  const requests = paths?.map((path) => ({ method: "GET", path }))
  // `rate`: requests per second across all connections (autocannon's overallRate); unset, as fast as they go.
  // `timeout`: seconds before autocannon gives up on a response (counted as an error).
  const paced = { timeout, ...(rate ? { overallRate: rate } : {}) }
  if (warmup) await autocannon({ url, connections, duration: warmup, headers, requests, ...paced })
  const times = []
  const statuses = {}
  const instance = autocannon({ url, connections, duration, headers, requests, ...paced })
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime)
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
  })
  const result = await instance
  times.sort((a, b) => a - b)
  return {
    url: paths ? `${url} (${paths.length} paths)` : url,
    connections,
    duration,
    ...(rate ? { rate } : {}),
    requests: times.length,
    rps: +(times.length / duration).toFixed(1),
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
